import { describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { reorderLine, tagParagraph, type BidiInline } from './pdf-bidi';

/**
 * The bidirectional algorithm applied to pdfmake lines: given the inlines pdfmake measured (a word and its space
 * each), the pieces handed to pdfkit, drawn as pdfkit draws them (each space-separated word laid out by fontkit,
 * which lays a right-to-left word out right to left), read left to right on the page.
 */

const fontFile = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
interface Font {
  layout(text: string): { glyphs: Array<{ codePoints: number[] }> };
}
// fontkit, which pdfkit draws with (no types of its own): the same shaping and ordering as in the files.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const font = (require('fontkit') as { openSync(path: string): Font }).openSync(fontFile);

/** pdfmake's inlines of a text: one per word with its trailing space. */
function inlinesOf(text: string): BidiInline[] {
  return (text.match(/\S+\s*|\s+/g) ?? []).map((word) => ({ text: word, width: word.length, font, alignment: 'left' }));
}

/** What the page shows, left to right: each piece drawn as pdfkit does (word by word through fontkit). */
function drawn(pieces: BidiInline[]): string {
  return pieces
    .map((piece) =>
      (piece.text.match(/[^ \t]*[ \t]?/g) ?? [])
        .filter(Boolean)
        .map((chunk) => font.layout(chunk).glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join(''))
        .join(''),
    )
    .join('');
}

function layOut(text: string): { page: string; rtl: boolean; xs: number[] } {
  const inlines = inlinesOf(text);
  tagParagraph(inlines);
  const line = { inlines, inlineWidths: 0, leadingCut: 0, trailingCut: 0 };
  const rtl = reorderLine(line, (t) => Array.from(t).length);
  return { page: drawn(line.inlines), rtl, xs: line.inlines.map((i) => i.x ?? 0) };
}

// Letters in visual order: what a reader sees from left to right (an Arabic word's letters from its end).
const seen = (word: string) => Array.from(word).reverse().join('');

describe('the bidirectional algorithm on a PDF line', () => {
  it('puts an Arabic sentence with a Latin acronym and a year in reading order, right to left', () => {
    const { page, rtl } = layOut('تقرير IOM لعام 2024');
    expect(rtl).toBe(true);
    expect(page).toBe(`2024 ${seen('لعام')} IOM ${seen('تقرير')}`);
  });

  it('mirrors brackets and keeps numbers and final punctuation where an Arabic reader expects them', () => {
    const { page } = layOut('بلغ العدد 1,250 شخصاً (تقديرات IOM).');
    expect(page).toBe(`.(IOM ${seen('تقديرات')}) ${seen('شخصاً')} 1,250 ${seen('العدد')} ${seen('بلغ')}`);
  });

  it('keeps an English paragraph left to right around an Arabic name', () => {
    const { page, rtl } = layOut('Report by منظمة الهجرة, final (2024).');
    expect(rtl).toBe(false);
    expect(page).toBe(`Report by ${seen('الهجرة')} ${seen('منظمة')}, final (2024).`);
    // A number right after Arabic words belongs to them (rule W2), as in a browser: "(2024)" stands left of them.
    expect(layOut('Report by منظمة الهجرة (2024), final.').page).toBe(`Report by (2024) ${seen('الهجرة')} ${seen('منظمة')}, final.`);
  });

  it('reads Arabic-Indic digits left to right inside Arabic', () => {
    expect(layOut('عام ٢٠٢٤ فقط').page).toBe(`${seen('فقط')} ٢٠٢٤ ${seen('عام')}`);
  });

  it('places the pieces one after the other from the line start, trailing spaces left out', () => {
    const { xs } = layOut('تقرير IOM لعام 2024 ');
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(0);
  });

  it('leaves text without right-to-left letters as pdfmake laid it out', () => {
    const inlines = inlinesOf('Plain English, 2024.');
    tagParagraph(inlines);
    const line = { inlines, inlineWidths: 0, leadingCut: 0, trailingCut: 0 };
    expect(reorderLine(line, () => 0)).toBe(false);
    expect(line.inlines).toBe(inlines);
  });
});
