declare const snapshotBrand: unique symbol;
/** A document as it was at one moment (opaque: only the editor compares snapshots). */
export type DocumentSnapshot = { readonly [snapshotBrand]: true };

/** What the code around the editor may ask of it, without knowing Tiptap. */
export interface RichTextEditorHandle {
  /** The document as stored by the API (ProseMirror JSON). */
  getJSON(): unknown;
  snapshot(): DocumentSnapshot;
  /** True when the document equals the snapshot (e.g. undone back to the saved text). */
  isUnchangedSince(snapshot: DocumentSnapshot): boolean;
  /** Plain text as the server computes it (for word diffs against saved revisions). */
  plainText(): string;
  /** Focuses the text without scrolling. */
  focus(): void;
  /** Replaces the whole document (one undoable step), e.g. with a suggestion's wording put in. */
  replaceDocument(content: unknown): void;
}

export interface RichTextEditorProps {
  /** ProseMirror JSON to start from. */
  initialContent: unknown;
  /** Accessible name of the text box, e.g. "Text of A.5 Return migration". */
  label: string;
  /** Once the editor exists and has normalised its document. */
  onReady(editor: RichTextEditorHandle): void;
  /** After each change of the document by the person. */
  onChange(editor: RichTextEditorHandle): void;
}
