import type { CommentEntity } from '../entities/comment.entity';
import { CommentModel, Disposition, SuggestionStatus } from './comment.model';

/** Where a comment lives, which the comments table does not repeat (its section's profile and workspace). */
export interface CommentPlace {
  profileId: string;
  workspaceId: string;
}

/** A comment as the comment service hands it back: the row, with its place (and its thread, for a reply). */
export type CommentRecord = CommentEntity & CommentPlace & { thread?: CommentEntity | null };

/** What a reply shows of its thread: resolution belongs to the thread. */
export type ThreadState = Pick<CommentEntity, 'resolvedAt' | 'resolvedById'>;

/**
 * The comment as GraphQL shows it. Resolution belongs to the thread, so a reply shows its thread's state: pass the
 * opening comment as `thread` when mapping a reply.
 */
export function toCommentModel(c: CommentEntity, place: CommentPlace, thread: ThreadState | null = null): CommentModel {
  const owner: ThreadState = c.parentId && thread ? thread : c;
  const anchored = c.anchorRevisionId !== null && c.anchorStart !== null && c.anchorEnd !== null && c.anchorQuote !== null;
  return {
    id: c.id,
    parentId: c.parentId,
    anchor: anchored
      ? { revisionId: c.anchorRevisionId!, start: c.anchorStart!, end: c.anchorEnd!, quote: c.anchorQuote!, orphaned: c.anchorOrphaned }
      : null,
    body: c.body,
    resolved: owner.resolvedAt !== null,
    resolvedAt: owner.resolvedAt,
    internal: c.reviewCycleId === null,
    suggestion:
      c.suggestion !== null && c.suggestionStatus !== null
        ? {
            text: c.suggestion,
            status: c.suggestionStatus as SuggestionStatus,
            declineReason: c.suggestionDeclineReason,
            answeredAt: c.suggestionAnsweredAt,
            appliedRevisionId: c.suggestionRevisionId,
            answeredById: c.suggestionAnsweredById,
          }
        : null,
    disposition:
      c.disposition !== null && c.dispositionReason !== null && c.dispositionAt !== null && c.dispositionById !== null
        ? { value: c.disposition as Disposition, reason: c.dispositionReason, recordedAt: c.dispositionAt, recordedById: c.dispositionById }
        : null,
    createdAt: c.createdAt,
    sectionId: c.sectionId,
    profileId: place.profileId,
    workspaceId: place.workspaceId,
    revisionId: c.revisionId,
    reviewCycleId: c.reviewCycleId,
    authorId: c.authorId,
    organizationId: c.organizationId,
    resolvedById: owner.resolvedById,
  };
}
