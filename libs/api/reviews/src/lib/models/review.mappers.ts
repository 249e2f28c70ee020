import type { ReviewCycleEntity } from '../entities/review-cycle.entity';
import type { SignOffEntity } from '../entities/sign-off.entity';
import { ReviewCycleModel, ReviewCycleStatus } from './review-cycle.model';
import { SignOffDecision, SignOffModel } from './sign-off.model';

export const toReviewCycleModel = (c: ReviewCycleEntity): ReviewCycleModel => ({
  id: c.id,
  title: c.title,
  status: c.status as ReviewCycleStatus,
  closesAt: c.closesAt,
  openedAt: c.openedAt,
  closedAt: c.closedAt,
  // A closed cycle without a closer closed by itself at its date (review_cycles.closed_by_id).
  closedAutomatically: c.status === 'CLOSED' && c.closedById === null,
  profileId: c.profileId,
  workspaceId: c.workspaceId,
  openedById: c.openedById,
  closedById: c.closedById,
});

/**
 * `currentRevisionId` is the section's current revision now: a decision on any other revision is stale (rule 4),
 * which is why staleness is computed on read rather than stored.
 */
export const toSignOffModel = (s: SignOffEntity, currentRevisionId: string | null): SignOffModel => ({
  id: s.id,
  decision: s.decision as SignOffDecision,
  note: s.note,
  stale: s.revisionId !== currentRevisionId,
  superseded: s.supersededAt !== null,
  createdAt: s.createdAt,
  sectionId: s.sectionId,
  revisionId: s.revisionId,
  organizationId: s.organizationId,
  userId: s.userId,
});
