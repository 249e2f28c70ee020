import type { RequestProblem } from '@mps/web-data-access';
import type { TFunction } from 'i18next';

/**
 * What to say when an e-mailed link cannot be used, by what the server says of it (never its wording, which the
 * web translates): expired, already used, unknown (mistyped, replaced by a newer mail, or cancelled).
 */
export function linkProblem(t: TFunction, problem: RequestProblem, kind: 'invitation' | 'reset'): { title: string; body: string } | null {
  if (problem.code === 'NOT_FOUND') return { title: t(`links.${kind}.unknownTitle`), body: t(`links.${kind}.unknownBody`) };
  if (problem.code !== 'FAILED_PRECONDITION') return null;
  if (problem.linkState === 'EXPIRED') return { title: t(`links.${kind}.expiredTitle`), body: t(`links.${kind}.expiredBody`) };
  if (problem.linkState === 'USED') return { title: t(`links.${kind}.usedTitle`), body: t(`links.${kind}.usedBody`) };
  return null;
}
