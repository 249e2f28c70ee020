import { describe, expect, it } from '@jest/globals';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { contentSchema } from './content-schema';
import { BLOCK_SEPARATOR, layoutDocument, type DocumentLayout, type InlineRun, type LaidOutNode } from './document-layout';

/**
 * layoutDocument reads the JSON without ProseMirror (docs/adr/0029); this is the layout as it was written on
 * ProseMirror's model (schema.nodeFromJSON, then the same walk), which it must give exactly, errors included.
 */
function layoutWithProseMirror(content: unknown): DocumentLayout {
  const doc = contentSchema.nodeFromJSON(content);
  let offset = 0;
  let textblocks = 0;
  const parts: string[] = [];
  const footnotes: string[] = [];
  const marksOf = (marks: readonly Mark[]) => {
    let href: string | null = null;
    for (const mark of marks) {
      if (mark.type.name !== 'link') continue;
      const candidate = String(mark.attrs['href'] ?? '');
      try {
        if (['http:', 'https:', 'mailto:'].includes(new URL(candidate).protocol)) href = candidate;
      } catch {
        href = null;
      }
    }
    return { bold: marks.some((m) => m.type.name === 'bold'), italic: marks.some((m) => m.type.name === 'italic'), href };
  };
  const walk = (node: PMNode): LaidOutNode => {
    if (node.isTextblock) {
      if (textblocks++ > 0) offset += BLOCK_SEPARATOR.length;
      const start = offset;
      const runs: InlineRun[] = [];
      let line = '';
      node.forEach((child) => {
        const at = offset;
        if (child.isText) {
          const text = child.text ?? '';
          runs.push({ type: 'text', text, start: at, end: at + text.length, marks: marksOf(child.marks) });
          line += text;
          offset += text.length;
        } else if (child.type.name === 'hardBreak') {
          runs.push({ type: 'hardBreak', start: at, end: at + 1 });
          line += '\n';
          offset += 1;
        } else if (child.type.name === 'footnote') {
          const text = String(child.attrs['text'] ?? '');
          footnotes.push(text);
          const shown = `[${text}]`;
          runs.push({ type: 'footnote', text, number: footnotes.length, start: at, end: at + shown.length });
          line += shown;
          offset += shown.length;
        }
      });
      parts.push(line);
      return { kind: 'textblock', type: node.type.name as 'paragraph' | 'heading', attrs: { ...node.attrs }, start, end: offset, runs };
    }
    const children: LaidOutNode[] = [];
    node.forEach((child) => children.push(walk(child)));
    return { kind: 'container', type: node.type.name, attrs: { ...node.attrs }, children };
  };
  const blocks: LaidOutNode[] = [];
  doc.forEach((child) => blocks.push(walk(child)));
  return { blocks, text: parts.join(BLOCK_SEPARATOR), footnotes };
}

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const li = (...content: unknown[]) => ({ type: 'listItem', content });
const cell = (attrs: unknown, ...content: unknown[]) => ({ type: 'tableCell', attrs, content });

const fitting: Record<string, unknown> = {
  'marks in any order, text split anywhere': doc(
    p(t('Emi'), t('gration'), t(' rose', [italic, bold]), t(' sharply', [bold, italic]), t(' (see ', []), t('NBS', [link('https://a.example')]), t(' site', [link('https://a.example')]), t('x', [link('https://b.example')])),
  ),
  'attributes: defaults, unknown ones dropped, nulls': doc(
    { type: 'heading', attrs: { level: 3, textAlign: 'center', id: 'dropped' }, content: [t('Title')] },
    { type: 'heading', content: [t('Default level')] },
    { type: 'paragraph', attrs: null, content: [t('no attributes')] },
    { type: 'heading', attrs: null, content: [t('null attributes: the defaults')] },
    { type: 'heading', attrs: 0, content: [t('no attributes either')] },
    { type: 'heading', attrs: 'level', content: [t('attributes that are no object')] },
    { type: 'orderedList', attrs: { start: 0, type: 'i' }, content: [li(p(t('one')))] },
    { type: 'table', content: [{ type: 'tableRow', content: [cell({ colspan: 2, colwidth: [100, 200] }, p(t('a'))), cell(undefined, p())] }] },
  ),
  'an indicator block, a footnote without text, a link with extra attributes': doc(
    { type: 'indicatorBlock', attrs: { codes: ['MIG_STOCK'], periods: ['2023'], display: 'chart', caption: 'Stocks' } },
    p({ type: 'footnote' }, t('after', [{ type: 'link', attrs: { href: 'mailto:a@b.example', target: '_blank' } }]), { type: 'hardBreak' }),
  ),
  'an empty document, empty content lists': { type: 'doc' },
  'a document whose blocks are not what its schema says (read all the same)': doc(t('loose text'), { type: 'listItem', content: [] }, p(p(t('nested')))),
};

const refused: Record<string, unknown> = {
  nothing: null,
  'an unknown node': doc({ type: 'video' }),
  'an unknown mark': doc(p(t('x', [{ type: 'underline' }]))),
  'an empty text node': doc(p(t(''))),
  'text that is not a string': doc(p({ type: 'text', text: 3 })),
  'content that is not a list': doc({ type: 'paragraph', content: 'x' }),
  'marks that are not a list': doc(p({ type: 'text', text: 'x', marks: 'bold' })),
  'a link without an address': doc(p(t('x', [{ type: 'link' }]))),
  'a link with null attributes': doc(p(t('x', [{ type: 'link', attrs: null }]))),
  'a heading level of null': doc({ type: 'heading', attrs: { level: null }, content: [] }),
  'a heading level out of range': doc({ type: 'heading', attrs: { level: 9 }, content: [] }),
  'an attribute the schema checks': doc({ type: 'indicatorBlock', attrs: { codes: ['not a code!'] } }),
  'a type that is an object property': doc({ type: 'constructor' }),
};

describe('layoutDocument reads the JSON as ProseMirror does', () => {
  for (const [name, content] of Object.entries(fitting)) {
    it(`the same layout: ${name}`, () => {
      expect(layoutDocument(content)).toStrictEqual(layoutWithProseMirror(content));
    });
  }

  for (const [name, content] of Object.entries(refused)) {
    it(`refused by both: ${name}`, () => {
      expect(() => layoutWithProseMirror(content)).toThrow();
      expect(() => layoutDocument(content)).toThrow();
    });
  }
});

/** A small seeded generator (mulberry32): the same documents on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('layoutDocument against ProseMirror on generated documents', () => {
  const next = random(29);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const types = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader', 'hardBreak', 'footnote', 'indicatorBlock', 'text', 'doc'];
  const attrValues = [undefined, null, 0, 1, 2, 5, 9, 'left', 'i', 'x', '', [], [120], ['MIG_STOCK'], { level: 3 }];
  const attrNames = ['level', 'textAlign', 'start', 'type', 'colspan', 'colwidth', 'text', 'codes', 'display', 'unknown'];
  const marks = [bold, italic, link('https://a.example'), link('ftp://b.example'), { type: 'link' }, { type: 'strike' }];
  const attrsOf = () => (next() < 0.3 ? pick([undefined, null]) : Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 2) }, () => [pick(attrNames), pick(attrValues)])));
  const node = (depth: number): unknown => {
    const type = pick(depth > 3 ? ['text', 'text', 'hardBreak', 'footnote'] : types);
    if (type === 'text') return { type, text: pick(['a', 'bc', ' d ', '', 'é🙂']), ...(next() < 0.5 ? { marks: Array.from({ length: Math.floor(next() * 3) }, () => pick(marks)) } : {}) };
    return { type, ...(next() < 0.6 ? { attrs: attrsOf() } : {}), ...(next() < 0.8 ? { content: Array.from({ length: Math.floor(next() * 4) }, () => node(depth + 1)) } : {}) };
  };

  it('gives the same layout, or refuses, for 2,000 random documents', () => {
    let fitted = 0;
    for (let i = 0; i < 2000; i++) {
      const content = { type: 'doc', content: Array.from({ length: 1 + Math.floor(next() * 3) }, () => node(0)) };
      let expected: DocumentLayout | null = null;
      try {
        expected = layoutWithProseMirror(content);
      } catch {
        expected = null;
      }
      if (expected) {
        fitted += 1;
        expect({ i, layout: layoutDocument(content) }).toStrictEqual({ i, layout: expected });
      } else {
        expect(() => layoutDocument(content)).toThrow();
      }
    }
    // Both kinds of case are exercised.
    expect(fitted).toBeGreaterThan(100);
    expect(fitted).toBeLessThan(1900);
  });
});
