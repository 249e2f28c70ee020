import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  EventBus,
  FailedPreconditionError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { AccessService, Actor, WorkspaceAccess } from '@mps/api-iam';
import { ProfileEntity, RevisionEntity, SectionAccessService, SectionEntity } from '@mps/api-profiles';
import {
  anchorProblem,
  commentBodySchema,
  CommentEventType,
  DomainEvent,
  findQuote,
  offsetMapper,
  OperationName,
  PERMISSIONS,
  reasonSchema,
  suggestionSchema,
} from '@mps/shared-domain';
import { z } from 'zod';
import { CommentEntity, DispositionValue } from '../entities/comment.entity';
import { ReviewCycleEntity } from '../entities/review-cycle.entity';
import { CommentPlace, CommentRecord } from '../models/comment.mapper';
import { AddCommentInput, SetCommentDispositionInput } from '../models/review.inputs';
import { ReviewWorkPort } from '../ports/review-work.port';
import { ReviewAccessService } from './review-access.service';

/** How BAD_USER_INPUT messages name each argument. */
const COMMENT_LABELS = { body: 'the comment', suggestion: 'the suggested wording', reason: 'the reason' };
const commentSchema = z.object({ body: commentBodySchema, suggestion: suggestionSchema });
const reasonInputSchema = z.object({ reason: reasonSchema });
const DISPOSITIONS: readonly DispositionValue[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];

/** A comment loaded for an operation on its thread, with what the checks need. */
interface ThreadContext {
  comment: CommentEntity;
  /** The thread's opening comment (the comment itself when it opens the thread). */
  thread: CommentEntity;
  section: SectionEntity;
  profile: ProfileEntity;
  access: WorkspaceAccess;
}

/** The day a cycle closed (or closes), for blockers. */
const day = (date: Date) => date.toISOString().slice(0, 10);
const closedBlocker = (cycle: Pick<ReviewCycleEntity, 'title' | 'closedAt' | 'closesAt'>) =>
  `The review cycle '${cycle.title}' closed on ${day(cycle.closedAt ?? cycle.closesAt)}.`;

/**
 * Anchored, threaded comments, suggestions and dispositions (docs/domain.md rule 6 and its settled details). Every
 * change runs in one transaction with its audit event; its event is published after the commit.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sections: SectionAccessService,
    private readonly access: AccessService,
    private readonly reviewAccess: ReviewAccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly work: ReviewWorkPort,
  ) {}

  /** A new thread (anchored or not, maybe with suggested wording) or a reply to one. */
  async add(actor: Actor, input: AddCommentInput): Promise<CommentRecord> {
    const { section, profile, access } = await this.sections.load(actor, input.sectionId, 'addComment');
    const { body, suggestion } = parseInput(commentSchema, { body: input.body, suggestion: input.suggestion ?? null }, COMMENT_LABELS);
    const revision = isUuid(input.revisionId)
      ? await this.dataSource.getRepository(RevisionEntity).findOne({ where: { id: input.revisionId, sectionId: section.id } })
      : null;
    if (!revision) throw new NotFoundError('Revision');
    // Contributors and focal points alike write as their organisation; admins outside the workspace never get here.
    const organizationId = access.membership?.organizationId;
    if (!organizationId) throw new ForbiddenError('Only members of the workspace may comment.');

    const place: CommentPlace = { profileId: profile.id, workspaceId: profile.workspaceId };
    const parentId = input.parentId ?? null;
    const thread = parentId !== null ? await this.replyTarget(access, section, parentId, input) : null;
    const reviewCycleId = thread ? thread.reviewCycleId : await this.cycleForNewThread(access, section, input.reviewCycleId ?? null);
    if (thread) await this.mayReplyIn(access, thread);
    if (!thread && suggestion && !input.anchor) {
      throw new BadUserInputError('Suggested wording replaces a passage: select the passage it replaces.', 'suggestion');
    }
    if (input.anchor) {
      const problem = anchorProblem(revision.text, input.anchor);
      if (problem) throw new BadUserInputError(problem, 'anchor');
    }

    let consequences: DomainEvent[] = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      // A share lock on the section row: a save (which locks it FOR UPDATE) waits for this comment, then moves its
      // anchor along with the others, and this comment sees the current revision as it is.
      const [locked] = (await manager.query('SELECT current_revision_id FROM sections WHERE id = $1 FOR SHARE', [section.id])) as Array<{
        current_revision_id: string | null;
      }>;
      const anchor = input.anchor ? await this.followToCurrent(manager, revision, locked?.current_revision_id ?? null, input.anchor) : null;
      const comment = await manager.save(
        CommentEntity,
        manager.create(CommentEntity, {
          sectionId: section.id,
          revisionId: revision.id,
          reviewCycleId,
          parentId: thread?.id ?? null,
          authorId: actor.userId,
          organizationId,
          body,
          anchorRevisionId: anchor?.revisionId ?? null,
          anchorStart: anchor?.start ?? null,
          anchorEnd: anchor?.end ?? null,
          anchorQuote: anchor?.quote ?? null,
          anchorOrphaned: anchor?.orphaned ?? false,
          resolvedAt: null,
          resolvedById: null,
          suggestion: thread ? null : suggestion,
          suggestionStatus: !thread && suggestion ? 'PENDING' : null,
          suggestionRevisionId: null,
          suggestionDeclineReason: null,
          suggestionAnsweredById: null,
          suggestionAnsweredAt: null,
          disposition: null,
          dispositionReason: null,
          dispositionById: null,
          dispositionAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'comment.added',
        subjectType: 'Comment',
        subjectId: comment.id,
        data: {
          profileId: profile.id,
          sectionId: section.id,
          reviewCycleId,
          parentId: comment.parentId,
          revisionId: revision.id,
          organizationId,
          anchor: anchor ? { revisionId: anchor.revisionId, start: anchor.start, end: anchor.end, orphaned: anchor.orphaned } : null,
          withSuggestion: comment.suggestion !== null,
        },
      });
      // A new thread of a cycle may await a disposition: the section's organisations get their "Answer" task.
      consequences = reviewCycleId && !thread ? await this.commentsChanged(manager, place, reviewCycleId, section.id, actor.userId) : [];
      return comment;
    });
    this.announce('COMMENT_ADDED', actor.userId, place, saved, saved.createdAt);
    for (const event of consequences) this.events.publish(event);
    return { ...saved, ...place, thread };
  }

  /** Resolves or reopens a thread; given a reply, its thread. The same state again changes nothing. */
  async resolve(actor: Actor, id: string, resolved: boolean): Promise<CommentRecord> {
    const { thread, section, profile, access } = await this.loadThread(actor, id, 'resolveComment');
    const place: CommentPlace = { profileId: profile.id, workspaceId: profile.workspaceId };
    const assigned = await this.sections.assignedOrganizationIds(section.id);
    if (!this.mayAnswer(access, assigned) && thread.authorId !== actor.userId) {
      throw new ForbiddenError("Only the thread's author, focal points of the section's organisations and coordinators may resolve or reopen it.");
    }
    const cycle = thread.reviewCycleId ? await this.dataSource.getRepository(ReviewCycleEntity).findOneByOrFail({ id: thread.reviewCycleId }) : null;
    if (cycle && !this.mayResolve(access, actor.userId, thread, cycle, assigned)) {
      throw new FailedPreconditionError('This thread can no longer be changed by you.', [closedBlocker(cycle)]);
    }
    if ((thread.resolvedAt !== null) === resolved) return { ...thread, ...place };

    const at = new Date();
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set(resolved ? { resolvedAt: at, resolvedById: actor.userId } : { resolvedAt: null, resolvedById: null })
        .where('id = :id', { id: thread.id })
        .andWhere(resolved ? 'resolved_at IS NULL' : 'resolved_at IS NOT NULL')
        .execute();
      // Someone else did the same meanwhile: nothing to record.
      if (result.affected !== 1) return false;
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: resolved ? 'comment.resolved' : 'comment.reopened',
        subjectType: 'Comment',
        subjectId: thread.id,
        data: { profileId: profile.id, sectionId: section.id, reviewCycleId: thread.reviewCycleId },
      });
      return true;
    });
    const after = await this.dataSource.getRepository(CommentEntity).findOneByOrFail({ id: thread.id });
    if (changed) this.announce(resolved ? 'COMMENT_RESOLVED' : 'COMMENT_REOPENED', actor.userId, place, after, at);
    return { ...after, ...place };
  }

  /** Declines a thread's pending suggested wording, with a reason (who may save the section). */
  async declineSuggestion(actor: Actor, id: string, reasonInput: string): Promise<CommentRecord> {
    const { comment, section, profile, access } = await this.loadThread(actor, id, 'declineSuggestion');
    const place: CommentPlace = { profileId: profile.id, workspaceId: profile.workspaceId };
    await this.requireAnswerer(access, section.id);
    const { reason } = parseInput(reasonInputSchema, { reason: reasonInput }, COMMENT_LABELS);
    if (comment.parentId || comment.suggestionStatus === null) {
      throw new BadUserInputError('This comment proposes no wording to decline.', 'commentId');
    }
    if (comment.suggestionStatus !== 'PENDING') throw this.alreadyAnswered(comment);

    const at = new Date();
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({ suggestionStatus: 'DECLINED', suggestionDeclineReason: reason, suggestionAnsweredById: actor.userId, suggestionAnsweredAt: at })
        .where('id = :id', { id: comment.id })
        .andWhere("suggestion_status = 'PENDING'")
        .execute();
      if (result.affected !== 1) {
        throw this.alreadyAnswered(await manager.findOneByOrFail(CommentEntity, { id: comment.id }));
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'comment.suggestion-declined',
        subjectType: 'Comment',
        subjectId: comment.id,
        data: { profileId: profile.id, sectionId: section.id, reviewCycleId: comment.reviewCycleId, reason },
      });
    });
    const after = await this.dataSource.getRepository(CommentEntity).findOneByOrFail({ id: comment.id });
    this.announce('SUGGESTION_DECLINED', actor.userId, place, after, at);
    return { ...after, ...place };
  }

  /**
   * Records how a thread's opening comment was taken into account. Only comments of a cycle by an organisation
   * taking part in it need one (replies are the discussion); a new disposition replaces the old, the audit keeps both.
   */
  async setDisposition(actor: Actor, input: SetCommentDispositionInput): Promise<CommentRecord> {
    const { comment, section, profile, access } = await this.loadThread(actor, input.commentId, 'setCommentDisposition');
    const place: CommentPlace = { profileId: profile.id, workspaceId: profile.workspaceId };
    await this.requireAnswerer(access, section.id);
    const { reason } = parseInput(reasonInputSchema, { reason: input.reason }, COMMENT_LABELS);
    const disposition = input.disposition as string as DispositionValue;
    if (!DISPOSITIONS.includes(disposition)) throw new BadUserInputError('Choose accepted, partly accepted or not accepted.', 'disposition');
    if (comment.parentId) {
      throw new BadUserInputError("A reply is part of its thread's discussion: record the disposition on the thread's first comment.", 'commentId');
    }
    if (!comment.reviewCycleId) throw new BadUserInputError('Internal comments are outside any review cycle and need no disposition.', 'commentId');
    if (!(await this.reviewAccess.takesPart(comment.reviewCycleId, comment.organizationId))) {
      throw new BadUserInputError("The comment's organisation does not take part in its review cycle: it needs no disposition.", 'commentId');
    }

    const at = new Date();
    const reviewCycleId = comment.reviewCycleId;
    const consequences = await this.dataSource.transaction(async (manager) => {
      const [before] = (await manager.query('SELECT disposition, disposition_reason FROM comments WHERE id = $1 FOR UPDATE', [comment.id])) as Array<{
        disposition: string | null;
        disposition_reason: string | null;
      }>;
      await manager.update(CommentEntity, { id: comment.id }, { disposition, dispositionReason: reason, dispositionById: actor.userId, dispositionAt: at });
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'comment.disposition-set',
        subjectType: 'Comment',
        subjectId: comment.id,
        data: {
          profileId: profile.id,
          sectionId: section.id,
          reviewCycleId: comment.reviewCycleId,
          before: before?.disposition ? { disposition: before.disposition, reason: before.disposition_reason } : null,
          after: { disposition, reason },
        },
      });
      // The last comment answered completes the section's "Answer the comments" tasks.
      return this.commentsChanged(manager, place, reviewCycleId, section.id, actor.userId);
    });
    const after = await this.dataSource.getRepository(CommentEntity).findOneByOrFail({ id: comment.id });
    this.announce('COMMENT_DISPOSITION_SET', actor.userId, place, after, at);
    for (const event of consequences) this.events.publish(event);
    return { ...after, ...place };
  }

  /**
   * The opening comments of a section's threads a reader may see, oldest first: `visibleCycleIds` 'all' for those who
   * read everything, else the cycles their organisation takes part in (contributors: never internal threads);
   * `includeResolved` false leaves resolved threads out.
   */
  visibleThreads(threads: readonly CommentEntity[], visibleCycleIds: 'all' | ReadonlySet<string>, includeResolved: boolean): CommentEntity[] {
    return threads.filter(
      (t) =>
        (includeResolved || t.resolvedAt === null) && this.mayReadThreadOfCycle(visibleCycleIds, t.reviewCycleId),
    );
  }

  /** Whether a reader who sees `visibleCycleIds` sees the threads of a cycle (null: internal threads, never to contributors). */
  mayReadThreadOfCycle(visibleCycleIds: 'all' | ReadonlySet<string>, reviewCycleId: string | null): boolean {
    return visibleCycleIds === 'all' || (reviewCycleId !== null && visibleCycleIds.has(reviewCycleId));
  }

  /** Who answers a section's comments (dispositions, declined suggestions): who may save it. */
  mayAnswer(access: WorkspaceAccess, assignedOrganizationIds: readonly string[]): boolean {
    return access.can(PERMISSIONS.COMMENT_ANSWER) && this.access.canEditSection(access, assignedOrganizationIds);
  }

  /**
   * Who may resolve or reopen a thread: its author, focal points of the section's organisations, coordinators; a
   * contributor only while the thread's cycle is open.
   */
  mayResolve(
    access: WorkspaceAccess,
    userId: string,
    thread: Pick<CommentEntity, 'authorId'>,
    cycle: Pick<ReviewCycleEntity, 'status'> | null,
    assignedOrganizationIds: readonly string[],
  ): boolean {
    if (!access.can(PERMISSIONS.COMMENT_WRITE)) return false;
    if (this.mayAnswer(access, assignedOrganizationIds)) return true;
    if (thread.authorId !== userId) return false;
    return this.reviewAccess.readsEverything(access) || cycle === null || cycle.status === 'OPEN';
  }

  /**
   * Whether the caller may comment on a section now: coordinators and focal points always (internally when no cycle
   * is open), contributors while the section's open cycle is one their organisation takes part in.
   */
  mayComment(access: WorkspaceAccess, openCycleOrganizationIds: ReadonlySet<string> | null): boolean {
    if (!access.membership || !access.can(PERMISSIONS.COMMENT_WRITE)) return false;
    if (this.reviewAccess.readsEverything(access)) return true;
    return openCycleOrganizationIds !== null && openCycleOrganizationIds.has(access.membership.organizationId);
  }

  /** Whether the caller may read a thread of a section they may read (contributors: their cycles' threads only). */
  async mayReadThread(access: WorkspaceAccess, thread: Pick<CommentEntity, 'reviewCycleId'>): Promise<boolean> {
    const organizationId = this.reviewAccess.participatingOrganizationId(access);
    if (organizationId === null) return true;
    if (organizationId === 'none' || thread.reviewCycleId === null) return false;
    return this.reviewAccess.takesPart(thread.reviewCycleId, organizationId);
  }

  // ------------------------------------------------------------------ helpers

  /** Loads a comment for an operation: NOT_FOUND when its section or thread is hidden from the caller. */
  private async loadThread(actor: Actor, id: string, operation: OperationName): Promise<ThreadContext> {
    const repository = this.dataSource.getRepository(CommentEntity);
    const comment = isUuid(id) ? await repository.findOne({ where: { id } }) : null;
    if (!comment) throw new NotFoundError('Comment');
    const { section, profile, access } = await this.sections.load(actor, comment.sectionId, operation).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Comment') : error;
    });
    const thread = comment.parentId ? await repository.findOneByOrFail({ id: comment.parentId }) : comment;
    if (!(await this.mayReadThread(access, thread))) throw new NotFoundError('Comment');
    return { comment, thread, section, profile, access };
  }

  /** The thread a reply joins: a reply to a reply answers that reply's thread. Replies carry no anchor nor wording. */
  private async replyTarget(access: WorkspaceAccess, section: SectionEntity, parentId: string, input: AddCommentInput): Promise<CommentEntity> {
    const repository = this.dataSource.getRepository(CommentEntity);
    const parent = isUuid(parentId) ? await repository.findOne({ where: { id: parentId, sectionId: section.id } }) : null;
    const thread = parent?.parentId ? await repository.findOneBy({ id: parent.parentId }) : parent;
    if (!thread || !(await this.mayReadThread(access, thread))) throw new NotFoundError('Comment');
    if (input.anchor) throw new BadUserInputError('A reply belongs to its thread and carries no passage of its own.', 'anchor');
    if (input.suggestion?.trim()) throw new BadUserInputError('Suggested wording belongs to the first comment of a thread, not to a reply.', 'suggestion');
    if (input.reviewCycleId != null && input.reviewCycleId !== thread.reviewCycleId) {
      throw new BadUserInputError("A reply joins its thread's review cycle.", 'reviewCycleId');
    }
    return thread;
  }

  /** Contributors reply only while the thread's cycle is open; coordinators and focal points always may. */
  private async mayReplyIn(access: WorkspaceAccess, thread: CommentEntity): Promise<void> {
    if (this.reviewAccess.readsEverything(access) || !thread.reviewCycleId) return;
    const cycle = await this.dataSource.getRepository(ReviewCycleEntity).findOneByOrFail({ id: thread.reviewCycleId });
    if (cycle.status !== 'OPEN') throw new FailedPreconditionError('Comments on this section are closed for you.', [closedBlocker(cycle)]);
  }

  /**
   * The cycle a new thread joins: the one named (it must hold the section and be open), else the section's open cycle;
   * with none, coordinators and focal points write an internal comment (null) and others are refused.
   */
  private async cycleForNewThread(access: WorkspaceAccess, section: SectionEntity, requested: string | null): Promise<string | null> {
    const participant = this.reviewAccess.participatingOrganizationId(access);
    const cycles: ReviewCycleEntity[] = await this.dataSource
      .getRepository(ReviewCycleEntity)
      .createQueryBuilder('c')
      .innerJoin('review_cycle_sections', 's', 's.review_cycle_id = c.id')
      .where('s.section_id = :sectionId', { sectionId: section.id })
      .orderBy('c.opened_at', 'DESC')
      .getMany();
    const mine = async (cycle: ReviewCycleEntity) =>
      participant === null || (participant !== 'none' && (await this.reviewAccess.takesPart(cycle.id, participant)));

    // An empty id names nothing: the same mistake as a cycle that does not hold the section.
    if (requested !== null) {
      const cycle = cycles.find((c) => c.id === requested);
      // A cycle that does not hold the section, or one the caller may not see, is the same mistake to them.
      if (!cycle || !(await mine(cycle))) throw new BadUserInputError('This review cycle does not hold the section.', 'reviewCycleId');
      if (cycle.status !== 'OPEN') throw new FailedPreconditionError('This review cycle is closed for comments.', [closedBlocker(cycle)]);
      return cycle.id;
    }
    const open = cycles.find((c) => c.status === 'OPEN');
    if (open && (await mine(open))) return open.id;
    if (participant === null) return null;
    const closed: ReviewCycleEntity[] = [];
    for (const cycle of cycles) if (cycle.status !== 'OPEN' && (await mine(cycle))) closed.push(cycle);
    throw new FailedPreconditionError(
      'You can comment on this section only while a review cycle of your organisation is open.',
      closed.length > 0 ? closed.map(closedBlocker) : ['No review cycle of your organisation is open on this section.'],
    );
  }

  /**
   * Checks the anchor against the revision the person read, then follows its quote to the section's current revision:
   * found there, it points into the current text; gone, it stays where it was given, orphaned.
   */
  private async followToCurrent(
    manager: EntityManager,
    read: RevisionEntity,
    currentRevisionId: string | null,
    anchor: { start: number; end: number; quote: string },
  ): Promise<{ revisionId: string; start: number; end: number; quote: string; orphaned: boolean }> {
    if (!currentRevisionId || currentRevisionId === read.id) return { revisionId: read.id, ...anchor, orphaned: false };
    const current = await manager.findOneByOrFail(RevisionEntity, { id: currentRevisionId });
    const found = findQuote(current.text, anchor.quote, offsetMapper(read.text, current.text)(anchor.start));
    if (found) return { revisionId: current.id, start: found.start, end: found.end, quote: anchor.quote, orphaned: false };
    return { revisionId: read.id, ...anchor, orphaned: true };
  }

  private async requireAnswerer(access: WorkspaceAccess, sectionId: string): Promise<void> {
    if (!this.mayAnswer(access, await this.sections.assignedOrganizationIds(sectionId))) {
      throw new ForbiddenError("Only focal points of the section's organisations and coordinators may answer its comments.");
    }
  }

  private alreadyAnswered(comment: CommentEntity): FailedPreconditionError {
    const how = comment.suggestionStatus === 'APPLIED' ? 'was already applied in a saved revision' : 'was already declined';
    return new FailedPreconditionError('This suggestion was already answered.', [`The suggested wording ${how}.`]);
  }

  private commentsChanged(manager: EntityManager, place: CommentPlace, reviewCycleId: string, sectionId: string, actorId: string): Promise<DomainEvent[]> {
    return this.work.onReviewChanged(manager, {
      what: 'COMMENTS_CHANGED',
      workspaceId: place.workspaceId,
      profileId: place.profileId,
      reviewCycleIds: [reviewCycleId],
      sectionIds: [sectionId],
      actorId,
    });
  }

  private announce(type: CommentEventType, actorId: string, place: CommentPlace, comment: CommentEntity, at: Date): void {
    this.events.publish({
      type,
      workspaceId: place.workspaceId,
      profileId: place.profileId,
      sectionId: comment.sectionId,
      commentId: comment.id,
      reviewCycleId: comment.reviewCycleId,
      actorId,
      at: at.toISOString(),
    });
  }
}

