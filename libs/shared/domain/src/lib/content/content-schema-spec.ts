import type { SchemaSpec } from 'prosemirror-model';
import { INDICATOR_BLOCK_ATTRS } from './indicator-block';

/**
 * The section schema's nodes and marks as plain data (see content-schema.ts, which builds the ProseMirror schema from
 * them): without ProseMirror, so that reading a stored document for display (document-layout.ts) does not need its
 * model in the browser.
 */
export const HEADING_LEVELS = [2, 3, 4] as const;
export const TEXT_ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
/** The numbering styles of an ordered list (HTML's <ol type>). */
export const LIST_NUMBERING = ['1', 'a', 'A', 'i', 'I'] as const;
const MAX_CELL_SPAN = 100;

const oneOf =
  (allowed: readonly unknown[], what: string) =>
  (value: unknown): void => {
    if (value !== null && !allowed.includes(value)) throw new RangeError(`${what} may be ${allowed.join(', ')} or nothing.`);
  };
const whole =
  (what: string, min: number, max: number) =>
  (value: unknown): void => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new RangeError(`${what} must be a whole number from ${min} to ${max}.`);
    }
  };
const columnWidths = (value: unknown): void => {
  if (value !== null && !(Array.isArray(value) && value.every((w) => Number.isInteger(w) && w > 0 && w < 10_000))) {
    throw new RangeError('Column widths must be whole numbers of pixels.');
  }
};
const text = (what: string) => (value: unknown): void => {
  if (typeof value !== 'string') throw new RangeError(`${what} must be text.`);
};

const textAlign = { default: null, validate: oneOf(TEXT_ALIGNMENTS, 'Text alignment') };
const cellAttrs = {
  colspan: { default: 1, validate: whole('A cell span', 1, MAX_CELL_SPAN) },
  rowspan: { default: 1, validate: whole('A cell span', 1, MAX_CELL_SPAN) },
  colwidth: { default: null, validate: columnWidths },
};
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;
/**
 * Deepest nesting of JSON objects and arrays in a document (a node and its content list are two levels), far above
 * what an outline of lists, quotes and tables needs. Deeper input is refused before any recursive parsing, which
 * it would otherwise exhaust.
 */
export const MAX_CONTENT_DEPTH = 200;

export const CONTENT_SCHEMA_SPEC = {
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', attrs: { textAlign } },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2, validate: whole('A heading level', 1, 6) }, textAlign },
      defining: true,
    },
    blockquote: { group: 'block', content: 'block+', defining: true },
    bulletList: { group: 'block', content: 'listItem+' },
    orderedList: {
      group: 'block',
      content: 'listItem+',
      attrs: {
        start: { default: 1, validate: whole('A list start', 0, 1_000_000) },
        type: { default: null, validate: oneOf(LIST_NUMBERING, 'List numbering') },
      },
    },
    listItem: { content: 'paragraph block*', defining: true },
    table: { group: 'block', content: 'tableRow+', isolating: true },
    tableRow: { content: '(tableCell | tableHeader)*' },
    tableCell: { content: 'block+', attrs: cellAttrs, isolating: true },
    tableHeader: { content: 'block+', attrs: cellAttrs, isolating: true },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false },
    /** An inline footnote marker; its text is shown in the section's notes. */
    footnote: { group: 'inline', inline: true, atom: true, attrs: { text: { default: '', validate: text('A footnote') } } },
    /** A table or chart of indicator figures: live in a draft, frozen in a release. */
    indicatorBlock: { group: 'block', atom: true, attrs: INDICATOR_BLOCK_ATTRS },
  },
  marks: {
    bold: {},
    italic: {},
    link: { attrs: { href: { validate: text('A link address') } }, inclusive: false },
  },
} satisfies SchemaSpec;
