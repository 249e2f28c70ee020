import { Alert } from '@mantine/core';
import { useQuery, getFragmentData } from '@mps/web-data-access';
import { EMPTY_DOCUMENT } from '@mps/shared-domain';
import { clearDraft, loadRichTextEditor, readDraft, writeDraft } from '@mps/web-editor';
import { ConfirmDialog, whenIdle } from '@mps/web-ui';
import { QueryError, useLeaveFirstPaint, useSectionReviewSlot, type SlotRevision, type SuggestionToApply } from '@mps/web-util';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editingReducer, initialEditingState, isEditing } from '../editing/section-editing-machine';
import type { SectionEditingEvent, SectionEditingState } from '../editing/section-editing-types';
import { sectionLabel } from '../format';
import { LiveNoticeRegion } from '../live-notice';
import type { OutlineSection } from '../outline-nav';
import { REVISION_FULL_FIELDS, SECTION_QUERY } from '../profile-documents';
import classes from '../profile-page.module.css';
import type { LiveNotice } from '../use-live-updates';
import { SectionHeader } from './section-header';
import { SectionPanel } from './section-panel';
import { SectionPresenceRegion, useSectionPresence } from './section-presence';
import { WithIndicatorCatalogue } from './indicator-blocks';
import { SectionReading } from './section-reading';
import { SaveShortcutHint, useSaveShortcutWhileReading } from './save-shortcut-hint';
import { EditorSkeleton, ProseSkeleton } from './section-skeletons';

/** The editing screen (save bar, merge view, conflict handling) with the editor: loaded when someone edits. */
const loadSectionEditing = () => import('../editing/section-editing');
/**
 * Putting a suggestion into the text (the ProseMirror model, the quote search): loaded when someone applies one while
 * reading, which opens the editor anyway; not part of the reading route's first load (docs/performance.md).
 */
const loadApplySuggestion = () => import('../editing/apply-suggestion');
const SectionEditing = lazy(() => loadSectionEditing().then((m) => ({ default: m.SectionEditing })));
const preloadEditor = () => void Promise.all([loadRichTextEditor(), loadSectionEditing()]).catch(() => undefined);

export interface SectionScreenProps {
  entry: OutlineSection;
  /** Outline actions for this section (rename, move, assign, archive), for those who may manage the outline. */
  actions?: ReactNode;
  /** What someone else just did to this section (see useProfileLiveUpdates). */
  liveNotice?: LiveNotice | null;
  onDismissLiveNotice?(): void;
  /** Told when the section opens and whenever it enters or leaves the editor. */
  onEditingChange?(sectionId: string, editing: boolean): void;
  /** Told after each successful save from the editor. */
  onSaved?(sectionId: string): void;
  /** True when the cache holds the section's latest text (see useProfileLiveUpdates): then nothing is fetched. */
  isFresh?(sectionId: string): boolean;
  /** Told when the screen fetches its section's text from the server. */
  markFresh?(sectionId: string): void;
}

/** The open section (reading or editing) and, beside it, its details and history. */
export function SectionScreen({
  entry,
  actions,
  liveNotice = null,
  onDismissLiveNotice,
  onEditingChange,
  onSaved,
  isFresh,
  markFresh,
}: SectionScreenProps) {
  const { t } = useTranslation();
  const sectionId = entry.id;
  // A section read before (or being fetched with the outline) comes from the cache; any other shows what the cache
  // has, if anything, while its latest text is fetched.
  const [fetchPolicy] = useState<'cache-first' | 'cache-and-network'>(() => (isFresh?.(sectionId) ? 'cache-first' : 'cache-and-network'));
  const { data, error, refetch } = useQuery(SECTION_QUERY, { variables: { id: sectionId }, fetchPolicy });
  useEffect(() => {
    if (fetchPolicy !== 'cache-first') markFresh?.(sectionId);
  }, [fetchPolicy, markFresh, sectionId]);
  const section = data?.section;
  const current = getFragmentData(REVISION_FULL_FIELDS, section?.currentRevision ?? null);
  const canEdit = section?.canEdit ?? entry.canEdit;
  // The server painted this section's text first (docs/adr/0031): the app takes over once it has the text too.
  useLeaveFirstPaint(Boolean(section));
  const [state, dispatch] = useReducer(
    (s: SectionEditingState, e: SectionEditingEvent) => editingReducer(s, e),
    sectionId,
    (id): SectionEditingState => initialEditingState(readDraft(id)),
  );
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = isEditing(state);
  const othersHere = useSectionPresence(sectionId, editing);
  const saveHint = useSaveShortcutWhileReading(canEdit, editing);
  const review = useSectionReviewSlot();
  const applyInEditor = useRef<((suggestion: SuggestionToApply) => boolean) | null>(null);
  /** A suggestion being applied while reading, its code still loading: a second press waits for it. */
  const applyingWhileReading = useRef(false);
  const [applyProblem, setApplyProblem] = useState<string | null>(null);
  const slotRevision = useMemo<SlotRevision | null>(
    () => (current ? { id: current.id, number: current.number, content: current.content, text: current.text } : null),
    [current],
  );

  useEffect(() => {
    onEditingChange?.(sectionId, editing);
  }, [editing, onEditingChange, sectionId]);
  // Back from the editor: focus returns to "Edit".
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) window.setTimeout(() => editButton.current?.focus(), 0);
    wasEditing.current = editing;
  }, [editing]);
  const handleSaved = useCallback(() => onSaved?.(sectionId), [onSaved, sectionId]);

  // Whoever may edit gets the editor's code in the background, so that "Edit" is instant.
  useEffect(() => {
    if (!canEdit) return;
    return whenIdle(preloadEditor);
  }, [canEdit]);

  const startEditing = () => {
    const stored = readDraft(sectionId);
    dispatch({
      type: 'EDIT',
      start: stored
        ? { content: stored.content, baseRevisionId: stored.baseRevisionId, fromDraft: true, appliedSuggestionIds: stored.appliedSuggestionIds }
        : { content: current?.content ?? EMPTY_DOCUMENT, baseRevisionId: current?.id ?? null, fromDraft: false },
    });
  };

  /**
   * "Apply in editor" on a suggestion: while editing, into the text being edited; while reading, editing starts from
   * the local draft if there is one, else from the current revision, with the passage already replaced. Nothing is
   * saved until the person saves; the save then records the suggestion.
   */
  const applySuggestion = (suggestion: SuggestionToApply) => {
    setApplyProblem(null);
    if (editing) {
      if (!applyInEditor.current) setApplyProblem(t('applySuggestion.editorLoading'));
      else if (!applyInEditor.current(suggestion)) setApplyProblem(t('applySuggestion.quoteGone', { quote: suggestion.quote }));
      return;
    }
    if (applyingWhileReading.current) return;
    applyingWhileReading.current = true;
    void loadApplySuggestion()
      .then(
        ({ applySuggestionToContent }) => {
          // The local draft as it is once the code has arrived.
          const stored = readDraft(sectionId);
          const base = stored
            ? { content: stored.content, baseRevisionId: stored.baseRevisionId, applied: stored.appliedSuggestionIds ?? [] }
            : { content: current?.content ?? EMPTY_DOCUMENT, baseRevisionId: current?.id ?? null, applied: [] };
          const content = applySuggestionToContent(base.content, suggestion);
          if (content === null) {
            setApplyProblem(t(stored ? 'applySuggestion.quoteGone' : 'applySuggestion.quoteMissing', { quote: suggestion.quote }));
            return;
          }
          const appliedSuggestionIds = [...new Set([...base.applied, suggestion.commentId])];
          // Kept as a local draft at once: closing the tab before typing anything loses nothing.
          writeDraft(sectionId, { content, baseRevisionId: base.baseRevisionId, appliedSuggestionIds });
          dispatch({ type: 'EDIT', start: { content, baseRevisionId: base.baseRevisionId, fromDraft: Boolean(stored), appliedSuggestionIds } });
        },
        // The code did not arrive (offline, a new deployment): the same advice as while the editor opens.
        () => setApplyProblem(t('applySuggestion.editorLoading')),
      )
      .finally(() => {
        applyingWhileReading.current = false;
      });
  };

  const discardDraft = () => {
    clearDraft(sectionId);
    dispatch({ type: 'DRAFT_DISCARDED' });
    setConfirmDiscard(false);
  };

  let body: ReactNode;
  if (error && !section) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!section) body = <ProseSkeleton />;
  else if (editing) {
    body = (
      <Suspense fallback={<EditorSkeleton />}>
        <WithIndicatorCatalogue>
        <SectionEditing
          sectionId={sectionId}
          sectionLabel={sectionLabel(entry)}
          state={state}
          dispatch={dispatch}
          onSaved={handleSaved}
          applyRef={applyInEditor}
        />
        </WithIndicatorCatalogue>
      </Suspense>
    );
  } else {
    body = (
      <SectionReading
        html={current?.html ?? null}
        reading={review && slotRevision ? <review.Reading sectionId={sectionId} revision={slotRevision} /> : undefined}
        currentRevisionId={current?.id ?? null}
        canEdit={canEdit}
        draft={state.draft}
        onRestoreDraft={startEditing}
        onDiscardDraft={() => setConfirmDiscard(true)}
        onPreloadEditor={preloadEditor}
      />
    );
  }

  // The review side's reading view and panel share what is selected through its scope.
  const Scope = review?.Scope ?? PlainScope;
  return (
    <Scope sectionId={sectionId}>
      <article aria-labelledby="section-title" className={classes.sectionArea} data-wide={state.combineWith ? true : undefined}>
        <SectionHeader
          entry={entry}
          edit={!editing && canEdit ? { disabled: !section, onClick: startEditing, onPreload: preloadEditor } : null}
          editButtonRef={editButton}
          actions={editing ? null : actions}
        />
        {review?.JumpLink && section ? (
          <div className={classes.reviewJump}>
            <review.JumpLink sectionId={sectionId} />
          </div>
        ) : null}
        <SectionPresenceRegion others={othersHere} editing={editing} />
        <SaveShortcutHint hint={saveHint} />
        <LiveNoticeRegion notice={liveNotice} onDismiss={() => onDismissLiveNotice?.()} />
        {applyProblem ? (
          <Alert color="orange" variant="light" mb="md" role="alert" withCloseButton closeButtonLabel={t('applySuggestion.dismiss')} onClose={() => setApplyProblem(null)}>
            {applyProblem}
          </Alert>
        ) : null}
        {body}
      </article>
      <SectionPanel
        section={section}
        current={current}
        canEdit={canEdit}
        review={
          review && section ? (
            <review.Panel
              sectionId={sectionId}
              revision={slotRevision}
              canEdit={canEdit}
              pendingSuggestionIds={state.appliedSuggestionIds}
              onApplySuggestion={applySuggestion}
            />
          ) : null
        }
      />
      <ConfirmDialog
        opened={confirmDiscard}
        title={t('draft.discardTitle')}
        tone="danger"
        confirmLabel={t('draft.discardConfirm')}
        cancelLabel={t('draft.keep')}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={discardDraft}
      >
        {t('draft.discardBody')}
      </ConfirmDialog>
    </Scope>
  );
}

function PlainScope({ children }: { sectionId: string; children: ReactNode }) {
  return <>{children}</>;
}
