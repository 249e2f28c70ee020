/**
 * Notifications: what a person is told about, and how e-mail reaches them. Shared by the API (which creates and mails
 * them) and the web (which words and links them). See docs/adr/0012-notifications-from-the-audit-log.md.
 */

/** What a notification says happened. Each kind has its wording on screen and in e-mail. */
export const NOTIFICATION_KINDS = [
  /** A section was assigned to my organisation (focal points). */
  'SECTION_ASSIGNED',
  /** A review cycle opened in which my organisation takes part. */
  'REVIEW_CYCLE_OPENED',
  /** A review cycle opened in which my organisation is a required signatory. */
  'SIGN_OFF_REQUESTED',
  /** A new revision made my organisation's sign-off stale (docs/domain.md rule 4). */
  'SIGN_OFF_STALE',
  /** A signatory requested changes on a section my organisation drafts. */
  'CHANGES_REQUESTED',
  /** Someone replied in a thread I wrote in. */
  'COMMENT_REPLY',
  /** A release of a profile was published. */
  'RELEASE_PUBLISHED',
  /** A review cycle in which my organisation still has to sign off closes soon (3 days, then 1 day before). */
  'REVIEW_CYCLE_CLOSING',
  /** A task of mine or my organisation's passed its due date while still open. */
  'TASK_OVERDUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a person wants e-mail about their notifications. In-app notifications are always kept. */
export const EMAIL_NOTIFICATION_MODES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type EmailNotificationMode = (typeof EMAIL_NOTIFICATION_MODES)[number];
export const DEFAULT_EMAIL_NOTIFICATION_MODE: EmailNotificationMode = 'IMMEDIATE';

/** The daily digest goes out on the first sweep at or after this hour (UTC), once per person and day. */
export const DIGEST_HOUR_UTC = 7;

/** Reminders before a cycle closes, in days; each is sent once per cycle and person. */
export const CYCLE_CLOSING_REMINDER_DAYS = [3, 1] as const;

/**
 * The audit actions that notify someone and the kinds they may produce; recipients are decided by queries (who may
 * read the object, who has something to do). Pure, so that the web and tests can list what notifies.
 */
export const NOTIFYING_ACTIONS: Readonly<Record<string, readonly NotificationKind[]>> = {
  'section.assigned': ['SECTION_ASSIGNED'],
  'review-cycle.opened': ['REVIEW_CYCLE_OPENED', 'SIGN_OFF_REQUESTED'],
  'section.saved': ['SIGN_OFF_STALE'],
  'section.revision-restored': ['SIGN_OFF_STALE'],
  'section.signed-off': ['CHANGES_REQUESTED'],
  'comment.added': ['COMMENT_REPLY'],
  'release.published': ['RELEASE_PUBLISHED'],
};

/** Whether an audit action may notify anyone (the dispatcher skips the rest without a query). */
export const mayNotify = (action: string, data: Record<string, unknown> | null): boolean => {
  if (!Object.hasOwn(NOTIFYING_ACTIONS, action)) return false;
  if (action === 'comment.added') return typeof data?.['parentId'] === 'string';
  if (action === 'section.signed-off') return data?.['decision'] === 'REQUEST_CHANGES';
  if (action === 'section.saved' || action === 'section.revision-restored') return Number(data?.['number'] ?? 1) > 1;
  return true;
};

/** The web paths a notification links to; the web's router knows each of them. */
export const notificationPaths = {
  section: (profileId: string, sectionId: string) => `/profiles/${profileId}/sections/${sectionId}`,
  thread: (profileId: string, sectionId: string, threadId: string) => `/profiles/${profileId}/sections/${sectionId}?thread=${threadId}`,
  reviewCycle: (reviewCycleId: string) => `/review-cycles/${reviewCycleId}`,
  release: (releaseId: string) => `/releases?release=${releaseId}`,
  myWork: '/',
  centre: '/notifications',
  settings: '/notifications/settings',
} as const;

/** A stored title as it may appear in an e-mail subject or a one-line summary: one line, at most `max` characters. */
export function oneLineTitle(title: string, max = 80): string {
  // Control characters and line or paragraph separators become spaces: a subject is one line.
  const visible = Array.from(title, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 ? ' ' : c;
  }).join('');
  const line = visible.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
