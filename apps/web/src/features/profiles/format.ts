import { formattingLocale, i18n } from '../../app/i18n';

/** Date and time for the current language, e.g. "3 May 2024, 14:02". */
export function formatDateTime(iso: string | null | undefined, lng: string = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formattingLocale(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "A.5 Return migration", or the title alone for unnumbered sections. */
export function sectionLabel(section: { number: string; title: string }): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** Organisation acronyms (or names when there is no acronym), e.g. "MIA, NBS". */
export function organisationShortNames(orgs: ReadonlyArray<{ name: string; acronym: string | null }>): string {
  return orgs.map((o) => o.acronym || o.name).join(', ');
}

/** Time of day for the current language, e.g. "14:02" (for changes made moments ago). */
export function formatTime(iso: string | null | undefined, lng: string = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formattingLocale(lng), { timeStyle: 'short' }).format(date);
}
