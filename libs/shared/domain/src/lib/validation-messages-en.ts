/**
 * The limits and the English wording of the shared input rules (input-schemas.ts), without zod: the web's first
 * paint needs the sentences (its `validation` strings) but not the schemas, which load with the forms that use them.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './validation';

/** Lengths after trimming. The numbers appear in messages by these names (see VALIDATION_MESSAGES_EN). */
export const INPUT_LIMITS = {
  /** Names and titles: workspace, organisation, profile section. */
  textMax: 200,
  slugMax: 60,
  acronymMax: 20,
  displayNameMax: 120,
  passwordMin: PASSWORD_MIN_LENGTH,
  passwordMax: PASSWORD_MAX_LENGTH,
  /** A comment, a reply or a suggested wording. */
  commentMax: 10_000,
  /** A sign-off note, a disposition's reason, why a suggestion was declined. */
  reasonMax: 2_000,
  /** Sections, and organisations on each side, of one review cycle. */
  cycleSectionsMax: 500,
  cycleOrganizationsMax: 200,
  /** A release version ("2024.1"). */
  releaseVersionMax: 20,
  /** Release notes. */
  notesMax: 10_000,
  /** A profile's edition ("2024", "2019-2023"). */
  editionMax: 40,
  /** An indicator's code ("IMM.STOCK"), stable across catalogue versions and editions. */
  indicatorCodeMax: 40,
  /** An indicator's definition, a national definition, a note: a long paragraph. */
  definitionMax: 4_000,
} as const;

/**
 * English wording of every validation message, in i18next's syntax. `field` is the field's label as the
 * sentence needs it (the web passes its translated label, the API an English one); the numbers come from
 * INPUT_LIMITS. The web registers these as its `validation` strings, so the wording exists once.
 */
export const VALIDATION_MESSAGES_EN = {
  required: 'Enter {{field}}',
  selectOne: 'Select {{field}}',
  textTooLong: 'Shorten {{field}} to {{textMax}} characters or fewer',
  slugTooLong: 'Shorten the slug to {{slugMax}} characters or fewer',
  acronymTooLong: 'Shorten the acronym to {{acronymMax}} characters or fewer',
  displayNameTooLong: 'Shorten the display name to {{displayNameMax}} characters or fewer',
  email: 'Enter an email address in the correct format, like name@ministry.gov',
  slug: 'Use only lower-case letters, digits and single hyphens, like republic-of-norland',
  countryCode: 'Enter the country code as 2 capital letters, like MD',
  countryCodeNeeded: 'Enter the country code: a national workspace needs one',
  passwordLength: 'The password must be between {{passwordMin}} and {{passwordMax}} characters long',
  signInEmailRequired: 'Enter your email address',
  signInPasswordRequired: 'Enter your password',
  passwordsDiffer: 'The two passwords are not the same: type the new password again',
  currentPasswordRequired: 'Enter your current password',
  sectionTitleRequired: 'Enter a title for the section',
  commentTooLong: 'Shorten {{field}} to {{commentMax}} characters or fewer',
  reasonTooLong: 'Shorten {{field}} to {{reasonMax}} characters or fewer',
  pickSections: 'Choose at least one section',
  tooManySections: 'A review cycle may hold at most {{cycleSectionsMax}} sections',
  tooManyOrganizations: 'Choose at most {{cycleOrganizationsMax}} organisations',
  closingDate: 'Enter a closing date and time in the future',
  releaseVersion: 'Use 1 to {{releaseVersionMax}} letters, digits, dots or hyphens for {{field}}, like 2024.1',
  notesTooLong: 'Shorten {{field}} to {{notesMax}} characters or fewer',
  editionTooLong: 'Shorten {{field}} to {{editionMax}} characters or fewer',
  taskAssignee: 'Choose one person or one organisation to do the task',
  dueDate: 'Enter the due date as a valid date',
  indicatorCode: 'Use 1 to {{indicatorCodeMax}} capital letters, digits, dots, hyphens or underscores for {{field}}, like IMM.STOCK',
  definitionTooLong: 'Shorten {{field}} to {{definitionMax}} characters or fewer',
  period: 'Enter {{field}} as a year (2023), a range of years (2019-2023), a quarter (2023-Q2) or a month (2023-06)',
  number: 'Enter {{field}} as a number, like 12500 or 3.75',
  valueOrGap: 'Enter a value, or mark the figure as a data gap',
  gapHasValue: 'A data gap has no value: leave the value empty or untick the data gap',
  comparabilityReason: 'Explain why the figure is not fully comparable',
  chooseOrFootnote: 'Choose one of the figures or write a footnote',
  date: 'Enter {{field}} as a date, like 2025-03-12',
} as const;

export type ValidationMessageId = keyof typeof VALIDATION_MESSAGES_EN;
/** The message a schema issue carries: the translation key of one VALIDATION_MESSAGES_EN entry. */
export type ValidationMessageKey = `validation.${ValidationMessageId}`;

export function isValidationMessageKey(message: unknown): message is ValidationMessageKey {
  return (
    typeof message === 'string' &&
    message.startsWith('validation.') &&
    Object.hasOwn(VALIDATION_MESSAGES_EN, message.slice('validation.'.length))
  );
}

/** The English sentence for a schema message; `field` fills {{field}}. Unknown messages are returned as they are. */
export function validationMessageEn(message: string, field: string): string {
  if (!isValidationMessageKey(message)) return message;
  const params: Record<string, string | number> = { ...INPUT_LIMITS, field };
  const text = VALIDATION_MESSAGES_EN[message.slice('validation.'.length) as ValidationMessageId];
  const sentence = text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}
