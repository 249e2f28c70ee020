/** What the profile screen does when someone changes the profile it shows (pure: no React, no Apollo). */
import { OUTLINE_EVENT_TYPES as OUTLINE_TYPES, type ProfileEventType } from '@mps/shared-domain';

/** Event types that change the outline: titles, order, numbering, assignments, what is in it. */
export const OUTLINE_EVENT_TYPES: ReadonlySet<string> = new Set<ProfileEventType>(OUTLINE_TYPES);

export const SECTION_SAVED: ProfileEventType = 'SECTION_SAVED';

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
  | { kind: 'warn-editor'; sectionId: string; actorName: string | null; at: string };

export function decideLiveAction(event: LiveEvent, context: LiveContext): LiveAction {
  if (event.actor && context.currentUserId && event.actor.id === context.currentUserId) return { kind: 'ignore' };
  if (OUTLINE_EVENT_TYPES.has(event.type)) return { kind: 'refetch-outline' };
  if (event.type !== SECTION_SAVED) return { kind: 'ignore' };
  // A save elsewhere may change that section's status in the outline.
  if (!event.sectionId || event.sectionId !== context.openSectionId) return { kind: 'refetch-outline' };
  const detail = { sectionId: event.sectionId, actorName: event.actor?.displayName ?? null, at: event.at };
  return context.editing ? { kind: 'warn-editor', ...detail } : { kind: 'reload-section', ...detail };
}
