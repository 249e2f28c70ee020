/**
 * Accounts people manage themselves: invitations (pending memberships) and password resets. The API and the web
 * share these so that the links in e-mails and the routes that open them cannot drift apart (ADR 0015).
 */

/** A membership's life: invited (until accepted), active, and how it ended. */
export const MEMBERSHIP_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED', 'DECLINED', 'CANCELLED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long an e-mailed invitation link stays valid; a resend issues a new link with a new period. */
export const INVITATION_TTL_MS = 14 * DAY;
/** How long an e-mailed password reset link stays valid. */
export const PASSWORD_RESET_TTL_MS = 30 * MINUTE;
/** A coordinator may send an invitation again once this long has passed since the last mail... */
export const INVITATION_RESEND_INTERVAL_MS = 5 * MINUTE;
/** ...and at most this many mails per invitation in all (the first one included). */
export const INVITATION_MAX_SENDS = 5;

/**
 * Web routes that e-mailed links open. The token travels in the URL fragment (`#...`), which browsers never send to
 * a server, so it stays out of access logs, proxies and Referer headers.
 */
export const INVITATION_ROUTE = '/invitation';
export const PASSWORD_RESET_ROUTE = '/reset-password';

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}${INVITATION_ROUTE}#${token}`;
export const passwordResetLink = (publicUrl: string, token: string) => `${publicUrl}${PASSWORD_RESET_ROUTE}#${token}`;

/** The token of a link's fragment as the web reads it (`#abc` -> `abc`), or null when there is none. */
export function tokenFromFragment(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}
