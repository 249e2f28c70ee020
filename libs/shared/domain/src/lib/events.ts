/**
 * Domain events: what happened, to which object, by whom and when. They carry ids only, never text: whoever
 * hears one re-reads what it is allowed to see, so an event can never carry content past the access rules.
 * One union for the API's publishers, its subscriptions and the web.
 */
interface EventBase {
  workspaceId: string;
  /** Who made the change; null for a server-side process. */
  actorId: string | null;
  /** ISO date-time of the change. */
  at: string;
}

/** Changes to a profile's outline: afterwards titles, order, numbering or assignments of its sections may differ. */
export const OUTLINE_EVENT_TYPES = [
  'SECTION_ADDED',
  'SECTION_RENAMED',
  'SECTION_MOVED',
  'SECTION_ARCHIVED',
  'SECTION_ASSIGNED',
] as const;
export type OutlineEventType = (typeof OUTLINE_EVENT_TYPES)[number];

export interface OutlineChangedEvent extends EventBase {
  type: OutlineEventType;
  profileId: string;
  sectionId: string;
}

/** A new revision became the section's current one (a save, or a restore of an older revision). */
export interface SectionSavedEvent extends EventBase {
  type: 'SECTION_SAVED';
  profileId: string;
  sectionId: string;
  revisionId: string;
}

/** A membership ended; the person's sessions were revoked with it. */
export interface MemberDeactivatedEvent extends EventBase {
  type: 'MEMBER_DEACTIVATED';
  membershipId: string;
  userId: string;
}

export type DomainEvent = SectionSavedEvent | OutlineChangedEvent | MemberDeactivatedEvent;
export type DomainEventType = DomainEvent['type'];

/** The events about one profile, as the profileEvents subscription delivers them. */
export type ProfileEvent = Extract<DomainEvent, { profileId: string }>;
export type ProfileEventType = ProfileEvent['type'];

/** Every profile event type and what it means; the compiler insists each one is listed. */
export const PROFILE_EVENT_TYPES: Readonly<Record<ProfileEventType, string>> = {
  SECTION_SAVED: 'a new revision of the section, saved or restored',
  SECTION_ADDED: 'a section was added to the outline',
  SECTION_RENAMED: 'a section was renamed',
  SECTION_MOVED: 'a section moved, which may renumber others',
  SECTION_ARCHIVED: 'a section and its subsections were archived',
  SECTION_ASSIGNED: "a section's assigned organisations changed",
};

export function isProfileEvent(event: DomainEvent): event is ProfileEvent {
  return Object.hasOwn(PROFILE_EVENT_TYPES, event.type);
}
