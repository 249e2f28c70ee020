import { INPUT_LIMITS, validationMessageEn } from '@mps/shared-domain';
import type { z } from 'zod';
import { BadUserInputError } from './domain-errors';

/**
 * Checks an input against one of the shared schemas (libs/shared/domain input-schemas.ts, the same the web's
 * forms run) and returns what it parsed (trimmed, normalised). The first problem becomes BAD_USER_INPUT whose
 * extensions.field is the argument's name and whose message names it in words, from `labels`
 * (e.g. { displayName: 'the display name' }).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, labels: Record<string, string>): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  throw new BadUserInputError(validationMessageEn(issue.message, (field && labels[field]) ?? 'a value'), field);
}

/** Trims a required text argument and checks its length; the message names the field for the person typing. */
export function requiredText(value: string | null | undefined, field: string, label: string, max: number = INPUT_LIMITS.textMax): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new BadUserInputError(`${label} is required.`, field);
  if (trimmed.length > max) throw new BadUserInputError(`${label} must be at most ${max} characters.`, field);
  return trimmed;
}

/** Like requiredText, but empty means null. */
export function optionalText(value: string | null | undefined, field: string, label: string, max: number = INPUT_LIMITS.textMax): string | null {
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
