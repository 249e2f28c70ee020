import { useDataClient, useMutation, describeError, errorExtensions, getFragmentData, hasErrorCode } from '@mps/web-data-access';
import { clearDraft, writeDraft, type DocumentSnapshot, type RichTextEditorHandle } from '@mps/web-editor';
import { problemMessage } from '@mps/web-util';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REVISION_FULL_FIELDS, SAVE_SECTION_MUTATION, SECTION_QUERY } from '../profile-documents';
import type { SectionEditingEvent, SectionEditingState } from './section-editing-types';

function currentRevisionIdOf(error: unknown): string | null {
  const ext = errorExtensions(error);
  return typeof ext['currentRevisionId'] === 'string' ? ext['currentRevisionId'] : null;
}

export interface SaveSectionOptions {
  sectionId: string;
  /** The editor, once ready. */
  getEditor(): RichTextEditorHandle | null;
  /** The machine's state as of the last event (not the last render). */
  getState(): SectionEditingState;
  /** Records the document as saved (later changes are compared with it). */
  setBaseline(snapshot: DocumentSnapshot): void;
  send(event: SectionEditingEvent): void;
  /** Stops the pending debounced draft write (the save writes its own). */
  cancelPendingDraft(): void;
  summary: string;
  onSaved(revisionNumber: number): void;
}

/**
 * Saves the editor's text as a new revision, keeping the local draft until the
 * server has it; a refusal because someone saved first becomes a conflict with
 * their version. Returns `save(baseRevisionId?)`.
 */
export function useSaveSection({ sectionId, getEditor, getState, setBaseline, send, cancelPendingDraft, summary, onSaved }: SaveSectionOptions) {
  const { t } = useTranslation();
  const client = useDataClient();
  const [saveSection] = useMutation(SAVE_SECTION_MUTATION);
  const saving = useRef(false);

  return useCallback(
    async (base: string | null = getState().baseRevisionId) => {
      const handle = getEditor();
      if (saving.current || !handle) return;
      saving.current = true;
      const content = handle.getJSON();
      const atSave = handle.snapshot();
      // The draft is on disk before the request leaves: a failure loses nothing.
      cancelPendingDraft();
      const appliedSuggestionIds = [...getState().appliedSuggestionIds];
      if (getState().dirty) writeDraft(sectionId, { content, baseRevisionId: base, appliedSuggestionIds });
      send({ type: 'SAVE', baseRevisionId: base });
      try {
        const result = await saveSection({
          variables: {
            input: {
              sectionId,
              baseRevisionId: base,
              content,
              summary: summary.trim() || null,
              // The threads whose wording this save takes record its revision.
              ...(appliedSuggestionIds.length ? { appliedSuggestionIds } : {}),
            },
          },
        });
        const revision = result.data?.saveSection;
        if (!revision) throw new Error('No revision returned');
        setBaseline(atSave);
        const clean = handle.isUnchangedSince(atSave);
        if (clean) clearDraft(sectionId);
        else {
          const later = getState().appliedSuggestionIds.filter((id) => !appliedSuggestionIds.includes(id));
          writeDraft(sectionId, { content: handle.getJSON(), baseRevisionId: revision.id, appliedSuggestionIds: later });
        }
        send({ type: 'SAVED', revisionId: revision.id, number: revision.number, clean, appliedSuggestionIds });
        onSaved(revision.number);
      } catch (err) {
        const problem = describeError(err);
        if (hasErrorCode(err, 'CONFLICT')) {
          const { data } = await client
            .query({ query: SECTION_QUERY, variables: { id: sectionId }, fetchPolicy: 'network-only' })
            .catch(() => ({ data: undefined }));
          const theirs = getFragmentData(REVISION_FULL_FIELDS, data?.section.currentRevision ?? null);
          if (theirs && theirs.id !== base) send({ type: 'CONFLICTED', theirs, mineContent: handle.getJSON() });
          else {
            const currentRevisionId = theirs ? null : currentRevisionIdOf(err);
            send({ type: 'FAILED', message: problemMessage(t, problem), offline: false, currentRevisionId });
          }
        } else {
          send({ type: 'FAILED', message: problemMessage(t, problem), offline: problem.code === 'NETWORK' });
        }
      } finally {
        saving.current = false;
      }
    },
    [cancelPendingDraft, client, getEditor, getState, onSaved, saveSection, sectionId, send, setBaseline, summary, t],
  );
}
