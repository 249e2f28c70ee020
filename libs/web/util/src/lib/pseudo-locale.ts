import i18n from 'i18next';

/**
 * Pseudo-locale checks for component tests (docs/i18n/README.md): every string i18n gives is wrapped as "⟦…⟧",
 * and a key i18n does not know is recorded. Whatever text a screen then shows outside "⟦…⟧" — and is not data the
 * test passed in — was written into the code and would stay English in every language.
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function wrap(value: unknown): unknown {
  if (typeof value === 'string') return `${PSEUDO_OPEN}${value}${PSEUDO_CLOSE}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
  return value;
}

/**
 * Wraps every English string of every namespace and records missing keys; returns the undo, and the list of
 * missing keys met while enabled.
 */
export function enablePseudoLocale(): { missingKeys: string[]; restore(): void } {
  const namespaces = Object.keys(i18n.store.data['en'] ?? {});
  const originals = new Map(namespaces.map((ns) => [ns, structuredClone(i18n.getResourceBundle('en', ns) as object)]));
  for (const [ns, bundle] of originals) i18n.addResourceBundle('en', ns, wrap(bundle), true, true);
  const missingKeys: string[] = [];
  const options = i18n.options as { saveMissing?: boolean; missingKeyHandler?: unknown };
  const before = { saveMissing: options.saveMissing, missingKeyHandler: options.missingKeyHandler };
  options.saveMissing = true;
  options.missingKeyHandler = (_lngs: readonly string[], ns: string, key: string) => missingKeys.push(`${ns}:${key}`);
  return {
    missingKeys,
    restore() {
      for (const [ns, bundle] of originals) {
        i18n.removeResourceBundle('en', ns);
        i18n.addResourceBundle('en', ns, bundle, true, true);
      }
      options.saveMissing = before.saveMissing;
      options.missingKeyHandler = before.missingKeyHandler;
    },
  };
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];
const LETTER = /\p{L}/u;

/** Removes "⟦…⟧" (innermost first: a translated value may sit inside another translation) and the given data. */
function strip(text: string, data: readonly string[]): string {
  let rest = text;
  for (;;) {
    const next = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    if (next === rest) break;
    rest = next;
  }
  for (const value of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return rest;
}

/**
 * Text shown under `root` (and in open portals) that came neither from i18n nor from `data`: text nodes, judged
 * with their element's whole text (a translation may hold markup), and the attributes people hear.
 */
export function untranslatedTexts(root: ParentNode, data: readonly string[] = []): string[] {
  const found = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [data-pseudo-ignore]')) continue;
    if (!LETTER.test(node.textContent ?? '')) continue;
    const whole = parent.closest('p, li, td, th, label, button, a, h1, h2, h3, h4, h5, h6, legend, dt, dd, span, div') ?? parent;
    const rest = strip(whole.textContent ?? '', data);
    if (LETTER.test(rest)) found.add(rest.replace(/\s+/g, ' ').trim());
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && LETTER.test(strip(value, data))) found.add(`[${name}] ${strip(value, data).replace(/\s+/g, ' ').trim()}`);
    }
  }
  return [...found];
}
