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

/** Something happened to a comment thread of a section. `reviewCycleId` is null for internal comments. */
export const COMMENT_EVENT_TYPES = [
  'COMMENT_ADDED',
  'COMMENT_RESOLVED',
  'COMMENT_REOPENED',
  'COMMENT_DISPOSITION_SET',
  'SUGGESTION_APPLIED',
  'SUGGESTION_DECLINED',
] as const;
export type CommentEventType = (typeof COMMENT_EVENT_TYPES)[number];

export interface CommentEvent extends EventBase {
  type: CommentEventType;
  profileId: string;
  sectionId: string;
  commentId: string;
  reviewCycleId: string | null;
}

/** A required signatory approved or requested changes on the section's current revision. */
export interface SignOffGivenEvent extends EventBase {
  type: 'SIGNOFF_GIVEN';
  profileId: string;
  sectionId: string;
  signOffId: string;
}

/** The section's status changed (docs/domain.md rule 5). */
export interface SectionStatusChangedEvent extends EventBase {
  type: 'SECTION_STATUS_CHANGED';
  profileId: string;
  sectionId: string;
  /** One of SectionStatus: DRAFTING, IN_REVIEW, CHANGES_REQUESTED, APPROVED. */
  status: string;
}

/** A review cycle opened or closed (by a coordinator, or by itself at its closing date: actorId null). */
export interface ReviewCycleEvent extends EventBase {
  type: 'REVIEW_CYCLE_OPENED' | 'REVIEW_CYCLE_CLOSED';
  profileId: string;
  sectionId: null;
  reviewCycleId: string;
}

/** A release of the profile was prepared (a candidate), published or withdrawn. */
export interface ReleaseEvent extends EventBase {
  type: 'RELEASE_PREPARED' | 'RELEASE_PUBLISHED' | 'RELEASE_WITHDRAWN';
  profileId: string;
  sectionId: null;
  releaseId: string;
}

/**
 * A task was created or changed status (by hand, or by the workflow: data about who it is for rides along so that
 * listeners, such as reminders, need not re-read the task to decide whom it concerns).
 */
export interface TaskEvent extends EventBase {
  type: 'TASK_CREATED' | 'TASK_STATUS_CHANGED';
  profileId: string;
  sectionId: string | null;
  reviewCycleId: string | null;
  taskId: string;
  /** One of TaskStatus, after the change. */
  status: string;
  assigneeUserId: string | null;
  assigneeOrganizationId: string | null;
}

/** A membership ended; the person's sessions were revoked with it. */
export interface MemberDeactivatedEvent extends EventBase {
  type: 'MEMBER_DEACTIVATED';
  membershipId: string;
  userId: string;
}

/**
 * Some people's notifications changed (new ones arrived): their bells refetch the unread count. Ids only; the
 * notificationEvents subscription delivers it to the people named, and only to them.
 */
export interface NotificationsChangedEvent extends EventBase {
  type: 'NOTIFICATIONS_CHANGED';
  userIds: string[];
}

/**
 * Who has a section open changed (someone opened it, started or stopped editing, or left). Not a committed change:
 * a signal for the section's presence subscribers, on every instance, to read the presence store again. It names
 * no profile, so it never reaches profileEvents.
 */
export interface PresenceChangedEvent extends EventBase {
  type: 'PRESENCE_CHANGED';
  sectionId: string;
}

export type DomainEvent =
  | NotificationsChangedEvent
  | SectionSavedEvent
  | OutlineChangedEvent
  | CommentEvent
  | SignOffGivenEvent
  | SectionStatusChangedEvent
  | ReviewCycleEvent
  | ReleaseEvent
  | TaskEvent
  | MemberDeactivatedEvent
  | PresenceChangedEvent;
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
  COMMENT_ADDED: 'a comment or reply was added to a thread of the section',
  COMMENT_RESOLVED: 'a thread was resolved',
  COMMENT_REOPENED: 'a resolved thread was reopened',
  COMMENT_DISPOSITION_SET: "a comment's disposition (accepted, partly, not) was recorded",
  SUGGESTION_APPLIED: 'suggested wording was taken into a saved revision',
  SUGGESTION_DECLINED: 'suggested wording was declined, with a reason',
  SIGNOFF_GIVEN: 'an organisation approved or requested changes on the current revision',
  SECTION_STATUS_CHANGED: "the section's status changed (DRAFTING, IN_REVIEW, CHANGES_REQUESTED, APPROVED)",
  REVIEW_CYCLE_OPENED: 'a review cycle opened (sectionId is null; reviewCycleId names it)',
  REVIEW_CYCLE_CLOSED: 'a review cycle closed (sectionId is null; reviewCycleId names it)',
  RELEASE_PREPARED: 'a release candidate was prepared (sectionId is null; releaseId names it)',
  RELEASE_PUBLISHED: 'a release was published (sectionId is null; releaseId names it)',
  RELEASE_WITHDRAWN: 'a published release was withdrawn (sectionId is null; releaseId names it)',
  TASK_CREATED: 'a task was created, by hand or by the workflow (taskId names it)',
  TASK_STATUS_CHANGED: "a task's status changed, by hand or by the workflow (taskId names it)",
};

export function isProfileEvent(event: DomainEvent): event is ProfileEvent {
  return Object.hasOwn(PROFILE_EVENT_TYPES, event.type);
}
