import { Schema } from 'prosemirror-model';
import { CONTENT_SCHEMA_SPEC } from './content-schema-spec';

/**
 * The rich-text schema of a section (ProseMirror/Tiptap JSON). The server
 * validates every save against it; the web editor is configured with the
 * same node and mark names (a web test compares them).
 *
 * Nodes: paragraphs, headings (levels 2-4; level 1 is the section title),
 * bullet and numbered lists, block quotes, tables, hard breaks, footnotes and indicator tables or charts
 * (`indicatorBlock`: which figures to show, never the figures themselves; see indicator-block.ts).
 * Marks: bold, italic, link (http, https, mailto only).
 *
 * Attributes are an allow-list with checked values: anything else a client
 * sends (a link's class, target or rel, say) is dropped when the document is
 * read, so it is never stored. Links keep only their address; the renderer
 * and the editor add the fixed rel="noopener noreferrer nofollow".
 */
export {
  HEADING_LEVELS,
  LINK_PROTOCOLS,
  LIST_NUMBERING,
  MAX_CONTENT_BYTES,
  MAX_CONTENT_DEPTH,
  TEXT_ALIGNMENTS,
} from './content-schema-spec';

export const contentSchema = new Schema(CONTENT_SCHEMA_SPEC);

export const CONTENT_NODE_TYPES = Object.keys(contentSchema.spec.nodes.toObject());
export const CONTENT_MARK_TYPES = Object.keys(contentSchema.spec.marks.toObject());

export { EMPTY_DOCUMENT } from './empty-document';
