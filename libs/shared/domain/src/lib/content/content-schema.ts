import { Schema } from 'prosemirror-model';

/**
 * The rich-text schema of a section (ProseMirror/Tiptap JSON). The server
 * validates every save against it; the web editor is configured with the
 * same node and mark names (a web test compares them).
 *
 * Nodes: paragraphs, headings (levels 2-4; level 1 is the section title),
 * bullet and numbered lists, block quotes, tables, hard breaks and footnotes.
 * Marks: bold, italic, link (http, https, mailto only).
 */
export const HEADING_LEVELS = [2, 3, 4] as const;
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;
/**
 * Deepest nesting of JSON objects and arrays in a document (a node and its content list are two levels), far above
 * what an outline of lists, quotes and tables needs. Deeper input is refused before any recursive parsing, which
 * it would otherwise exhaust.
 */
export const MAX_CONTENT_DEPTH = 200;

export const contentSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', attrs: { textAlign: { default: null } } },
    heading: { group: 'block', content: 'inline*', attrs: { level: { default: 2 }, textAlign: { default: null } }, defining: true },
    blockquote: { group: 'block', content: 'block+', defining: true },
    bulletList: { group: 'block', content: 'listItem+' },
    orderedList: { group: 'block', content: 'listItem+', attrs: { start: { default: 1 }, type: { default: null } } },
    listItem: { content: 'paragraph block*', defining: true },
    table: { group: 'block', content: 'tableRow+', isolating: true },
    tableRow: { content: '(tableCell | tableHeader)*' },
    tableCell: {
      content: 'block+',
      attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } },
      isolating: true,
    },
    tableHeader: {
      content: 'block+',
      attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } },
      isolating: true,
    },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false },
    /** An inline footnote marker; its text is shown in the section's notes. */
    footnote: { group: 'inline', inline: true, atom: true, attrs: { text: { default: '' } } },
  },
  marks: {
    bold: {},
    italic: {},
    link: { attrs: { href: {}, target: { default: null }, rel: { default: null }, class: { default: null } }, inclusive: false },
  },
});

export const CONTENT_NODE_TYPES = Object.keys(contentSchema.spec.nodes.toObject());
export const CONTENT_MARK_TYPES = Object.keys(contentSchema.spec.marks.toObject());

/** A document with one empty paragraph: what a new section starts with. */
export const EMPTY_DOCUMENT = { type: 'doc', content: [{ type: 'paragraph' }] } as const;
