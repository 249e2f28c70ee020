/**
 * A document with one empty paragraph: what a new section starts with. Its own module, so that the web's reading
 * screen can use it without the ProseMirror schema (content-schema.ts).
 */
export const EMPTY_DOCUMENT = { type: 'doc', content: [{ type: 'paragraph' }] } as const;
