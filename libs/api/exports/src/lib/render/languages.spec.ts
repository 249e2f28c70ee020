import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import type { ProfileDocument } from '@mps/api-releases';
import { FIGURE_TABLE_WORDS, LOCALES, type Locale } from '@mps/shared-domain';
import { buildExportOutline } from '../outline/export-outline';
import { EXPORT_WORDS, type ExportWords } from '../outline/export-words';
import { renderDocx } from './docx-document';
import { pdfDefinition } from './pdf-document';
import { renderPdf } from './render-pdf';

/**
 * The files' fixed words in every interface language: the word tables are complete, every word has its glyphs in
 * the PDF's font, and each format carries the words of the language it was asked in (text extracted from the Word
 * XML and from the PDF), with dates and figures formatted for that language and an Arabic file right to left.
 */

const figure = {
  indicatorCode: 'IMM.STOCK',
  indicatorName: 'Immigrant stock',
  gmgPart: 'IV' as const,
  definition: 'Foreign-born residents',
  unit: 'persons',
  period: '2022',
  sex: 'TOTAL' as const,
  ageGroup: '',
  countryCode: '',
  value: 38900,
  dataGap: false,
  organizationName: 'Ministry of Internal Affairs',
  sourceName: 'Register',
  comparability: 'COMPARABLE' as const,
  selection: 'SINGLE' as const,
  footnote: null,
};

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function releaseDocument(): ProfileDocument {
  return {
    kind: 'RELEASE',
    profileId: 'p',
    title: 'Migration Profile of Norland',
    edition: '2024',
    workspace: { id: 'w', name: 'Norland', slug: 'norland', countryCode: 'NL' },
    organizations: [{ id: 'o', name: 'Ministry of Internal Affairs', acronym: null, kind: 'MINISTRY' }],
    release: {
      id: 'r',
      version: '2024.1',
      status: 'PUBLISHED',
      notes: 'First release.',
      preparedAt: new Date('2025-03-01T00:00:00Z'),
      publishedAt: new Date('2025-03-02T00:00:00Z'),
      withdrawnAt: null,
      withdrawalReason: null,
    },
    asOf: new Date('2025-03-02T00:00:00Z'),
    figures: [figure],
    sections: [
      { sectionId: 'k', key: 'key-data', number: '', title: 'Key data', depth: 0, revisionId: 'r1', revisionNumber: 1, content: null, html: null, text: null },
      {
        sectionId: 'a',
        key: null,
        number: '1',
        title: 'Введение',
        depth: 0,
        revisionId: 'r2',
        revisionNumber: 1,
        content: { type: 'doc', content: [para('Миграция в цифрах.'), para('الهجرة والتنمية في البلد')] } as ProfileDocument['sections'][number]['content'],
        html: null,
        text: null,
      },
    ],
  };
}

/** The words each file must carry in `locale`: fixed words, the date and the figure as the language writes them. */
function expectedWords(locale: Locale): string[] {
  const w = EXPORT_WORDS[locale];
  const f = FIGURE_TABLE_WORDS[locale];
  const tag = locale === 'en' ? 'en-GB' : locale;
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-03-02T00:00:00Z'));
  return [
    w.contents,
    w.twg,
    w.releaseNotes,
    w.organizationKinds.MINISTRY,
    w.published(date),
    w.edition('2024'),
    f.keyDataCaption,
    ...f.keyDataHead,
    new Intl.NumberFormat(tag).format(38900),
  ];
}

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** fontkit: the font engine pdfkit (under pdfmake) draws with, so its answer is the PDF's. It ships no types. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS package, typed here by what the test uses
const fontkit = require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };

/** Every string a word table holds, the functions' results with sample values included. */
function strings(table: object): string[] {
  return Object.values(table).flatMap((value): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [String((value as (...a: string[]) => unknown)('2024', '2025', '1'))];
    if (value && typeof value === 'object') return strings(value);
    return [];
  });
}

describe('the word tables', () => {
  it('give every language every word, none empty, and the words differ from English', () => {
    const shape = (words: object) => JSON.stringify(Object.keys(words).sort());
    for (const locale of LOCALES) {
      expect(shape(EXPORT_WORDS[locale])).toBe(shape(EXPORT_WORDS.en));
      expect(shape(FIGURE_TABLE_WORDS[locale])).toBe(shape(FIGURE_TABLE_WORDS.en));
      for (const s of [...strings(EXPORT_WORDS[locale]), ...strings(FIGURE_TABLE_WORDS[locale])]) {
        // pageOf ends with an empty piece in every language: the only empty string allowed.
        if (s !== '') expect(s.trim()).not.toBe('');
      }
      if (locale !== 'en') {
        for (const key of ['contents', 'twg', 'releaseNotes', 'currentDraft', 'draftNotice'] as const satisfies ReadonlyArray<keyof ExportWords>) {
          expect({ locale, key, same: EXPORT_WORDS[locale][key] === EXPORT_WORDS.en[key] }).toEqual({ locale, key, same: false });
        }
      }
    }
  });

  it('have every character in the PDF fonts (regular and bold), so no word draws an empty box', () => {
    const faces = ['DejaVuSans', 'DejaVuSans-Bold'].map((name) => fontkit.openSync(join(FONT_DIR, `${name}.ttf`)));
    for (const locale of LOCALES) {
      const text = [...strings(EXPORT_WORDS[locale]), ...strings(FIGURE_TABLE_WORDS[locale]), ...expectedWords(locale)].join('');
      const missing = [...new Set(text)].filter((ch) => faces.some((face) => !face.hasGlyphForCodePoint(ch.codePointAt(0)!)));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});

const xmlText = (xml: string) => xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
const compact = (s: string) => s.replace(/\s+/g, '');

async function pdfText(bytes: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

describe.each(LOCALES)('a release in %s', (locale) => {
  const outline = buildExportOutline(releaseDocument(), locale);

  it('is a Word file with the words of the language (right to left in Arabic)', async () => {
    const files = unzipSync(await renderDocx(outline));
    const xml = strFromU8(files['word/document.xml']!);
    const body = xmlText(xml);
    for (const word of expectedWords(locale)) expect({ word, found: body.includes(word) }).toEqual({ word, found: true });
    // The page numbers' words are in the footer.
    const footer = xmlText(Object.entries(files).filter(([name]) => /word\/footer\d*\.xml/.test(name)).map(([, bytes]) => strFromU8(bytes)).join(''));
    expect(footer).toContain(EXPORT_WORDS[locale].pageOf[0].trim());
    // The profile's own text stays as written.
    expect(body).toContain('Миграция в цифрах.');
    expect(body).toContain('الهجرة والتنمية في البلد');
    const bidiParagraphs = (xml.match(/<w:bidi\/>/g) ?? []).length;
    if (locale === 'ar') {
      expect(bidiParagraphs).toBe((xml.match(/<w:p>|<w:p /g) ?? []).length);
      expect(strFromU8(files['word/styles.xml']!)).toContain('w:bidi="ar"');
    } else expect(bidiParagraphs).toBe(0);
  });

  it('is a PDF whose extracted text holds the words of the language, every letter drawn from the font', async () => {
    const text = await pdfText(await renderPdf(outline));
    const all = compact(text);
    if (locale === 'ar') {
      // pdf.js extracts an Arabic line word by word in the order drawn (right to left on the page, so the extracted
      // line starts with its last word); each word keeps its letters in reading order but for the lam-alef ligature
      // glyph, whose two letters come out swapped (the page draws the ligature right).
      const flipLamAlef = (s: string) => s.replace(/ل([اأإآ])/g, '$1ل');
      const words = expectedWords(locale).flatMap((s) => s.split(/\s+/)).filter(Boolean).map(flipLamAlef);
      for (const word of words) expect({ word, found: text.includes(word) }).toEqual({ word, found: true });
    } else {
      for (const word of expectedWords(locale)) expect({ word, found: all.includes(compact(word)) }).toEqual({ word, found: true });
    }
    expect(all).toContain(compact('Миграция в цифрах.'));
    for (const word of 'الهجرة والتنمية في البلد'.split(' ')) expect(text).toContain(word);
    // Never a replacement character (a glyph without its letter).
    expect(text).not.toContain('\uFFFD');
  }, 30_000);
});

describe('an Arabic PDF', () => {
  it('sets its text flush right and its page mark on the left, in the document language', () => {
    const draft = { ...releaseDocument(), kind: 'DRAFT' as const, release: null };
    const definition = pdfDefinition(buildExportOutline(draft, 'ar'));
    expect(definition.defaultStyle).toMatchObject({ alignment: 'right' });
    expect(definition.language).toBe('ar');
    expect(definition.watermark).toMatchObject({ text: 'مسودة' });
    const header = (definition.header as () => { alignment: string; text: string })();
    expect(header).toMatchObject({ alignment: 'left', text: EXPORT_WORDS.ar.pageMarks.DRAFT });
  });

  it('mirrors its contents: page numbers on the left, filled in from each heading, the entries flush right', async () => {
    const outline = buildExportOutline(releaseDocument(), 'ar');
    const json = JSON.stringify(pdfDefinition(outline).content);
    expect(json).not.toContain('"toc"');
    for (const section of outline.sections) {
      expect(json).toContain(JSON.stringify({ pageReference: section.anchor, alignment: 'left' }).slice(0, -1));
    }
    // English keeps pdfmake's own table of contents.
    expect(JSON.stringify(pdfDefinition(buildExportOutline(releaseDocument(), 'en')).content)).toContain('"toc"');
    // The numbers are filled in: both sections start on page 3 ("Key data" and the Russian chapter).
    const text = await pdfText(await renderPdf(outline));
    expect(text).not.toContain('00000');
  }, 30_000);

  it('lists the Technical Working Group with each bullet right of its name', () => {
    const definition = pdfDefinition(buildExportOutline(releaseDocument(), 'ar'));
    const json = JSON.stringify(definition.content);
    expect(json).not.toContain('"ul"');
    expect(json).toMatch(/\{"width":"\*","text":"Ministry of Internal Affairs"\},\{"width":\d+,"text":"•","alignment":"left"/);
  });
});
