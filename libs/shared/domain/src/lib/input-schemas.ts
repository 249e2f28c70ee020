/**
 * The input rules the web's forms and the API's services both check, as zod schemas, so that a limit
 * lives in one place and cannot drift apart. The web runs them for early feedback beside each field;
 * the API runs them again (authoritative) and answers BAD_USER_INPUT naming the field.
 *
 * Every message is a translation key under `validation.` (see VALIDATION_MESSAGES_EN): the web translates
 * it with the field's label, the API words it in English with its own label (validationMessageEn).
 */
import { z } from 'zod';
import { ORGANIZATION_KINDS, ROLES, WORKSPACE_KINDS } from './roles';
import { COUNTRY_CODE_RE, isValidEmail, normalizeEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SLUG_RE } from './validation';
import { INPUT_LIMITS, type ValidationMessageId, type ValidationMessageKey } from './validation-messages-en';

export { INPUT_LIMITS, VALIDATION_MESSAGES_EN, isValidationMessageKey, validationMessageEn } from './validation-messages-en';
export type { ValidationMessageId, ValidationMessageKey } from './validation-messages-en';

const key = (id: ValidationMessageId): ValidationMessageKey => `validation.${id}`;

/** Text from a form field or a GraphQL argument (null when the argument was left out), trimmed. */
const trimmed = () =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim());

/** A required text, at most `max` characters once trimmed. */
export function requiredTextSchema(
  max: number,
  messages: { required: ValidationMessageId; tooLong: ValidationMessageId } = { required: 'required', tooLong: 'textTooLong' },
) {
  return trimmed().pipe(z.string().min(1, key(messages.required)).max(max, key(messages.tooLong)));
}

/** An optional text: empty becomes null. */
export function optionalTextSchema(max: number, tooLong: ValidationMessageId) {
  return trimmed()
    .pipe(z.string().max(max, key(tooLong)))
    .transform((value) => value || null);
}

/** A name or title (workspace, organisation): required, at most 200 characters. */
export const nameSchema = requiredTextSchema(INPUT_LIMITS.textMax);
export const acronymSchema = optionalTextSchema(INPUT_LIMITS.acronymMax, 'acronymTooLong');
export const displayNameSchema = requiredTextSchema(INPUT_LIMITS.displayNameMax, {
  required: 'required',
  tooLong: 'displayNameTooLong',
});
export const sectionTitleSchema = requiredTextSchema(INPUT_LIMITS.textMax, {
  required: 'sectionTitleRequired',
  tooLong: 'textTooLong',
});

/** An e-mail address, compared in lower case (normalizeEmail). */
export const emailSchema = trimmed()
  .pipe(z.string().min(1, key('required')).refine(isValidEmail, key('email')))
  .transform(normalizeEmail);

/** Workspace slugs appear in web addresses; typed capitals are lowered rather than refused. */
export const slugSchema = trimmed().pipe(
  z
    .string()
    .min(1, key('required'))
    .max(INPUT_LIMITS.slugMax, key('slugTooLong'))
    .toLowerCase()
    .regex(SLUG_RE, key('slug')),
);

/** ISO 3166-1 alpha-2, upper-cased; empty becomes null. */
export const countryCodeSchema = trimmed()
  .pipe(z.string().toUpperCase().refine((code) => code === '' || COUNTRY_CODE_RE.test(code), key('countryCode')))
  .transform((code) => code || null);

/** The password of a new account. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, key('passwordLength'))
  .max(PASSWORD_MAX_LENGTH, key('passwordLength'));

/** The argument of an account's new password, as the API checks it before hashing. */
export const newAccountPasswordSchema = z.object({ password: newPasswordSchema });

/** Only needed when the account does not exist yet; when given, it must be a valid new password. */
export const optionalNewPasswordSchema = z
  .string()
  .nullish()
  .transform((value) => value || null)
  .pipe(newPasswordSchema.nullable());

export const workspaceKindSchema = z.enum(WORKSPACE_KINDS, { error: key('selectOne') });
export const organizationKindSchema = z.enum(ORGANIZATION_KINDS, { error: key('selectOne') });
export const roleSchema = z.enum(ROLES, { error: key('selectOne') });
/** An id picked from a list (the API checks that it exists). */
export const pickedIdSchema = z.string({ error: key('selectOne') }).min(1, key('selectOne'));

export const signInSchema = z.object({
  email: trimmed()
    .pipe(z.string().min(1, key('signInEmailRequired')).refine(isValidEmail, key('email')))
    .transform(normalizeEmail),
  // Not trimmed: spaces may be part of a password. The upper bound keeps hashing cheap.
  password: z
    .string({ error: key('signInPasswordRequired') })
    .min(1, key('signInPasswordRequired'))
    .max(PASSWORD_MAX_LENGTH, key('passwordLength')),
});

/** A workspace's own fields; to add more, extend this, then apply nationalNeedsCountryCode (a refined schema cannot be extended). */
export const workspaceFieldsSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  kind: workspaceKindSchema,
  countryCode: countryCodeSchema,
});

/** A national workspace is one country's: it needs its code (a regional one may have none). */
export function nationalNeedsCountryCode<S extends z.ZodType<{ kind: string; countryCode: string | null }>>(schema: S) {
  return schema.refine((workspace) => workspace.kind !== 'NATIONAL' || workspace.countryCode !== null, {
    message: key('countryCodeNeeded'),
    path: ['countryCode'],
  });
}

export const workspaceSchema = nationalNeedsCountryCode(workspaceFieldsSchema);

export const organizationSchema = z.object({
  name: nameSchema,
  acronym: acronymSchema,
  kind: organizationKindSchema,
});

export const renameOrganizationSchema = organizationSchema.pick({ name: true, acronym: true });

/** A new member: who they are, and where. The password is checked by newPasswordSchema when an account is created. */
export const memberSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  organizationId: pickedIdSchema,
  role: roleSchema,
});

/** The web's add-member form: the password cannot wait for the server to know whether the account is new. */
export const addMemberFormSchema = memberSchema.extend({ password: optionalNewPasswordSchema });

export const sectionSchema = z.object({ title: sectionTitleSchema });

// --- accounts people manage themselves (docs/domain.md settled details; ADR 0015)

/** Asking for a password reset link: only a well-formed e-mail is needed. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** Choosing a new password from an e-mailed reset link. */
export const resetPasswordSchema = z.object({ newPassword: newPasswordSchema });

/** Changing one's password while signed in: the current one proves it is the owner at the keyboard. */
export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: key('currentPasswordRequired') })
    .min(1, key('currentPasswordRequired'))
    .max(PASSWORD_MAX_LENGTH, key('passwordLength')),
  newPassword: newPasswordSchema,
});

/** Accepting an invitation by creating the account: the name the person wants shown, and a password. */
export const acceptInvitationSchema = z.object({ displayName: displayNameSchema, password: newPasswordSchema });

/** The web's forms ask for a new password twice (a typo would lock the person out); the API takes it once. */
const typedTwice = { message: key('passwordsDiffer'), path: ['repeatPassword'] };
export const resetPasswordFormSchema = resetPasswordSchema
  .extend({ repeatPassword: z.string() })
  .refine((v) => v.newPassword === v.repeatPassword, typedTwice);
export const changePasswordFormSchema = changePasswordSchema
  .extend({ repeatPassword: z.string() })
  .refine((v) => v.newPassword === v.repeatPassword, typedTwice);
export const acceptInvitationFormSchema = acceptInvitationSchema
  .extend({ repeatPassword: z.string() })
  .refine((v) => v.password === v.repeatPassword, typedTwice);

// --- review cycles, comments, sign-offs (docs/domain.md rules 4-6)

export const reviewCycleTitleSchema = nameSchema;
const idList = (max: number, tooMany: ValidationMessageId) => z.array(z.string()).max(max, key(tooMany));

/** What a coordinator chooses when opening a review cycle (the API also checks the ids, the profile and the date). */
export const reviewCycleSchema = z.object({
  title: reviewCycleTitleSchema,
  sectionIds: idList(INPUT_LIMITS.cycleSectionsMax, 'tooManySections').min(1, key('pickSections')),
  participantOrganizationIds: idList(INPUT_LIMITS.cycleOrganizationsMax, 'tooManyOrganizations'),
  requiredSignatoryOrganizationIds: idList(INPUT_LIMITS.cycleOrganizationsMax, 'tooManyOrganizations'),
  closesAt: z.coerce.date({ error: key('closingDate') }).refine((d) => !Number.isNaN(d.getTime()), key('closingDate')),
});

/** A comment or a reply: required text. Not trimmed inside, only at the ends. */
export const commentBodySchema = requiredTextSchema(INPUT_LIMITS.commentMax, { required: 'required', tooLong: 'commentTooLong' });
/** Proposed replacement wording for a comment's passage; empty means none. */
export const suggestionSchema = optionalTextSchema(INPUT_LIMITS.commentMax, 'commentTooLong');
/** A sign-off's note: optional. */
export const signOffNoteSchema = optionalTextSchema(INPUT_LIMITS.reasonMax, 'reasonTooLong');
/** The reason of a disposition or of a declined suggestion: required. */
export const reasonSchema = requiredTextSchema(INPUT_LIMITS.reasonMax, { required: 'required', tooLong: 'reasonTooLong' });

// --- releases and editions (docs/domain.md rule 7)

/** A release version: 1-20 letters, digits, dots or hyphens, e.g. "2024.1" (unique per profile: the API checks). */
export const releaseVersionSchema = trimmed().pipe(
  z
    .string()
    .min(1, key('required'))
    .max(INPUT_LIMITS.releaseVersionMax, key('releaseVersion'))
    .regex(/^[0-9A-Za-z.-]+$/, key('releaseVersion')),
);
/** What a coordinator enters to prepare a release. */
export const prepareReleaseSchema = z.object({
  version: releaseVersionSchema,
  notes: optionalTextSchema(INPUT_LIMITS.notesMax, 'notesTooLong'),
});
/** Why a published release is withdrawn: required. */
export const withdrawReleaseSchema = z.object({ reason: reasonSchema });
/** A profile's edition label, e.g. "2024". */
export const editionSchema = requiredTextSchema(INPUT_LIMITS.editionMax, { required: 'required', tooLong: 'editionTooLong' });
/** A new profile: title, edition, and the outline it starts from (a template key, or none for an empty outline). */
export const createProfileSchema = z.object({ title: nameSchema, edition: editionSchema });
/** The next edition of a profile, started from one of its published releases. */
export const startNextEditionSchema = z.object({ releaseId: pickedIdSchema, title: nameSchema, edition: editionSchema });

// --- tasks (docs/domain.md "Tasks")

/** A task's due date: optional; any valid date (a due date in the past makes the task overdue at once). */
const dueDateSchema = z
  .union([z.date(), z.string(), z.null(), z.undefined()])
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === '') return null;
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: key('dueDate') });
      return z.NEVER;
    }
    return date;
  });

/**
 * A task created by hand: a title, an optional description and due date, and exactly one assignee, a person or an
 * organisation (the API also checks that the person is an active member of the profile's workspace and the
 * organisation one of its organisations).
 */
export const createTaskSchema = z
  .object({
    title: nameSchema,
    description: optionalTextSchema(INPUT_LIMITS.reasonMax, 'reasonTooLong'),
    assigneeUserId: z.string().nullish().transform((v) => v || null),
    assigneeOrganizationId: z.string().nullish().transform((v) => v || null),
    dueAt: dueDateSchema,
  })
  .superRefine((task, ctx) => {
    if ((task.assigneeUserId === null) === (task.assigneeOrganizationId === null)) {
      ctx.addIssue({ code: 'custom', message: key('taskAssignee'), path: ['assigneeUserId'] });
    }
  });
// --- indicators and data points (docs/domain.md rule 9)

const INDICATOR_CODE_RE = /^[A-Z0-9][A-Z0-9._-]*$/;
/** A reference period: a year, a range of years, a quarter or a month. Sorting the text sorts the periods. */
export const PERIOD_RE = /^(19|20)\d{2}(-((19|20)\d{2}|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const indicatorCodeSchema = trimmed()
  .transform((value) => value.toUpperCase())
  .pipe(
    z
      .string()
      .min(1, key('required'))
      .max(INPUT_LIMITS.indicatorCodeMax, key('indicatorCode'))
      .regex(INDICATOR_CODE_RE, key('indicatorCode')),
  );
export const definitionSchema = requiredTextSchema(INPUT_LIMITS.definitionMax, { required: 'required', tooLong: 'definitionTooLong' });
export const optionalDefinitionSchema = optionalTextSchema(INPUT_LIMITS.definitionMax, 'definitionTooLong');
export const periodSchema = trimmed().pipe(z.string().min(1, key('required')).regex(PERIOD_RE, key('period')));

/** A catalogue entry, as a coordinator writes it. */
export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  name: nameSchema,
  unit: requiredTextSchema(INPUT_LIMITS.displayNameMax, { required: 'required', tooLong: 'displayNameTooLong' }),
  definition: definitionSchema,
  internationalReference: optionalDefinitionSchema,
  gmgPart: z.enum(['I', 'II', 'III', 'IV'], { error: key('selectOne') }),
  sdgTarget: optionalTextSchema(INPUT_LIMITS.acronymMax, 'acronymTooLong'),
  gcmObjective: z.number({ error: key('number') }).int(key('number')).min(1, key('number')).max(23, key('number')).nullish().transform((v) => v ?? null),
  toBeConfirmed: z.boolean().default(true),
});

/** A recorded adoption of the catalogue as it is now. */
export const adoptCatalogueSchema = z.object({
  decision: requiredTextSchema(INPUT_LIMITS.textMax),
  adoptedOn: trimmed().pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, key('date'))
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), key('date')),
  ),
});

const finiteNumber = z.number({ error: key('number') }).refine((v) => Number.isFinite(v) && Math.abs(v) < 1e15, key('number'));

/**
 * One figure with its provenance. A data gap carries no value; a figure not fully comparable says why. The same
 * schema checks the web's form, the API's recordDataPoint and every row of an import.
 */
/** Which figures are "the same": indicator (given apart), period and disaggregation. */
export const dataSliceSchema = z.object({
  period: periodSchema,
  sex: z.enum(['TOTAL', 'FEMALE', 'MALE'], { error: key('selectOne') }).nullish().transform((v) => v ?? 'TOTAL'),
  ageGroup: optionalTextSchema(INPUT_LIMITS.acronymMax, 'acronymTooLong'),
  countryCode: trimmed()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^([A-Z]{2})?$/, key('countryCode')))
    .transform((v) => v || null),
});

export const dataPointSchema = dataSliceSchema
  .extend({
    value: finiteNumber.nullish().transform((v) => v ?? null),
    dataGap: z.boolean().nullish().transform((v) => v ?? false),
    unit: requiredTextSchema(INPUT_LIMITS.displayNameMax, { required: 'required', tooLong: 'displayNameTooLong' }),
    sourceType: z.enum(['CENSUS', 'SURVEY', 'ADMINISTRATIVE_REGISTER', 'OTHER'], { error: key('selectOne') }),
    sourceName: requiredTextSchema(INPUT_LIMITS.textMax),
    nationalDefinition: optionalDefinitionSchema,
    comparability: z.enum(['COMPARABLE', 'PARTLY_COMPARABLE', 'NOT_COMPARABLE'], { error: key('selectOne') }),
    comparabilityNote: optionalDefinitionSchema,
    note: optionalDefinitionSchema,
  })
  .superRefine((point, ctx) => {
    if (point.dataGap && point.value !== null) ctx.addIssue({ code: 'custom', path: ['value'], message: key('gapHasValue') });
    if (!point.dataGap && point.value === null) ctx.addIssue({ code: 'custom', path: ['value'], message: key('valueOrGap') });
    if (point.comparability !== 'COMPARABLE' && !point.comparabilityNote) {
      ctx.addIssue({ code: 'custom', path: ['comparabilityNote'], message: key('comparabilityReason') });
    }
  });
export type DataPointFields = z.output<typeof dataPointSchema>;

/** A coordinator's answer to differing figures: one figure chosen, or a footnote, or both. */
export const resolveDifferingFiguresSchema = z
  .object({
    chosenDataPointId: z.string().nullish().transform((v) => v || null),
    footnote: optionalDefinitionSchema,
  })
  .refine((r) => r.chosenDataPointId !== null || r.footnote !== null, { path: ['footnote'], message: key('chooseOrFootnote') });
