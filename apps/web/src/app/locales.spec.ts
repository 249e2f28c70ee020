import { LOCALES } from '@mps/shared-domain';
import { describe, expect, it } from 'vitest';

/**
 * Every string file of the web app in every interface language has exactly the keys of its en.json (plural keys
 * with the plural forms of that language), and keeps every {{placeholder}} of the English. A missing key would
 * show English in the middle of another language; an extra one is a leftover nobody reads. docs/i18n/README.md.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  ['../locales/*.json', '../../../../libs/web/*/src/i18n/*.json'],
  { eager: true },
);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Forms CLDR has but i18next never asks of these strings (French and Spanish "many" is for 1 000 000 and more). */
const OPTIONAL_FORMS: Record<string, readonly string[]> = { fr: ['many'], es: ['many'], it: ['many'], pt: ['many'] };

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, String(value));
  }
  return out;
}

/** The keys a language's file must have, and those it may have, for the keys of an English file. */
function expectedKeys(en: Map<string, string>, lng: string): { required: Set<string>; allowed: Set<string> } {
  const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];
  const optional = OPTIONAL_FORMS[lng] ?? [];
  const required = new Set<string>();
  const allowed = new Set<string>();
  for (const key of en.keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      required.add(key);
      allowed.add(key);
      continue;
    }
    const base = key.slice(0, -plural[0].length);
    for (const form of forms) {
      allowed.add(`${base}_${form}`);
      if (!optional.includes(form)) required.add(`${base}_${form}`);
    }
    // `_zero` in English is a sentence of its own ("No comments yet"), not a grammatical form: every language keeps it.
    if (plural[1] === 'zero') {
      required.add(key);
      allowed.add(key);
    }
  }
  return { required, allowed };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const englishFiles = Object.keys(files).filter((path) => path.endsWith('/en.json'));
const others = LOCALES.filter((lng) => lng !== 'en');
const label = (path: string) => path.replace(/^(\.\.\/)+/, '');

describe('translations', () => {
  it('finds the English files of the app and of every web library', () => {
    expect(englishFiles.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(others)('%s', (lng) => {
    it.each(englishFiles.map(label))('%s has a file with exactly the keys of English', (enLabel) => {
      const enPath = englishFiles.find((p) => label(p) === enLabel)!;
      const path = enPath.replace(/en\.json$/, `${lng}.json`);
      const translated = files[path]?.default;
      expect(translated, `${label(path)} is missing`).toBeDefined();
      const en = flatten(files[enPath]!.default);
      const keys = flatten(translated);
      const { required, allowed } = expectedKeys(en, lng);
      const missing = [...required].filter((k) => !keys.has(k) || keys.get(k)?.trim() === '');
      const extra = [...keys.keys()].filter((k) => !allowed.has(k));
      expect({ file: label(path), missing, extra }).toEqual({ file: label(path), missing: [], extra: [] });
    });

    it.each(englishFiles.map(label))('%s keeps every placeholder of English', (enLabel) => {
      const enPath = englishFiles.find((p) => label(p) === enLabel)!;
      const path = enPath.replace(/en\.json$/, `${lng}.json`);
      const translated = files[path]?.default;
      if (!translated) return; // reported by the test above
      const en = flatten(files[enPath]!.default);
      const wrong: string[] = [];
      for (const [key, text] of flatten(translated)) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const source = en.get(key) ?? en.get(`${base}_other`);
        if (source === undefined) continue;
        // A plural form may leave out {{count}} ("un commentaire"); every other placeholder stays.
        const need = placeholders(source).filter((p) => !(p === 'count' && PLURAL_SUFFIX.test(key)));
        const have = new Set(placeholders(text));
        const lost = need.filter((p) => !have.has(p));
        if (lost.length) wrong.push(`${key}: lost ${lost.join(', ')}`);
      }
      expect({ file: label(path), wrong }).toEqual({ file: label(path), wrong: [] });
    });
  });
});
