// Reading and editing share the prose styles; the editor's own are scoped to its classes.
import './lib/prose.css';
import './lib/editor.css';

export * from './i18n';
export * from './lib/diff-view';
export * from './lib/draft-storage';
export * from './lib/editor-dialogs';
export * from './lib/editor-toolbar';
export * from './lib/extensions';
export * from './lib/merge-view';
export * from './lib/paste';
