import { Box, Paper } from '@mantine/core';
import { contentSchema, plainText, readIndicatorBlockAttrs, type IndicatorBlockAttrs } from '@mps/shared-domain';
import type { Editor, JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FootnoteDialog, LinkDialog } from './editor-dialogs';
import { EditorToolbar } from './editor-toolbar';
import { IndicatorBlockDialog } from './indicator-block-dialog';
import { useIndicatorBlocks } from './indicator-blocks-context';
import { createContentExtensions } from './extensions';
import { cleanPastedHtml } from './paste';
import type { DocumentSnapshot, RichTextEditorHandle, RichTextEditorProps } from './rich-text-editor-types';

/** Plain text of a document, computed as the server does (for word diffs against saved revisions). */
function plainTextOf(editor: Editor): string {
  try {
    return plainText(contentSchema.nodeFromJSON(editor.getJSON()));
  } catch {
    return editor.getText({ blockSeparator: '\n\n' });
  }
}

type Doc = Editor['state']['doc'];

function handleOf(editor: Editor): RichTextEditorHandle {
  return {
    getJSON: () => editor.getJSON(),
    // Snapshots are the editor's immutable documents, branded so that only this file looks inside.
    snapshot: () => editor.state.doc as unknown as DocumentSnapshot,
    isUnchangedSince: (snapshot) => editor.state.doc.eq(snapshot as unknown as Doc),
    plainText: () => plainTextOf(editor),
    focus: () => void editor.commands.focus(null, { scrollIntoView: false }),
    replaceDocument: (content) => void editor.commands.setContent(content as JSONContent, { emitUpdate: true }),
  };
}

/**
 * The Tiptap editor of a section's text with its toolbar, link and footnote
 * dialogs (Ctrl/Cmd+K for links), and paste cleaning. It knows nothing of
 * saving: it reports its handle once ready and each change of the document.
 * Loaded on demand (see RichTextEditor in the library's index).
 */
export function RichTextEditor({ initialContent, label, onReady, onChange }: RichTextEditorProps) {
  const { t } = useTranslation();
  const initialising = useRef(true);
  const [linkDialog, setLinkDialog] = useState<{ href: string; askForText: boolean } | null>(null);
  const [footnoteDialog, setFootnoteDialog] = useState<{ text: string | null } | null>(null);
  const openFootnoteRef = useRef<(text: string | null) => void>(() => undefined);
  const indicatorSource = useIndicatorBlocks();
  const [indicatorDialog, setIndicatorDialog] = useState<{ initial: IndicatorBlockAttrs | null; pos: number | null } | null>(null);
  const openIndicatorRef = useRef<(pos: number | null, attrs: IndicatorBlockAttrs | null) => void>(() => undefined);
  const extensions = useMemo(
    () =>
      createContentExtensions({
        placeholder: t('editor.placeholder'),
        describeFootnote: (text) => t('editor.footnoteMarker', { text }),
      }),
    [t],
  );

  const editor = useEditor({
    extensions,
    content: (initialContent as JSONContent | null) ?? undefined,
    // Created once mounted (a lazy, suspended first render must not leave a destroyed editor behind).
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      scrollMargin: caretMargin,
      attributes: { class: 'mps-prose', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, spellcheck: 'true' },
      handleKeyDown: (view, event) => {
        // Enter on a selected table or chart opens its dialog (the keyboard's double-click).
        const selected = (view.state.selection as { node?: Editor['state']['doc'] }).node;
        if (event.key !== 'Enter' || selected?.type.name !== 'indicatorBlock') return false;
        openIndicatorRef.current(view.state.selection.from, readIndicatorBlockAttrs(selected.attrs));
        return true;
      },
      handleDoubleClickOn: (_view, pos, node) => {
        if (node.type.name === 'indicatorBlock') {
          openIndicatorRef.current(pos, readIndicatorBlockAttrs(node.attrs));
          return true;
        }
        if (node.type.name !== 'footnote') return false;
        openFootnoteRef.current(String(node.attrs['text'] ?? ''));
        return true;
      },
    },
    onCreate: ({ editor: e }) => {
      // Let the schema's plugins normalise the document (e.g. a trailing paragraph) before anyone compares with it.
      e.view.dispatch(e.state.tr.setMeta('addToHistory', false));
      initialising.current = false;
      onReady(handleOf(e));
    },
    onUpdate: ({ editor: e }) => {
      if (!initialising.current) onChange(handleOf(e));
    },
  });

  useEffect(() => {
    editor?.commands.focus('end');
  }, [editor]);

  const openLink = useCallback(() => {
    if (!editor) return;
    const href = String(editor.getAttributes('link')['href'] ?? '');
    setLinkDialog({ href, askForText: editor.state.selection.empty && !href });
  }, [editor]);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openLink();
      }
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor, openLink]);

  const openFootnote = useCallback(
    (text?: string | null) => {
      if (!editor) return;
      const selected = editor.isActive('footnote') ? String(editor.getAttributes('footnote')['text'] ?? '') : null;
      setFootnoteDialog({ text: text ?? selected });
    },
    [editor],
  );
  useEffect(() => {
    openFootnoteRef.current = (text) => openFootnote(text);
  }, [openFootnote]);
  useEffect(() => {
    openIndicatorRef.current = (pos, initial) => setIndicatorDialog({ pos, initial });
  }, []);

  if (!editor) return <EditorLoading />;

  return (
    <>
      <Paper withBorder radius="md" className="mps-editor" style={{ minWidth: 0 }}>
        <Box className="mps-editor-toolbar-wrap">
          <EditorToolbar
            editor={editor}
            onLink={openLink}
            onFootnote={() => openFootnote()}
            onIndicatorBlock={indicatorSource ? () => setIndicatorDialog({ pos: null, initial: null }) : undefined}
          />
        </Box>
        <EditorContent editor={editor} />
      </Paper>
      <LinkDialog
        opened={linkDialog !== null}
        initialHref={linkDialog?.href ?? ''}
        askForText={linkDialog?.askForText ?? false}
        onClose={() => {
          setLinkDialog(null);
          editor.commands.focus();
        }}
        onRemove={() => {
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
          setLinkDialog(null);
        }}
        onSubmit={(href, text) => {
          const chain = editor.chain().focus();
          if (text) chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
          else chain.extendMarkRange('link').setLink({ href }).run();
          setLinkDialog(null);
        }}
      />
      <FootnoteDialog
        opened={footnoteDialog !== null}
        initialText={footnoteDialog?.text ?? null}
        onClose={() => {
          setFootnoteDialog(null);
          editor.commands.focus();
        }}
        onRemove={() => {
          editor.chain().focus().deleteSelection().run();
          setFootnoteDialog(null);
        }}
        onSubmit={(text) => {
          if (footnoteDialog?.text !== null && editor.isActive('footnote')) {
            editor.chain().focus().updateAttributes('footnote', { text }).run();
          } else {
            editor.chain().focus().insertContent({ type: 'footnote', attrs: { text } }).run();
          }
          setFootnoteDialog(null);
        }}
      />
      {indicatorSource ? (
        <IndicatorBlockDialog
          opened={indicatorDialog !== null}
          catalogue={indicatorSource.catalogue}
          initial={indicatorDialog?.initial ?? null}
          onClose={() => {
            setIndicatorDialog(null);
            editor.commands.focus();
          }}
          onRemove={() => {
            const pos = indicatorDialog?.pos;
            if (pos !== null && pos !== undefined) editor.chain().focus().setNodeSelection(pos).deleteSelection().run();
            setIndicatorDialog(null);
          }}
          onSubmit={(attrs) => {
            const pos = indicatorDialog?.pos;
            if (pos !== null && pos !== undefined) {
              editor.chain().focus().setNodeSelection(pos).updateAttributes('indicatorBlock', attrs).run();
            } else {
              editor.chain().focus().insertContent({ type: 'indicatorBlock', attrs }).run();
            }
            setIndicatorDialog(null);
          }}
        />
      ) : null}
    </>
  );
}

/** The editor's frame while Tiptap starts (a few milliseconds). */
function EditorLoading() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" mih="18rem" aria-busy="true" role="status">
      <span className="visually-hidden">{t('editor.loading')}</span>
    </Paper>
  );
}

/** The page's scroll padding on one side (the sticky header and toolbar, the editing bar), in pixels. */
function pageScrollPadding(side: 'top' | 'bottom'): number {
  if (typeof window === 'undefined') return 0;
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(`scroll-padding-${side}`));
  return Number.isFinite(value) ? value : 0;
}

/**
 * Room ProseMirror keeps around the caret when it scrolls it into view: the page's scroll padding, read each time,
 * so that typing at the end of the text on a phone never hides the caret behind the sticky editing bar.
 */
const caretMargin = {
  get top() {
    return pageScrollPadding('top') + 8;
  },
  get bottom() {
    return pageScrollPadding('bottom') + 8;
  },
  left: 8,
  right: 8,
};
