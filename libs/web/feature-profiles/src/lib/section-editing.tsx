import { Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLoader2, IconPencil } from '@tabler/icons-react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { contentSchema, plainText } from '@mps/shared-domain';
import { describeError, hasErrorCode, type RevisionFullFieldsFragment } from '@mps/web-data-access';
import { ConfirmDialog, formatDateTime, FormError } from '@mps/web-ui';
import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { problemMessage } from '@mps/web-util';
import { SAVE_SECTION_MUTATION, SECTION_QUERY } from './profile-documents';
import {
  cleanPastedHtml,
  clearDraft,
  createContentExtensions,
  createDebouncedWriter,
  EditorToolbar,
  FootnoteDialog,
  LinkDialog,
  MergeView,
  writeDraft,
} from '@mps/web-editor';

export interface EditingStart {
  content: unknown;
  baseRevisionId: string | null;
  /** True when the content is a restored local draft (it has not been saved yet). */
  fromDraft: boolean;
}

export interface SectionEditingProps {
  sectionId: string;
  /** "A.5 Return migration": used in accessible names. */
  sectionLabel: string;
  start: EditingStart;
  onClose(): void;
  /** Told when the newer saved version is shown beside the draft (the page gives the editor more room). */
  onCombiningChange?(combining: boolean): void;
  /** Told after each successful save (the section's newest version is now this person's). */
  onSaved?(revisionNumber: number): void;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Plain text of a document, computed as the server does (for the merge view's word diff). */
function plainTextOf(editor: Editor): string {
  try {
    return plainText(contentSchema.nodeFromJSON(editor.getJSON()));
  } catch {
    return editor.getText({ blockSeparator: '\n\n' });
  }
}

function currentRevisionIdOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
  return typeof ext['currentRevisionId'] === 'string' ? ext['currentRevisionId'] : null;
}

/**
 * Editing one section: the Tiptap editor with its toolbar, saving (button and
 * Ctrl/Cmd+S) with a visible status, local drafts, and conflict handling with a
 * merge view. Lazy-loaded so that reading never pays for the editor.
 */
export function SectionEditing({ sectionId, sectionLabel, start, onClose, onCombiningChange, onSaved }: SectionEditingProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [saveSection] = useMutation(SAVE_SECTION_MUTATION);

  const baseRef = useRef<string | null>(start.baseRevisionId);
  /** The document as last saved (null while a restored draft has not been saved: it is unsaved by definition). */
  const baselineRef = useRef<PMNode | null>(null);
  const initialising = useRef(true);
  const [dirty, setDirty] = useState(start.fromDraft);
  const dirtyRef = useRef(start.fromDraft);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [conflict, setConflict] = useState<{ theirs: RevisionFullFieldsFragment; mineText: string } | null>(null);
  const [combineWith, setCombineWith] = useState<RevisionFullFieldsFragment | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [linkDialog, setLinkDialog] = useState<{ href: string; askForText: boolean } | null>(null);
  const [footnoteDialog, setFootnoteDialog] = useState<{ text: string | null } | null>(null);
  const [savedAs, setSavedAs] = useState<number | null>(null);
  const savingRef = useRef(false);

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  const writer = useMemo(
    () =>
      createDebouncedWriter<{ content: unknown; baseRevisionId: string | null }>((draft) => {
        writeDraft(sectionId, draft);
      }, 500),
    [sectionId],
  );

  const openFootnoteRef = useRef<(text: string | null) => void>(() => undefined);
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
    content: (start.content as JSONContent | null) ?? undefined,
    // Created once mounted (a lazy, suspended first render must not leave a destroyed editor behind).
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        class: 'mps-prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('editor.textLabel', { section: sectionLabel }),
        spellcheck: 'true',
      },
      handleDoubleClickOn: (_view, _pos, node) => {
        if (node.type.name !== 'footnote') return false;
        openFootnoteRef.current(String(node.attrs['text'] ?? ''));
        return true;
      },
    },
    onCreate: ({ editor: e }) => {
      // Let the schema's plugins normalise the document (e.g. a trailing paragraph) before comparing with it.
      e.view.dispatch(e.state.tr.setMeta('addToHistory', false));
      if (!start.fromDraft) baselineRef.current = e.state.doc;
      initialising.current = false;
    },
    onUpdate: ({ editor: e }) => {
      if (initialising.current) return;
      const changed = !baselineRef.current || !e.state.doc.eq(baselineRef.current);
      markDirty(changed);
      setSaveState((state) => (state === 'saving' ? state : 'idle'));
      if (changed) {
        writer.schedule({ content: e.getJSON(), baseRevisionId: baseRef.current });
      } else {
        // Back to the saved text (undo): nothing to keep.
        writer.cancel();
        clearDraft(sectionId);
      }
    },
  });

  useEffect(() => {
    editor?.commands.focus('end');
  }, [editor]);

  const save = useCallback(
    async (base: string | null = baseRef.current) => {
      if (savingRef.current || !editor) return;
      savingRef.current = true;
      const content = editor.getJSON();
      const docAtSave = editor.state.doc;
      // The draft is on disk before the request leaves: a failure loses nothing.
      writer.cancel();
      if (dirtyRef.current) writeDraft(sectionId, { content, baseRevisionId: base });
      setSaveState('saving');
      setError(null);
      try {
        const result = await saveSection({
          variables: { input: { sectionId, baseRevisionId: base, content, summary: summary.trim() || null } },
        });
        const revision = result.data?.saveSection;
        if (!revision) throw new Error('No revision returned');
        baseRef.current = revision.id;
        baselineRef.current = docAtSave;
        if (editor.state.doc.eq(docAtSave)) {
          clearDraft(sectionId);
          markDirty(false);
        } else {
          writeDraft(sectionId, { content: editor.getJSON(), baseRevisionId: revision.id });
        }
        setSummary('');
        setCombineWith(null);
        setConflict(null);
        setSavedAs(revision.number);
        setSaveState('saved');
        onSaved?.(revision.number);
      } catch (err) {
        if (hasErrorCode(err, 'CONFLICT')) {
          const { data } = await client
            .query({ query: SECTION_QUERY, variables: { id: sectionId }, fetchPolicy: 'network-only' })
            .catch(() => ({ data: undefined }));
          const theirs = data?.section.currentRevision ?? null;
          if (theirs && theirs.id !== base) {
            setConflict({ theirs, mineText: plainTextOf(editor) });
            setSaveState('idle');
          } else {
            setError(problemMessage(t, describeError(err)));
            setSaveState('error');
          }
          if (!theirs && currentRevisionIdOf(err)) baseRef.current = currentRevisionIdOf(err);
        } else {
          setError(problemMessage(t, describeError(err)));
          setSaveState('error');
        }
      } finally {
        savingRef.current = false;
      }
    },
    [client, editor, onSaved, saveSection, sectionId, summary, t, writer],
  );

  const combineRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    onCombiningChange?.(combineWith !== null);
    if (combineWith) combineRef.current?.scrollIntoView({ block: 'start' });
  }, [combineWith, onCombiningChange]);
  useEffect(() => () => onCombiningChange?.(false), [onCombiningChange]);

  // Ctrl/Cmd+S saves (instead of the browser's "Save page").
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // Closing the tab with unsaved changes: write the draft now and ask the browser to warn.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      writer.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (dirtyRef.current) writer.flush();
      else writer.cancel();
    };
  }, [writer]);

  // Leaving for another page of the app with unsaved changes: ask first (the draft stays anyway).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  // Links: Ctrl/Cmd+K opens the link dialog.
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

  const cancel = () => {
    if (dirtyRef.current) {
      setConfirmCancel(true);
      return;
    }
    writer.cancel();
    clearDraft(sectionId);
    onClose();
  };

  const discardAndClose = () => {
    writer.cancel();
    clearDraft(sectionId);
    markDirty(false);
    setConfirmCancel(false);
    onClose();
  };

  const takeTheirs = () => {
    writer.cancel();
    clearDraft(sectionId);
    markDirty(false);
    setConflict(null);
    onClose();
  };

  const combine = () => {
    if (!conflict || !editor) return;
    baseRef.current = conflict.theirs.id;
    writeDraft(sectionId, { content: editor.getJSON(), baseRevisionId: conflict.theirs.id });
    setCombineWith(conflict.theirs);
    setConflict(null);
    editor.commands.focus(null, { scrollIntoView: false });
  };

  if (!editor) return <EditorLoading />;

  let status: { icon: React.ReactNode; text: string };
  if (saveState === 'saving') status = { icon: <IconLoader2 size={18} aria-hidden className="mps-spin" />, text: t('editor.statusSaving') };
  else if (saveState === 'error') status = { icon: <IconAlertCircle size={18} aria-hidden />, text: t('editor.statusNotSaved') };
  else if (dirty) status = { icon: <IconPencil size={18} aria-hidden />, text: t('editor.statusUnsaved') };
  else if (saveState === 'saved') status = { icon: <IconCircleCheck size={18} aria-hidden />, text: t('editor.statusSaved') };
  else status = { icon: null, text: t('editor.statusNoChanges') };

  const editorBox = (
    <Paper withBorder radius="md" className="mps-editor" style={{ minWidth: 0 }}>
      <Box className="mps-editor-toolbar-wrap">
        <EditorToolbar editor={editor} onLink={openLink} onFootnote={() => openFootnote()} />
      </Box>
      <EditorContent editor={editor} />
    </Paper>
  );

  return (
    <Stack gap="md" className="mps-editing">
      {combineWith ? (
        <div className="mps-combine" ref={combineRef}>
          <Paper withBorder radius="md" p="md" className="mps-combine-reference" component="section" aria-labelledby="combine-heading">
            <Title order={2} size="h5" id="combine-heading">
              {t('merge.referenceTitle', { number: combineWith.number, author: combineWith.author.displayName })}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('merge.referenceHint', { time: formatDateTime(combineWith.createdAt) })}
            </Text>
            <div className="mps-prose mps-combine-text" dangerouslySetInnerHTML={{ __html: combineWith.html }} />
          </Paper>
          {editorBox}
        </div>
      ) : (
        editorBox
      )}

      {error ? <FormError title={t('editor.saveFailedTitle')}>{error}</FormError> : null}

      <Paper withBorder radius="md" p="sm" className="mps-savebar">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('editor.summary')}
            description={t('editor.summaryHint')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            maxLength={500}
            size="sm"
            style={{ flex: '1 1 16rem' }}
          />
          <Group gap="sm" wrap="wrap" align="center" style={{ flex: '0 1 auto' }}>
            <Group gap={6} wrap="nowrap" miw="8.5rem" c={saveState === 'error' ? 'red.9' : undefined}>
              {status.icon}
              <Text size="sm" fw={600} role="status" aria-live="polite" aria-label={t('editor.statusLabel')}>
                {status.text}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Button onClick={() => void save()} loading={saveState === 'saving'} aria-keyshortcuts="Control+S Meta+S">
                {t('editor.save')}
              </Button>
              <Button variant="default" onClick={cancel} disabled={saveState === 'saving'}>
                {dirty || saveState !== 'saved' ? t('editor.cancel') : t('editor.done')}
              </Button>
            </Group>
          </Group>
        </Group>
        {saveState === 'saved' && !dirty && savedAs !== null ? (
          <Text size="sm" c="dimmed" mt={6}>
            {t('editor.savedAs', { number: savedAs })}
          </Text>
        ) : null}
      </Paper>

      {conflict ? (
        <MergeView
          opened
          theirs={conflict.theirs}
          mineText={conflict.mineText}
          saving={saveState === 'saving'}
          error={null}
          onKeepMine={() => void save(conflict.theirs.id)}
          onTakeTheirs={takeTheirs}
          onCombine={combine}
          onClose={() => setConflict(null)}
        />
      ) : null}

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
      <ConfirmDialog
        opened={confirmCancel}
        title={t('editor.discardTitle')}
        tone="danger"
        confirmLabel={t('editor.discardConfirm')}
        cancelLabel={t('editor.keepEditing')}
        onCancel={() => setConfirmCancel(false)}
        onConfirm={discardAndClose}
      >
        {t('editor.discardBody')}
      </ConfirmDialog>
      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('editor.leaveTitle')}
        confirmLabel={t('editor.leaveConfirm')}
        cancelLabel={t('editor.keepEditing')}
        onCancel={() => blocker.reset?.()}
        onConfirm={() => {
          writer.flush();
          blocker.proceed?.();
        }}
      >
        {t('editor.leaveBody')}
      </ConfirmDialog>
    </Stack>
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

export default SectionEditing;
