import { describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import {
  addMemberFormSchema,
  countryCodeSchema,
  emailSchema,
  INPUT_LIMITS,
  isValidationMessageKey,
  memberSchema,
  newPasswordSchema,
  organizationSchema,
  sectionSchema,
  signInSchema,
  slugSchema,
  validationMessageEn,
  VALIDATION_MESSAGES_EN,
  workspaceSchema,
} from './input-schemas';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './validation';

/** Each field's first message, as a form shows them. */
function messages(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  const found: Record<string, string> = {};
  for (const issue of result.success ? [] : result.error.issues) found[issue.path.join('.')] ??= issue.message;
  return found;
}

describe('input schemas', () => {
  it('trims names and refuses an empty or too long one', () => {
    expect(organizationSchema.parse({ name: '  Ministry of Labour ', acronym: ' ', kind: 'MINISTRY' })).toEqual({
      name: 'Ministry of Labour',
      acronym: null,
      kind: 'MINISTRY',
    });
    expect(messages(organizationSchema, { name: '   ', acronym: 'A'.repeat(21), kind: '' })).toEqual({
      name: 'validation.required',
      acronym: 'validation.acronymTooLong',
      kind: 'validation.selectOne',
    });
    expect(messages(organizationSchema, { name: 'x'.repeat(INPUT_LIMITS.textMax + 1), acronym: null, kind: 'MINISTRY' })).toEqual({
      name: 'validation.textTooLong',
    });
    expect(organizationSchema.safeParse({ name: 'x'.repeat(INPUT_LIMITS.textMax), kind: 'MINISTRY' }).success).toBe(true);
  });

  it('lowers slugs and allows only letters, digits and single hyphens', () => {
    expect(slugSchema.parse(' Republic-of-Norland ')).toBe('republic-of-norland');
    for (const bad of ['a--b', '-a', 'a-', 'a b', 'ä']) expect(messages(slugSchema, bad)).toEqual({ '': 'validation.slug' });
    expect(messages(slugSchema, '')).toEqual({ '': 'validation.required' });
    expect(messages(slugSchema, 'a'.repeat(INPUT_LIMITS.slugMax + 1))).toEqual({ '': 'validation.slugTooLong' });
  });

  it('takes a two-letter country code in any case, and empty as none', () => {
    expect(countryCodeSchema.parse(' md ')).toBe('MD');
    expect(countryCodeSchema.parse('')).toBeNull();
    expect(countryCodeSchema.parse(null)).toBeNull();
    expect(messages(countryCodeSchema, 'MDA')).toEqual({ '': 'validation.countryCode' });
  });

  it('asks a national workspace for its country code, on that field', () => {
    const input = { name: 'Norland', slug: 'norland', kind: 'NATIONAL', countryCode: '' };
    expect(messages(workspaceSchema, input)).toEqual({ countryCode: 'validation.countryCodeNeeded' });
    expect(workspaceSchema.parse({ ...input, kind: 'REGIONAL' }).countryCode).toBeNull();
    expect(workspaceSchema.parse({ ...input, countryCode: 'nl' }).countryCode).toBe('NL');
  });

  it('normalises e-mail addresses and refuses malformed ones', () => {
    expect(emailSchema.parse('  Focal.Point@Ministry.GOV ')).toBe('focal.point@ministry.gov');
    expect(messages(emailSchema, 'not-an-email')).toEqual({ '': 'validation.email' });
    expect(messages(emailSchema, '')).toEqual({ '': 'validation.required' });
    expect(messages(emailSchema, `${'a'.repeat(250)}@b.cd`)).toEqual({ '': 'validation.email' });
  });

  it('holds new passwords to the shared length limits', () => {
    expect(newPasswordSchema.safeParse('x'.repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
    expect(messages(newPasswordSchema, 'x'.repeat(PASSWORD_MIN_LENGTH - 1))).toEqual({ '': 'validation.passwordLength' });
    expect(messages(newPasswordSchema, 'x'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual({ '': 'validation.passwordLength' });
  });

  it('lets the add-member form leave the password empty, but not too short', () => {
    const member = { email: 'a@b.cd', displayName: ' Ana ', organizationId: 'org-1', role: 'FOCAL_POINT', password: '' };
    expect(addMemberFormSchema.parse(member)).toEqual({ ...member, displayName: 'Ana', password: null });
    expect(messages(addMemberFormSchema, { ...member, password: 'short' })).toEqual({ password: 'validation.passwordLength' });
    expect(messages(memberSchema, { email: '', displayName: '', organizationId: '', role: '' })).toEqual({
      email: 'validation.required',
      displayName: 'validation.required',
      organizationId: 'validation.selectOne',
      role: 'validation.selectOne',
    });
  });

  it('asks for sign-in details in the second person, without trimming the password', () => {
    expect(messages(signInSchema, { email: '', password: '' })).toEqual({
      email: 'validation.signInEmailRequired',
      password: 'validation.signInPasswordRequired',
    });
    expect(signInSchema.parse({ email: ' a@b.cd ', password: ' secret ' })).toEqual({ email: 'a@b.cd', password: ' secret ' });
    expect(messages(signInSchema, { email: 'a@b.cd', password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) })).toEqual({
      password: 'validation.passwordLength',
    });
  });

  it('needs a section title of at most 200 characters', () => {
    expect(sectionSchema.parse({ title: ' Annex ' })).toEqual({ title: 'Annex' });
    expect(messages(sectionSchema, { title: ' ' })).toEqual({ title: 'validation.sectionTitleRequired' });
    expect(messages(sectionSchema, { title: 'x'.repeat(201) })).toEqual({ title: 'validation.textTooLong' });
  });
});

describe('validation messages', () => {
  it('word every schema message in English for the API, naming the field and the limit', () => {
    expect(validationMessageEn('validation.required', 'the display name')).toBe('Enter the display name.');
    expect(validationMessageEn('validation.textTooLong', 'the name')).toBe('Shorten the name to 200 characters or fewer.');
    expect(validationMessageEn('validation.passwordLength', 'the password')).toBe(
      `The password must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters long.`,
    );
    expect(validationMessageEn('Something else', 'x')).toBe('Something else');
  });

  it('only ever uses parameters that every caller supplies', () => {
    const known = new Set(['field', ...Object.keys(INPUT_LIMITS)]);
    for (const text of Object.values(VALIDATION_MESSAGES_EN)) {
      for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) expect(known).toContain(name);
    }
  });

  it('recognises its own keys only', () => {
    expect(isValidationMessageKey('validation.email')).toBe(true);
    expect(isValidationMessageKey('validation.toString')).toBe(false);
    expect(isValidationMessageKey('Enter a valid e-mail address.')).toBe(false);
  });
});
