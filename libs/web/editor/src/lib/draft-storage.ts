/**
 * Local drafts: what someone typed but has not saved yet, kept in this browser
 * per section so that a closed tab, a crash or a lost connection loses nothing.
 * Key `mps.draft.<sectionId>`, value {content, baseRevisionId, savedAt, appliedSuggestionIds?}.
 */

export interface StoredDraft {
  /** The editor's document (ProseMirror JSON). */
  content: unknown;
  /** The revision the edit started from (null for a section with no revision yet). */
  baseRevisionId: string | null;
  /** When the draft was last written (ISO 8601). */
  savedAt: string;
  /** Comments whose suggested wording the draft took in (sent with the save that records them). */
  appliedSuggestionIds?: string[];
}

export const DRAFT_KEY_PREFIX = 'mps.draft.';

export function draftKey(sectionId: string): string {
  return `${DRAFT_KEY_PREFIX}${sectionId}`;
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null; // storage disabled (privacy settings)
  }
}

/** Writes the draft; returns false when the browser refused (full or disabled storage). */
export function writeDraft(
  sectionId: string,
  draft: { content: unknown; baseRevisionId: string | null; appliedSuggestionIds?: readonly string[] },
  now: Date = new Date(),
): boolean {
  const store = storage();
  if (!store) return false;
  const value: StoredDraft = { content: draft.content, baseRevisionId: draft.baseRevisionId, savedAt: now.toISOString() };
  if (draft.appliedSuggestionIds?.length) value.appliedSuggestionIds = [...draft.appliedSuggestionIds];
  try {
    store.setItem(draftKey(sectionId), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The stored draft of a section, or null when there is none or it is unreadable. */
export function readDraft(sectionId: string): StoredDraft | null {
  const raw = storage()?.getItem(draftKey(sectionId));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft> | null;
    if (!value || typeof value !== 'object') return null;
    const content = value.content as { type?: unknown } | null | undefined;
    if (!content || typeof content !== 'object' || content.type !== 'doc') return null;
    if (value.baseRevisionId !== null && typeof value.baseRevisionId !== 'string') return null;
    if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return null;
    const applied = Array.isArray(value.appliedSuggestionIds) ? value.appliedSuggestionIds.filter((id) => typeof id === 'string') : [];
    return {
      content: value.content,
      baseRevisionId: value.baseRevisionId,
      savedAt: value.savedAt,
      ...(applied.length ? { appliedSuggestionIds: applied } : {}),
    };
  } catch {
    return null;
  }
}

export function clearDraft(sectionId: string): void {
  try {
    storage()?.removeItem(draftKey(sectionId));
  } catch {
    // nothing to do
  }
}

/**
 * Calls `write` at most once per `delay` ms with the latest value; `flush`
 * writes a pending value now, `cancel` forgets it (after a save).
 */
export function createDebouncedWriter<T>(write: (value: T) => void, delay = 500) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const run = () => {
    timer = null;
    if (pending) {
      const { value } = pending;
      pending = null;
      write(value);
    }
  };
  return {
    schedule(value: T) {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delay);
    },
    flush() {
      if (timer) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
