import { describe, expect, it } from 'vitest';
import {
  editingReducer,
  initialEditingState,
  isEditing,
  saveIndicator,
  type EditingEvent,
  type EditingState,
  type EditingStatus,
  type LocalDraft,
} from './section-editing-machine';

interface Rev {
  id: string;
  number: number;
}

const draft: LocalDraft = { baseRevisionId: 'r1', savedAt: '2024-05-03T14:02:00.000Z' };
const theirs: Rev = { id: 'r2', number: 2 };

function run(events: EditingEvent<Rev>[], from: EditingState<Rev> = initialEditingState<Rev>(null)): EditingState<Rev> {
  return events.reduce(editingReducer<Rev>, from);
}

const edit: EditingEvent<Rev> = { type: 'EDIT', start: { content: { type: 'doc' }, baseRevisionId: 'r1', fromDraft: false } };
const editDraft: EditingEvent<Rev> = { type: 'EDIT', start: { content: { type: 'doc' }, baseRevisionId: 'r1', fromDraft: true } };
const save: EditingEvent<Rev> = { type: 'SAVE', baseRevisionId: 'r1' };
const saved: EditingEvent<Rev> = { type: 'SAVED', revisionId: 'r3', number: 3, clean: true };
const conflicted: EditingEvent<Rev> = { type: 'CONFLICTED', theirs, mineContent: { type: 'doc' } };

/** One state of each kind, reached as a person would. */
const states: Record<EditingStatus, EditingState<Rev>> = {
  reading: run([]),
  'recovered-draft': initialEditingState(draft),
  editing: run([edit]),
  saving: run([edit, { type: 'CHANGED', dirty: true }, save]),
  saved: run([edit, { type: 'CHANGED', dirty: true }, save, saved]),
  failed: run([edit, save, { type: 'FAILED', message: 'Refused', offline: false }]),
  offline: run([edit, save, { type: 'FAILED', message: 'No network', offline: true }]),
  conflict: run([edit, { type: 'CHANGED', dirty: true }, save, conflicted]),
  merging: run([edit, { type: 'CHANGED', dirty: true }, save, conflicted, { type: 'COMBINE' }]),
};

describe('section editing state machine', () => {
  it('reaches every state it names', () => {
    for (const [status, state] of Object.entries(states)) expect(state.status).toBe(status);
  });

  describe('reading', () => {
    it('opens on reading, or on the recovered draft when one is found', () => {
      expect(initialEditingState(null)).toMatchObject({ status: 'reading', draft: null, start: null });
      expect(initialEditingState(draft)).toMatchObject({ status: 'recovered-draft', draft });
    });

    it('OPENED re-reads the local draft', () => {
      expect(editingReducer(states.reading, { type: 'OPENED', draft })).toMatchObject({ status: 'recovered-draft', draft });
      expect(editingReducer(states['recovered-draft'], { type: 'OPENED', draft: null }).status).toBe('reading');
    });

    it('EDIT starts editing from the saved text: clean, based on its revision', () => {
      const next = editingReducer(states.reading, edit);
      expect(next).toMatchObject({ status: 'editing', dirty: false, baseRevisionId: 'r1', draft: null, savedAs: null });
      expect(isEditing(next)).toBe(true);
    });

    it('EDIT from a recovered draft starts dirty: a restored draft is unsaved by definition', () => {
      expect(editingReducer(states['recovered-draft'], editDraft)).toMatchObject({ status: 'editing', dirty: true, draft: null });
    });

    it('DRAFT_DISCARDED leaves the recovered draft for plain reading', () => {
      expect(editingReducer(states['recovered-draft'], { type: 'DRAFT_DISCARDED' })).toMatchObject({ status: 'reading', draft: null });
      expect(editingReducer(states.editing, { type: 'DRAFT_DISCARDED' })).toBe(states.editing);
    });

    it('ignores editing events while reading', () => {
      for (const event of [save, saved, conflicted, { type: 'CHANGED', dirty: true }, { type: 'COMBINE' }] as EditingEvent<Rev>[]) {
        expect(editingReducer(states.reading, event)).toBe(states.reading);
        expect(editingReducer(states['recovered-draft'], event)).toBe(states['recovered-draft']);
      }
    });
  });

  describe('editing', () => {
    it('CHANGED tracks whether the text differs from the last save', () => {
      expect(editingReducer(states.editing, { type: 'CHANGED', dirty: true })).toMatchObject({ status: 'editing', dirty: true });
      expect(run([{ type: 'CHANGED', dirty: true }, { type: 'CHANGED', dirty: false }], states.editing).dirty).toBe(false);
    });

    it('CHANGED on each further keystroke keeps the same state, so nothing around the editor re-renders', () => {
      const dirty = editingReducer(states.editing, { type: 'CHANGED', dirty: true });
      expect(editingReducer(dirty, { type: 'CHANGED', dirty: true })).toBe(dirty);
      expect(editingReducer(states.saving, { type: 'CHANGED', dirty: true })).toBe(states.saving);
      // After a save, the first change still moves the status on from "Saved".
      expect(editingReducer(states.saved, { type: 'CHANGED', dirty: true })).not.toBe(states.saved);
    });

    it('EDIT while editing changes nothing', () => {
      expect(editingReducer(states.editing, editDraft)).toBe(states.editing);
    });

    it('SAVE sends the text based on the given revision and clears the last error', () => {
      expect(editingReducer(states.failed, { type: 'SAVE', baseRevisionId: 'r1' })).toMatchObject({ status: 'saving', error: null });
    });

    it('CLOSED returns to reading, offering the draft left behind', () => {
      for (const status of ['editing', 'saving', 'saved', 'failed', 'offline', 'conflict', 'merging'] as const) {
        expect(editingReducer(states[status], { type: 'CLOSED', draft: null })).toEqual(initialEditingState(null));
        expect(editingReducer(states[status], { type: 'CLOSED', draft }).status).toBe('recovered-draft');
      }
    });
  });

  describe('saving', () => {
    it('a second SAVE while one is in flight is ignored', () => {
      expect(editingReducer(states.saving, { type: 'SAVE', baseRevisionId: 'other' })).toBe(states.saving);
    });

    it('CHANGED while saving keeps saving', () => {
      expect(editingReducer(states.saving, { type: 'CHANGED', dirty: true })).toMatchObject({ status: 'saving', dirty: true });
    });

    it('SAVED bases the next save on the new revision and is clean when nothing changed meanwhile', () => {
      expect(states.saved).toMatchObject({ status: 'saved', baseRevisionId: 'r3', savedAs: 3, dirty: false });
      expect(editingReducer(states.saving, { ...saved, clean: false } as EditingEvent<Rev>)).toMatchObject({ status: 'saved', dirty: true });
    });

    it('FAILED keeps the text (and its draft) with the reason; a network failure is offline', () => {
      expect(states.failed).toMatchObject({ status: 'failed', error: 'Refused' });
      expect(states.offline).toMatchObject({ status: 'offline', error: 'No network' });
    });

    it('FAILED can move the base to the revision the server names as current', () => {
      const next = editingReducer(states.saving, { type: 'FAILED', message: 'Conflict', offline: false, currentRevisionId: 'r9' });
      expect(next.baseRevisionId).toBe('r9');
    });

    it('CONFLICTED shows both versions', () => {
      expect(states.conflict).toMatchObject({ status: 'conflict', conflict: { theirs, mineContent: { type: 'doc' } }, dirty: true });
    });

    it('outcomes arriving when not saving are ignored', () => {
      for (const event of [saved, conflicted, { type: 'FAILED', message: 'x', offline: false }] as EditingEvent<Rev>[]) {
        expect(editingReducer(states.editing, event)).toBe(states.editing);
      }
    });
  });

  describe('after a save', () => {
    it('saved, failed and offline give way to editing when the text changes; the error stays until the next save', () => {
      expect(editingReducer(states.saved, { type: 'CHANGED', dirty: true }).status).toBe('editing');
      expect(editingReducer(states.failed, { type: 'CHANGED', dirty: true })).toMatchObject({ status: 'editing', error: 'Refused' });
      expect(editingReducer(states.offline, { type: 'CHANGED', dirty: true }).status).toBe('editing');
    });
  });

  describe('conflict', () => {
    it('keeping mine saves again on top of their revision, with the comparison still open', () => {
      const next = editingReducer(states.conflict, { type: 'SAVE', baseRevisionId: theirs.id });
      expect(next).toMatchObject({ status: 'saving', baseRevisionId: 'r2', conflict: { theirs } });
      expect(editingReducer(next, saved)).toMatchObject({ status: 'saved', conflict: null, combineWith: null });
    });

    it('CONFLICT_DISMISSED returns to editing with the text as it was', () => {
      expect(editingReducer(states.conflict, { type: 'CONFLICT_DISMISSED' })).toMatchObject({ status: 'editing', conflict: null, dirty: true });
    });

    it('if keeping mine fails, the comparison can still be closed or used to combine', () => {
      const failed = run([{ type: 'SAVE', baseRevisionId: theirs.id }, { type: 'FAILED', message: 'Refused', offline: false }], states.conflict);
      expect(failed).toMatchObject({ status: 'failed', conflict: { theirs } });
      expect(editingReducer(failed, { type: 'CONFLICT_DISMISSED' })).toMatchObject({ status: 'failed', conflict: null });
      expect(editingReducer(failed, { type: 'COMBINE' })).toMatchObject({ status: 'failed', combineWith: theirs });
    });

    it('COMBINE shows their version beside the editor and bases the next save on it', () => {
      expect(states.merging).toMatchObject({ status: 'merging', baseRevisionId: 'r2', combineWith: theirs, conflict: null, dirty: true });
    });

    it('COMBINE and CONFLICT_DISMISSED need a conflict', () => {
      expect(editingReducer(states.editing, { type: 'COMBINE' })).toBe(states.editing);
      expect(editingReducer(states.editing, { type: 'CONFLICT_DISMISSED' })).toBe(states.editing);
    });
  });

  describe('merging', () => {
    it('stays merging while the text changes, through failed saves, until a save succeeds', () => {
      const edited = editingReducer(states.merging, { type: 'CHANGED', dirty: true });
      expect(edited.status).toBe('merging');
      const failed = run([{ type: 'SAVE', baseRevisionId: 'r2' }, { type: 'FAILED', message: 'x', offline: true }], edited);
      expect(failed).toMatchObject({ status: 'offline', combineWith: theirs });
      expect(editingReducer(failed, { type: 'CHANGED', dirty: true }).status).toBe('merging');
      expect(run([{ type: 'SAVE', baseRevisionId: 'r2' }, saved], edited)).toMatchObject({ status: 'saved', combineWith: null });
    });
  });

  describe('applied suggestions', () => {
    const apply = (commentId: string): EditingEvent<Rev> => ({ type: 'SUGGESTION_APPLIED', commentId });

    it('SUGGESTION_APPLIED while editing records the comment once and makes the text unsaved', () => {
      const next = run([apply('c-1'), apply('c-1'), apply('c-2')], states.editing);
      expect(next).toMatchObject({ status: 'editing', dirty: true, appliedSuggestionIds: ['c-1', 'c-2'] });
      expect(saveIndicator(next)).toBe('unsaved');
      expect(editingReducer(states.saved, apply('c-3')).status).toBe('editing');
    });

    it('is ignored while reading: applying while reading starts editing with it instead', () => {
      expect(editingReducer(states.reading, apply('c-1'))).toBe(states.reading);
      const started = editingReducer(states.reading, {
        type: 'EDIT',
        start: { content: { type: 'doc' }, baseRevisionId: 'r1', fromDraft: false, appliedSuggestionIds: ['c-1', 'c-1'] },
      });
      expect(started).toMatchObject({ status: 'editing', dirty: true, appliedSuggestionIds: ['c-1'] });
    });

    it('a restored draft brings back the suggestions it took in', () => {
      const restored = editingReducer(states['recovered-draft'], {
        type: 'EDIT',
        start: { content: { type: 'doc' }, baseRevisionId: 'r1', fromDraft: true, appliedSuggestionIds: ['c-9'] },
      });
      expect(restored.appliedSuggestionIds).toEqual(['c-9']);
    });

    it('a successful save clears those it sent; one applied while the save was out waits for the next', () => {
      const saving = run([apply('c-1'), { type: 'SAVE', baseRevisionId: 'r1' }, apply('c-2')], states.editing);
      expect(saving.appliedSuggestionIds).toEqual(['c-1', 'c-2']);
      const after = editingReducer(saving, { type: 'SAVED', revisionId: 'r3', number: 3, clean: false, appliedSuggestionIds: ['c-1'] });
      expect(after).toMatchObject({ status: 'saved', appliedSuggestionIds: ['c-2'] });
    });

    it('a refused or conflicting save keeps them for the next attempt; closing the editor forgets them (the draft keeps them)', () => {
      const failed = run([apply('c-1'), save, { type: 'FAILED', message: 'x', offline: true }], states.editing);
      expect(failed.appliedSuggestionIds).toEqual(['c-1']);
      const conflict = run([apply('c-1'), save, conflicted, { type: 'COMBINE' }], states.editing);
      expect(conflict.appliedSuggestionIds).toEqual(['c-1']);
      expect(editingReducer(conflict, { type: 'CLOSED', draft }).appliedSuggestionIds).toEqual([]);
    });
  });

  describe('save indicator', () => {
    it('says what the save bar shows in each state', () => {
      expect(saveIndicator(states.editing)).toBe('no-changes');
      expect(saveIndicator(editingReducer(states.editing, { type: 'CHANGED', dirty: true }))).toBe('unsaved');
      expect(saveIndicator(states.saving)).toBe('saving');
      expect(saveIndicator(states.saved)).toBe('saved');
      expect(saveIndicator(states.failed)).toBe('not-saved');
      expect(saveIndicator(states.offline)).toBe('not-saved');
      expect(saveIndicator(states.conflict)).toBe('unsaved');
      expect(saveIndicator(states.merging)).toBe('unsaved');
    });
  });
});
