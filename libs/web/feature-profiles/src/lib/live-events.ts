/** What the profile screen does when someone changes the profile it shows (pure: no React, no GraphQL client). */
import { COMMENT_EVENT_TYPES, OUTLINE_EVENT_TYPES as OUTLINE_TYPES, type ProfileEventType } from '@mps/shared-domain';

/** Event types that change the outline: titles, order, numbering, assignments, what is in it. */
export const OUTLINE_EVENT_TYPES: ReadonlySet<string> = new Set<ProfileEventType>(OUTLINE_TYPES);

export const SECTION_SAVED: ProfileEventType = 'SECTION_SAVED';

/** Event types of a section's review side: its threads, sign-offs and status. */
export const REVIEW_EVENT_TYPES: ReadonlySet<string> = new Set<ProfileEventType>([
  ...COMMENT_EVENT_TYPES,
  'SIGNOFF_GIVEN',
  'SECTION_STATUS_CHANGED',
]);
/** Review events that change the outline's counts (open threads, sign-offs): the outline is refetched for them. */
export const COUNT_EVENT_TYPES: ReadonlySet<string> = new Set<ProfileEventType>(['COMMENT_ADDED', 'COMMENT_RESOLVED', 'COMMENT_REOPENED', 'SIGNOFF_GIVEN']);
/** A review cycle opened or closed: which sections are in review (for contributors, which they may read) changed. */
export const CYCLE_EVENT_TYPES: ReadonlySet<string> = new Set<ProfileEventType>(['REVIEW_CYCLE_OPENED', 'REVIEW_CYCLE_CLOSED']);

export interface LiveEvent {
  type: string;
  sectionId: string | null;
  /** ISO date-time of the change. */
  at: string;
  actor: { id: string; displayName: string } | null;
}

export interface LiveContext {
  /** The signed-in person (null while unknown: then every event counts as someone else's). */
  currentUserId: string | null;
  /** The section open in the middle of the screen. */
  openSectionId: string | null;
  /** True while that section is open in the editor. */
  editing: boolean;
}

export type LiveAction =
  /** Nothing to do: one's own change (the mutation already updated the cache) or an unknown event. */
  | { kind: 'ignore' }
  /** Refetch the outline quietly (statuses, titles, order, assignments). */
  | { kind: 'refetch-outline' }
  /** The open section, being read, has a new version: refetch it, then say so politely. */
  | { kind: 'reload-section'; sectionId: string; actorName: string | null; at: string }
  /** The open section, being edited, has a new version: leave the editor alone and warn (the details beside it may catch up). */
  | { kind: 'warn-editor'; sectionId: string; actorName: string | null; at: string }
  /**
   * The open section's threads, sign-offs or status changed: refetch its review side (and the outline for a status
   * or a change of its counts);
   * say so politely when someone commented or signed off.
   */
  | {
      kind: 'refresh-review';
      sectionId: string;
      outline: boolean;
      notice: 'commented' | 'signed-off' | null;
      actorName: string | null;
      at: string;
    }
  /** A review cycle opened or closed: refetch the outline (statuses, cycles, what a contributor reads) and the open section's review side. */
  | { kind: 'cycle-changed' };

export function decideLiveAction(event: LiveEvent, context: LiveContext): LiveAction {
  if (event.actor && context.currentUserId && event.actor.id === context.currentUserId) {
    // One's own mutation updated its section's review side, not the outline's counts.
    return COUNT_EVENT_TYPES.has(event.type) ? { kind: 'refetch-outline' } : { kind: 'ignore' };
  }
  if (OUTLINE_EVENT_TYPES.has(event.type)) return { kind: 'refetch-outline' };
  if (CYCLE_EVENT_TYPES.has(event.type)) return { kind: 'cycle-changed' };
  if (REVIEW_EVENT_TYPES.has(event.type)) {
    const status = event.type === 'SECTION_STATUS_CHANGED';
    const outline = status || COUNT_EVENT_TYPES.has(event.type);
    if (!event.sectionId || event.sectionId !== context.openSectionId) return outline ? { kind: 'refetch-outline' } : { kind: 'ignore' };
    const notice = event.type === 'COMMENT_ADDED' ? 'commented' : event.type === 'SIGNOFF_GIVEN' ? 'signed-off' : null;
    return { kind: 'refresh-review', sectionId: event.sectionId, outline, notice, actorName: event.actor?.displayName ?? null, at: event.at };
  }
  if (event.type !== SECTION_SAVED) return { kind: 'ignore' };
  // A save elsewhere may change that section's status in the outline.
  if (!event.sectionId || event.sectionId !== context.openSectionId) return { kind: 'refetch-outline' };
  const detail = { sectionId: event.sectionId, actorName: event.actor?.displayName ?? null, at: event.at };
  return context.editing ? { kind: 'warn-editor', ...detail } : { kind: 'reload-section', ...detail };
}
