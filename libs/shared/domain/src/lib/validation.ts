/** Small validators shared by the API (authoritative) and the web app (early feedback). */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The longest address SMTP can deliver to (RFC 5321 path limit less the brackets). */
export const EMAIL_MAX_LENGTH = 254;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_RE.test(email.trim());
}

/** Workspace slugs appear in URLs: lower-case letters, digits and single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 3166-1 alpha-2 (e.g. "MD"), or alpha-3 for regional groupings is not allowed: use REGIONAL without a code. */
export const COUNTRY_CODE_RE = /^[A-Z]{2}$/;
