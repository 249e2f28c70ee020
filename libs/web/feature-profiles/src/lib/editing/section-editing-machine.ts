/**
 * The life of a section on screen, from reading to editing and back, as a pure
 * reducer: the components render its state and send it events; saving, drafts
 * on disk and focus are effects they run around it.
 *
 *   reading ──EDIT──▶ editing ──SAVE──▶ saving ──SAVED──▶ saved ──CHANGED──▶ editing
 *      ▲  ▲              ▲                │  │
 *      │  └─ recovered-draft (OPENED with  │  ├─FAILED──▶ failed | offline ──CHANGED/SAVE──▶ …
 *      │     a local draft) ──EDIT──▶ …    │  └─CONFLICTED──▶ conflict ──COMBINE──▶ merging
 *      └──────────── CLOSED (from any editing state) ◀─┘            └─SAVE (keep mine)──▶ saving
 *
 * SUGGESTION_APPLIED (any editing state) records a comment whose suggested wording is now in the text; the next
 * successful SAVED clears the ones its save sent (the server recorded them with that revision).
 */

/** Where an editing session starts: the saved text, or a local draft restored. */
export interface EditingStart {
  content: unknown;
  baseRevisionId: string | null;
  /** True when the content is a restored local draft (it has not been saved yet). */
  fromDraft: boolean;
  /** Suggestions already taken into this content (a restored draft's, or the one applied to start editing). */
  appliedSuggestionIds?: readonly string[];
}

/** A local draft found in the browser (see draft storage in the editor library). */
export interface LocalDraft {
  baseRevisionId: string | null;
  savedAt: string;
}

export type EditingStatus =
  /** Reading the saved text. */
  | 'reading'
  /** Reading, with an unsaved local draft offered to restore or discard. */
  | 'recovered-draft'
  /** Editing; nothing in flight. */
  | 'editing'
  | 'saving'
  /** The last save succeeded (the text may have changed since: see `dirty`). */
  | 'saved'
  /** The last save was refused; the draft is kept locally. */
  | 'failed'
  /** The last save did not reach the server; the draft is kept locally. */
  | 'offline'
  /** Someone else saved first: both versions are shown, three ways on. */
  | 'conflict'
  /** Editing with their newer version shown beside, to combine both by hand. */
  | 'merging';

export interface EditingState<R extends { id: string }> {
  status: EditingStatus;
  /** recovered-draft: the local draft on offer. */
  draft: LocalDraft | null;
  /** While editing: where the session started. */
  start: EditingStart | null;
  /** The revision the next save is based on. */
  baseRevisionId: string | null;
  /** The text differs from what was last saved (a restored draft is unsaved by definition). */
  dirty: boolean;
  /** Number of the revision this session saved last. */
  savedAs: number | null;
  /** Why the last save failed (kept until the next save). */
  error: string | null;
  /** conflict, and saving while resolving one by keeping mine: their version and my document (ProseMirror JSON). */
  conflict: { theirs: R; mineContent: unknown } | null;
  /** merging, and saving or failing while merging: their version shown beside the editor. */
  combineWith: R | null;
  /** Comments whose suggested wording is in the text and not saved yet: the next save records them. */
  appliedSuggestionIds: readonly string[];
}

export type EditingEvent<R extends { id: string }> =
  /** The section opened or the editor closed: with the local draft found, if any. */
  | { type: 'OPENED'; draft: LocalDraft | null }
  | { type: 'EDIT'; start: EditingStart }
  | { type: 'DRAFT_DISCARDED' }
  /** The document changed; `dirty` says whether it now differs from the last saved text. */
  | { type: 'CHANGED'; dirty: boolean }
  /** A save leaves, based on `baseRevisionId` (their revision, when keeping mine after a conflict). */
  | { type: 'SAVE'; baseRevisionId: string | null }
  /** `clean`: the text did not change while the request was out; `appliedSuggestionIds`: those the save sent (now recorded). */
  | { type: 'SAVED'; revisionId: string; number: number; clean: boolean; appliedSuggestionIds?: readonly string[] }
  /** A comment's suggested wording was put into the text. */
  | { type: 'SUGGESTION_APPLIED'; commentId: string }
  | { type: 'FAILED'; message: string; offline: boolean; currentRevisionId?: string | null }
  | { type: 'CONFLICTED'; theirs: R; mineContent: unknown }
  | { type: 'CONFLICT_DISMISSED' }
  | { type: 'COMBINE' }
  /** The editor closed (done, cancelled, discarded, or their version taken), with the draft left, if any. */
  | { type: 'CLOSED'; draft: LocalDraft | null };

const READING = {
  start: null,
  baseRevisionId: null,
  dirty: false,
  savedAs: null,
  error: null,
  conflict: null,
  combineWith: null,
  appliedSuggestionIds: [],
} as const;

/** The state of a section that opens, with the local draft found for it (if any). */
export function initialEditingState<R extends { id: string }>(draft: LocalDraft | null): EditingState<R> {
  return { ...READING, status: draft ? 'recovered-draft' : 'reading', draft };
}

export function isEditing(state: EditingState<{ id: string }>): boolean {
  return state.start !== null;
}

/** Editing with nothing in flight: plain, or beside their version. */
function idle<R extends { id: string }>(state: EditingState<R>): EditingStatus {
  return state.combineWith ? 'merging' : 'editing';
}

export function editingReducer<R extends { id: string }>(state: EditingState<R>, event: EditingEvent<R>): EditingState<R> {
  switch (event.type) {
    case 'OPENED':
    case 'CLOSED':
      return initialEditingState(event.draft);
    case 'EDIT':
      if (isEditing(state)) return state;
      return {
        ...READING,
        status: 'editing',
        draft: null,
        start: event.start,
        baseRevisionId: event.start.baseRevisionId,
        dirty: event.start.fromDraft || Boolean(event.start.appliedSuggestionIds?.length),
        appliedSuggestionIds: [...new Set(event.start.appliedSuggestionIds ?? [])],
      };
    case 'DRAFT_DISCARDED':
      return state.status === 'recovered-draft' ? initialEditingState(null) : state;
  }

  if (!isEditing(state)) return state;
  switch (event.type) {
    case 'CHANGED': {
      // A finished save's outcome gives way to the new text; its error stays visible until the next save.
      const settled = state.status === 'saved' || state.status === 'failed' || state.status === 'offline';
      // Every keystroke says CHANGED: the same state back (nothing re-renders) unless something shown changes.
      if (!settled && state.dirty === event.dirty) return state;
      return { ...state, dirty: event.dirty, status: settled ? idle(state) : state.status };
    }
    case 'SAVE':
      if (state.status === 'saving') return state;
      return { ...state, status: 'saving', baseRevisionId: event.baseRevisionId, error: null };
    case 'SUGGESTION_APPLIED': {
      const settled = state.status === 'saved' || state.status === 'failed' || state.status === 'offline';
      const ids = state.appliedSuggestionIds.includes(event.commentId)
        ? state.appliedSuggestionIds
        : [...state.appliedSuggestionIds, event.commentId];
      return { ...state, appliedSuggestionIds: ids, dirty: true, status: settled ? idle(state) : state.status };
    }
    case 'SAVED': {
      if (state.status !== 'saving') return state;
      // Those the save sent are recorded; one applied while it was out waits for the next save.
      const sent = new Set(event.appliedSuggestionIds ?? []);
      return {
        ...state,
        appliedSuggestionIds: state.appliedSuggestionIds.filter((id) => !sent.has(id)),
        status: 'saved',
        baseRevisionId: event.revisionId,
        dirty: event.clean ? false : state.dirty,
        savedAs: event.number,
        error: null,
        conflict: null,
        combineWith: null,
      };
    }
    case 'FAILED':
      if (state.status !== 'saving') return state;
      return {
        ...state,
        status: event.offline ? 'offline' : 'failed',
        error: event.message,
        baseRevisionId: event.currentRevisionId ?? state.baseRevisionId,
      };
    case 'CONFLICTED':
      if (state.status !== 'saving') return state;
      return { ...state, status: 'conflict', conflict: { theirs: event.theirs, mineContent: event.mineContent } };
    case 'CONFLICT_DISMISSED':
      // Also after keeping mine failed: the comparison stays open until closed.
      if (!state.conflict || state.status === 'saving') return state;
      return { ...state, status: state.status === 'conflict' ? idle(state) : state.status, conflict: null };
    case 'COMBINE':
      if (!state.conflict || state.status === 'saving') return state;
      return {
        ...state,
        // A failed save's outcome stays shown until the text changes or is saved again.
        status: state.status === 'conflict' ? 'merging' : state.status,
        baseRevisionId: state.conflict.theirs.id,
        combineWith: state.conflict.theirs,
        conflict: null,
      };
  }
}

export type SaveIndicator = 'saving' | 'not-saved' | 'unsaved' | 'saved' | 'no-changes';

/** What the save bar says about the text. */
export function saveIndicator(state: EditingState<{ id: string }>): SaveIndicator {
  if (state.status === 'saving') return 'saving';
  if (state.status === 'failed' || state.status === 'offline') return 'not-saved';
  if (state.dirty) return 'unsaved';
  if (state.status === 'saved') return 'saved';
  return 'no-changes';
}
