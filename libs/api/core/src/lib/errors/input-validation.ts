import { BadUserInputError } from './domain-errors';

/** Trims a required text argument and checks its length; the message names the field for the person typing. */
export function requiredText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new BadUserInputError(`${label} is required.`, field);
  if (trimmed.length > max) throw new BadUserInputError(`${label} must be at most ${max} characters.`, field);
  return trimmed;
}

/** Like requiredText, but empty means null. */
export function optionalText(value: string | null | undefined, field: string, label: string, max = 200): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  if (trimmed.length > max) throw new BadUserInputError(`${label} must be at most ${max} characters.`, field);
  return trimmed;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not uuids cannot name anything: NOT_FOUND-worthy, but checked before they reach SQL. */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
