// Reading and editing share the prose styles; the editor's own are scoped to its classes.
import './lib/prose.css';
import './lib/editor.css';
import { lazy } from 'react';

export * from './i18n';
export * from './lib/diff-view';
export * from './lib/document-diff-view';
export * from './lib/draft-storage';
export * from './lib/indicator-blocks-context';
export * from './lib/indicator-block-view';
export * from './lib/indicator-block-dialog';
export * from './lib/prose-html';
export * from './lib/merge-view';
export type * from './lib/rich-text-editor-types';

/** Fetches the editor's code (Tiptap and its parts): call early where editing is likely, e.g. on hover. */
export const loadRichTextEditor = () => import('./lib/rich-text-editor');

/**
 * The section text editor, in its own chunk so that reading never pays for it
 * (render it inside a Suspense boundary).
 */
export const RichTextEditor = lazy(() => loadRichTextEditor().then((m) => ({ default: m.RichTextEditor })));
