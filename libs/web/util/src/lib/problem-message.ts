import { describeError, type RequestProblem } from '@mps/web-data-access';
import i18n, { type TFunction } from 'i18next';

/**
 * The sentence to show for a refused request: the server's own message where it
 * is written for people (invalid input, conflicts, workflow rules), else ours.
 * The server words its messages in English: in any other language the person
 * reads the sentence of the error code in their language instead (apiErrors,
 * from libs/shared/domain), never English.
 */
export function problemMessage(t: TFunction, problem: RequestProblem, language: string = i18n.language): string {
  switch (problem.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'FAILED_PRECONDITION':
      if (!language.startsWith('en')) return t(`apiErrors.${problem.code}`);
      return problem.message || t('errors.unknown');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'RATE_LIMITED':
      return t('errors.rateLimited');
    case 'SERVICE_UNAVAILABLE':
      return t('errors.unavailable');
    case 'UNAUTHENTICATED':
      return t('errors.sessionEnded');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.unknown');
  }
}

/**
 * The sentence for an error thrown by a request: the server's own message in English (problemMessage), else
 * `fallback`, the screen's own words for what failed.
 */
export function describedProblem(t: TFunction, error: unknown, fallback: string): string {
  const problem = describeError(error);
  if (problem.code === 'UNKNOWN' || (problem.code === 'NETWORK' && !problem.message)) return fallback;
  return problemMessage(t, problem) || fallback;
}

/**
 * Which form field a server message is about, when it says so (extensions.field)
 * or names it plainly ("email", "password"...). Otherwise the message belongs to
 * the whole form.
 */
export function fieldForProblem<F extends string>(
  problem: RequestProblem,
  fields: Record<F, readonly string[]>,
): F | null {
  if (problem.code !== 'BAD_USER_INPUT' && problem.code !== 'CONFLICT') return null;
  const haystack = `${problem.field ?? ''} ${problem.message}`.toLowerCase();
  for (const [field, words] of Object.entries(fields) as Array<[F, readonly string[]]>) {
    if (problem.field && words.some((w) => problem.field?.toLowerCase() === w.toLowerCase())) return field;
  }
  for (const [field, words] of Object.entries(fields) as Array<[F, readonly string[]]>) {
    if (words.some((w) => haystack.includes(w.toLowerCase()))) return field;
  }
  return null;
}
