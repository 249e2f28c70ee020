import { Stack } from '@mantine/core';
import {
  clearDraft,
  CombineReference,
  createDebouncedWriter,
  MergeView,
  RichTextEditor,
  writeDraft,
  type DocumentSnapshot,
  type RichTextEditorHandle,
} from '@mps/web-editor';
import { ConfirmDialog, FormError } from '@mps/web-ui';
import { useNavigationBlocker, type SuggestionToApply } from '@mps/web-util';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { applySuggestionToContent } from './apply-suggestion';
import { editingReducer, saveIndicator } from './section-editing-machine';
import type { SectionEditingEvent, SectionEditingState } from './section-editing-types';
import { SaveBar } from './save-bar';
import { useSaveSection } from './use-save-section';

export interface SectionEditingProps {
  sectionId: string;
  /** "A.5 Return migration": used in accessible names. */
  sectionLabel: string;
  /** The editing machine (see section-editing-machine.ts), owned by the section screen. */
  state: SectionEditingState;
  dispatch: Dispatch<SectionEditingEvent>;
  /** Told after each successful save (the section's newest version is now this person's). */
  onSaved?(revisionNumber: number): void;
  /**
   * Set while the editor is ready: puts a suggestion's wording into the text being edited; answers false when the
   * text no longer holds the quoted passage.
   */
  applyRef?: MutableRefObject<((suggestion: SuggestionToApply) => boolean) | null>;
}

/**
 * Editing one section: the editor, saving (button and Ctrl/Cmd+S) with a
 * visible status, local drafts, and conflicts with a merge view. It renders the
 * editing machine's state and runs the effects around its events.
 */
export function SectionEditing({ sectionId, sectionLabel, state, dispatch, onSaved, applyRef }: SectionEditingProps) {
  const { t } = useTranslation();
  const editor = useRef<RichTextEditorHandle | null>(null);
  const baseline = useRef<DocumentSnapshot | null>(null);
  const [ready, setReady] = useState(false);
  const [summary, setSummary] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);

  // Handlers read the state as of the last event, which may be newer than the last render.
  const latest = useRef(state);
  const send = useCallback(
    (event: SectionEditingEvent) => {
      latest.current = editingReducer(latest.current, event);
      dispatch(event);
    },
    [dispatch],
  );

  // Drafts and the combine view take the whole document: it is read (getJSON walks every node of it) once typing
  // pauses, never on each keystroke, which in a long section would cost more than a frame.
  const writer = useMemo(
    () =>
      createDebouncedWriter<() => { content: unknown; baseRevisionId: string | null; appliedSuggestionIds: readonly string[] }>(
        (draft) => writeDraft(sectionId, draft()),
        500,
      ),
    [sectionId],
  );
  const cancelPendingDraft = useCallback(() => writer.cancel(), [writer]);
  // While combining, their version marks what my draft lacks: my document, followed a moment after each change.
  const [mineNow, setMineNow] = useState<unknown>(null);
  const mineFollower = useMemo(() => createDebouncedWriter<() => unknown>((mine) => setMineNow(mine()), 400), []);
  useEffect(() => () => mineFollower.cancel(), [mineFollower]);
  const handleSaved = useCallback(
    (revisionNumber: number) => {
      setSummary('');
      onSaved?.(revisionNumber);
    },
    [onSaved],
  );
  const getEditor = useCallback(() => editor.current, []);
  const getState = useCallback(() => latest.current, []);
  const setBaseline = useCallback((snapshot: DocumentSnapshot) => {
    baseline.current = snapshot;
  }, []);
  const save = useSaveSection({ sectionId, getEditor, getState, setBaseline, send, cancelPendingDraft, summary, onSaved: handleSaved });

  const onReady = useCallback((handle: RichTextEditorHandle) => {
    editor.current = handle;
    // A restored draft, or a text that starts with a suggestion put in, is unsaved: no baseline to come back to.
    const start = latest.current.start;
    if (!start?.fromDraft && !start?.appliedSuggestionIds?.length) baseline.current = handle.snapshot();
    setReady(true);
  }, []);
  const onChange = useCallback(
    (handle: RichTextEditorHandle) => {
      const changed = !baseline.current || !handle.isUnchangedSince(baseline.current);
      send({ type: 'CHANGED', dirty: changed });
      if (latest.current.combineWith) mineFollower.schedule(() => handle.getJSON());
      if (changed) {
        const { baseRevisionId, appliedSuggestionIds } = latest.current;
        writer.schedule(() => ({ content: handle.getJSON(), baseRevisionId, appliedSuggestionIds }));
      } else {
        // Back to the saved text (undo): nothing to keep.
        writer.cancel();
        clearDraft(sectionId);
      }
    },
    [mineFollower, sectionId, send, writer],
  );

  useEffect(() => {
    if (!applyRef || !ready) return;
    applyRef.current = (suggestion) => {
      const handle = editor.current;
      const next = handle ? applySuggestionToContent(handle.getJSON(), suggestion) : null;
      if (!handle || next === null) return false;
      // Recorded first, so that the change the editor reports next (and its draft) carries it.
      send({ type: 'SUGGESTION_APPLIED', commentId: suggestion.commentId });
      handle.replaceDocument(next);
      handle.focus();
      return true;
    };
    return () => {
      applyRef.current = null;
    };
  }, [applyRef, ready, send]);

  const combineRef = useRef<HTMLDivElement>(null);
  const combineWith = state.combineWith;
  useEffect(() => {
    if (combineWith) combineRef.current?.scrollIntoView({ block: 'start' });
  }, [combineWith]);

  useSaveShortcut(save);
  useDraftOnUnload(writer, () => latest.current.dirty);
  // Leaving for another page of the app with unsaved changes: ask first (the draft stays anyway).
  const blocker = useNavigationBlocker(({ currentLocation, nextLocation }) => state.dirty && currentLocation.pathname !== nextLocation.pathname);

  const forgetAndClose = () => {
    writer.cancel();
    clearDraft(sectionId);
    setConfirmCancel(false);
    send({ type: 'CLOSED', draft: null });
  };
  const cancel = () => (latest.current.dirty ? setConfirmCancel(true) : forgetAndClose());
  const combine = () => {
    const theirs = latest.current.conflict?.theirs;
    if (!theirs || !editor.current) return;
    writeDraft(sectionId, {
      content: editor.current.getJSON(),
      baseRevisionId: theirs.id,
      appliedSuggestionIds: latest.current.appliedSuggestionIds,
    });
    setMineNow(editor.current.getJSON());
    send({ type: 'COMBINE' });
    editor.current.focus();
  };

  const indicator = saveIndicator(state);
  const done = state.status === 'saved' && !state.dirty;
  return (
    <Stack gap="md" className="mps-editing">
      {/* One place in the tree for the editor, combining or not: moving it would recreate it. */}
      <div className={combineWith ? 'mps-combine' : undefined} ref={combineRef}>
        {combineWith ? <CombineReference theirs={combineWith} mineContent={mineNow} /> : null}
        <RichTextEditor
          initialContent={state.start?.content}
          label={t('editor.textLabel', { section: sectionLabel })}
          onReady={onReady}
          onChange={onChange}
        />
      </div>
      {ready ? (
        <>
          {state.error ? <FormError title={t('editor.saveFailedTitle')}>{state.error}</FormError> : null}

          <SaveBar
            indicator={indicator}
            summary={summary}
            onSummaryChange={setSummary}
            savedAs={done ? state.savedAs : null}
            done={done}
            onSave={() => void save()}
            onCancel={cancel}
          />

          {state.conflict ? (
            <MergeView
              opened
              theirs={state.conflict.theirs}
              mineContent={state.conflict.mineContent}
              saving={state.status === 'saving'}
              error={null}
              onKeepMine={() => void save(state.conflict?.theirs.id ?? null)}
              onTakeTheirs={forgetAndClose}
              onCombine={combine}
              onClose={() => send({ type: 'CONFLICT_DISMISSED' })}
            />
          ) : null}

          <ConfirmDialog
            opened={confirmCancel}
            title={t('editor.discardTitle')}
            tone="danger"
            confirmLabel={t('editor.discardConfirm')}
            cancelLabel={t('editor.keepEditing')}
            onCancel={() => setConfirmCancel(false)}
            onConfirm={forgetAndClose}
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
        </>
      ) : null}
    </Stack>
  );
}

/** Ctrl/Cmd+S saves (instead of the browser's "Save page"). */
function useSaveShortcut(save: () => Promise<void>) {
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
}

/** Closing the tab with unsaved changes: write the draft now and ask the browser to warn; leaving the editor: settle the draft. */
function useDraftOnUnload(writer: { flush(): void; cancel(): void }, isDirty: () => boolean) {
  const isDirtyRef = useRef(isDirty);
  useEffect(() => {
    isDirtyRef.current = isDirty;
  }, [isDirty]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirtyRef.current()) return;
      writer.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (isDirtyRef.current()) writer.flush();
      else writer.cancel();
    };
  }, [writer]);
}
