/**
 * How a section's number and title are shown together. Titles sometimes already start with the number (imported
 * outlines, "A.7 Diaspora" or "3.1. Data"): the number is then not repeated ("A.7 A.7 Diaspora"). The web
 * (outline, header, page title, dialogs) and the API (exports) use these, so every place agrees.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The title with a leading copy of `number` (and the separator after it: ".", ":", ")", a dash, spaces) taken
 * off, or null when the title does not start with the number. A number made of letters only ("A") must be
 * followed by punctuation, so that chapter A's "A new approach" keeps its first word.
 */
function withoutNumber(number: string, title: string): string | null {
  const n = number.trim();
  if (!n) return null;
  const lettersOnly = /^\p{L}+$/u.test(n);
  const after = lettersOnly ? String.raw`\.?\s*[.:)\u2013\u2014-]\s*|\.\s+|\.?$` : String.raw`\.?(?:\s*[:)\u2013\u2014-])?(?:\s+|$)`;
  const match = new RegExp(`^\\s*${escape(n)}(?:${after})`, 'u').exec(title);
  return match ? title.slice(match[0].length) : null;
}

/** The parts to show: the number (empty for unnumbered sections) and the title without a repeated number. */
export function sectionTitleParts(section: { number: string; title: string }): { number: string; title: string } {
  const number = section.number.trim();
  const rest = withoutNumber(number, section.title);
  return { number, title: rest === null ? section.title.trim() : rest.trim() };
}

/** "A.5 Return migration"; the title alone for unnumbered sections; never "A.7 A.7 Diaspora". */
export function sectionLabel(section: { number: string; title: string }): string {
  const { number, title } = sectionTitleParts(section);
  return [number, title].filter(Boolean).join(' ');
}
