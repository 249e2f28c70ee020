import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  EventBus,
  FailedPreconditionError,
  isUuid,
  JobRunner,
  NotFoundError,
  parseInput,
  RequestLoaders,
} from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity, WorkspaceAccess } from '@mps/api-iam';
import { outlineStyleOf, ProfileEntity, SectionEntity } from '@mps/api-profiles';
import { DomainEvent, orderOutline, PERMISSIONS, reviewCycleSchema } from '@mps/shared-domain';
import { ReviewCycleEntity, ReviewCycleOrganizationEntity, ReviewCycleSectionEntity } from '../entities/review-cycle.entity';
import { OpenReviewCycleInput } from '../models/review.inputs';
import { ReviewWorkPort } from '../ports/review-work.port';
import { ReviewAccessService } from './review-access.service';
import { ReviewLoaders } from './review-loaders.service';
import { SectionStatusService } from './section-status.service';

/** The job that closes a cycle at its closing date, keyed by the cycle's id. */
export const CLOSE_REVIEW_CYCLE_JOB = 'review-cycle.close';
export interface CloseReviewCycleJob {
  reviewCycleId: string;
}

/** How far ahead a closing date may be: a cycle is a review round, not a standing arrangement. */
export const MAX_CYCLE_DURATION_MS = 2 * 366 * 24 * 60 * 60 * 1000;

const CYCLE_LABELS = {
  title: 'the title',
  sectionIds: 'the sections',
  participantOrganizationIds: 'the participating organisations',
  requiredSignatoryOrganizationIds: 'the required signatories',
  closesAt: 'the closing date',
};

/** "A.4 Emigration", or the bare title of an unnumbered section. */
const sectionLabel = (number: string, title: string) => (number ? `${number} ${title}` : title);

/** An English date for messages (the web words its own). */
export const closedOn = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Opening and closing review cycles (docs/domain.md rules 2 and 5): by a coordinator, or by the job runner at the
 * closing date. Each change writes the cycle, the sections' status transitions and its audit event in one
 * transaction; events and the closing job follow the commit.
 */
@Injectable()
export class ReviewCyclesService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('ReviewCycles');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reviewAccess: ReviewAccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly jobs: JobRunner,
    private readonly statuses: SectionStatusService,
    private readonly loaders: ReviewLoaders,
    private readonly work: ReviewWorkPort,
  ) {}

  onModuleInit(): void {
    this.jobs.register<CloseReviewCycleJob>(CLOSE_REVIEW_CYCLE_JOB, (payload) => this.closeByDate(payload.reviewCycleId));
  }

  /**
   * Every OPEN cycle's closing is scheduled again at boot: the in-process runner keeps nothing across a restart, and
   * with BullMQ scheduling the same key again only replaces the job. A cycle whose date passed while no instance ran
   * is closed at once.
   */
  async onApplicationBootstrap(): Promise<void> {
    const open = await this.dataSource.getRepository(ReviewCycleEntity).find({ where: { status: 'OPEN' } });
    for (const cycle of open) await this.scheduleClose(cycle);
  }

  async open(actor: Actor, input: OpenReviewCycleInput): Promise<ReviewCycleEntity> {
    const profile = isUuid(input.profileId)
      ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id: input.profileId } })
      : null;
    if (!profile) throw new NotFoundError('Profile');
    await this.access.authorize(actor, 'openReviewCycle', profile.workspaceId, 'Profile');
    const parsed = parseInput(reviewCycleSchema, input, CYCLE_LABELS);
    const now = Date.now();
    if (parsed.closesAt.getTime() <= now) {
      throw new BadUserInputError('The closing date must be in the future.', 'closesAt');
    }
    if (parsed.closesAt.getTime() > now + MAX_CYCLE_DURATION_MS) {
      throw new BadUserInputError('The closing date must be at most two years ahead.', 'closesAt');
    }
    const sectionIds = [...new Set(parsed.sectionIds)];
    const participantIds = new Set(parsed.participantOrganizationIds);
    const signatoryIds = new Set(parsed.requiredSignatoryOrganizationIds);
    const organizationIds = [...new Set([...participantIds, ...signatoryIds])];
    // Ids that are not this workspace's are NOT_FOUND, and the answer names none of them.
    if (!organizationIds.every(isUuid)) throw new NotFoundError('Organization');
    const organizations = organizationIds.length
      ? await this.dataSource.getRepository(OrganizationEntity).count({ where: { id: In(organizationIds), workspaceId: profile.workspaceId } })
      : 0;
    if (organizations !== organizationIds.length) throw new NotFoundError('Organization');
    if (!sectionIds.every(isUuid)) throw new NotFoundError('Section');

    let events: DomainEvent[] = [];
    const cycle = await this.dataSource.transaction(async (manager) => {
      // Locking the sections serialises two openings on the same sections: the one-open-cycle check below holds.
      const locked: Array<{ id: string }> = await manager.query(
        `SELECT id FROM sections WHERE id = ANY($1::uuid[]) AND profile_id = $2 AND archived_at IS NULL ORDER BY id FOR UPDATE`,
        [sectionIds, profile.id],
      );
      if (locked.length !== sectionIds.length) throw new NotFoundError('Section');
      await this.refuseSectionsUnderReview(manager, profile, sectionIds);
      const created = await manager.save(
        ReviewCycleEntity,
        manager.create(ReviewCycleEntity, {
          profileId: profile.id,
          workspaceId: profile.workspaceId,
          title: parsed.title,
          status: 'OPEN',
          closesAt: parsed.closesAt,
          openedById: actor.userId,
          closedAt: null,
          closedById: null,
        }),
      );
      await manager.insert(
        ReviewCycleSectionEntity,
        sectionIds.map((sectionId) => ({ reviewCycleId: created.id, sectionId, statusAtClose: null })),
      );
      if (organizationIds.length) {
        await manager.insert(
          ReviewCycleOrganizationEntity,
          organizationIds.map((organizationId) => ({
            reviewCycleId: created.id,
            organizationId,
            participant: participantIds.has(organizationId),
            requiredSignatory: signatoryIds.has(organizationId),
          })),
        );
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'review-cycle.opened',
        subjectType: 'ReviewCycle',
        subjectId: created.id,
        data: {
          profileId: profile.id,
          title: created.title,
          closesAt: created.closesAt.toISOString(),
          sectionIds,
          participantOrganizationIds: [...participantIds],
          requiredSignatoryOrganizationIds: [...signatoryIds],
        },
      });
      events = await this.statuses.transition(manager, sectionIds, 'CYCLE_OPENED', actor.userId);
      // Each required signatory gets its "Review and sign off" task; drafting the sections is done.
      events.push(
        ...(await this.work.onReviewChanged(manager, {
          what: 'CYCLE_OPENED',
          workspaceId: profile.workspaceId,
          profileId: profile.id,
          reviewCycleIds: [created.id],
          sectionIds,
          actorId: actor.userId,
        })),
      );
      return created;
    });
    this.events.publish({
      type: 'REVIEW_CYCLE_OPENED',
      workspaceId: cycle.workspaceId,
      profileId: cycle.profileId,
      sectionId: null,
      reviewCycleId: cycle.id,
      actorId: actor.userId,
      at: cycle.openedAt.toISOString(),
    });
    for (const event of events) this.events.publish(event);
    await this.scheduleClose(cycle);
    return cycle;
  }

  async close(actor: Actor, id: string): Promise<ReviewCycleEntity> {
    const { cycle } = await this.reviewAccess.loadCycle(actor, id, 'closeReviewCycle');
    if (cycle.status !== 'OPEN') throw this.alreadyClosed(cycle);
    const closed = await this.closeNow(cycle.id, actor.userId);
    if (!closed) {
      // Closed meanwhile (by its date, or by another coordinator).
      const now = await this.dataSource.getRepository(ReviewCycleEntity).findOneByOrFail({ id: cycle.id });
      throw this.alreadyClosed(now);
    }
    await this.jobs.cancel(CLOSE_REVIEW_CYCLE_JOB, cycle.id).catch((error: unknown) => {
      // The job would find the cycle closed and do nothing: a failed cancel costs one idle run.
      this.logger.warn(`Could not cancel the closing job of review cycle ${cycle.id}: ${String(error)}`);
    });
    return closed;
  }

  /** Whether the caller may comment in the cycle now: it is OPEN, they may comment, and they read it all or take part. */
  async mayComment(actor: Actor, loaders: RequestLoaders, cycle: { id: string; workspaceId: string; status: string }): Promise<boolean> {
    if (cycle.status !== 'OPEN') return false;
    const access = await this.access.accessTo(actor, cycle.workspaceId);
    if (!access?.can(PERMISSIONS.COMMENT_WRITE)) return false;
    const organizationId = this.reviewAccess.participatingOrganizationId(access);
    if (organizationId === null) return true;
    if (organizationId === 'none') return false;
    return (await this.loaders.organizationsOfCycle(loaders, cycle.id)).some((o) => o.organizationId === organizationId);
  }

  /** Whether the caller may see the cycle (contributors: their organisation takes part in it). */
  async maySee(access: WorkspaceAccess, loaders: RequestLoaders, cycleId: string): Promise<boolean> {
    const organizationId = this.reviewAccess.participatingOrganizationId(access);
    if (organizationId === null) return true;
    if (organizationId === 'none') return false;
    return (await this.loaders.organizationsOfCycle(loaders, cycleId)).some((o) => o.organizationId === organizationId);
  }

  /** The profile's cycles the caller may see (contributors: those their organisation takes part in), newest first. */
  async listForProfile(access: WorkspaceAccess, profileId: string): Promise<ReviewCycleEntity[]> {
    const visible = await this.reviewAccess.visibleCycleIds(access, profileId);
    const cycles = await this.dataSource
      .getRepository(ReviewCycleEntity)
      .find({ where: { profileId }, order: { openedAt: 'DESC', id: 'DESC' } });
    return visible === 'all' ? cycles : cycles.filter((c) => visible.has(c.id));
  }

  /**
   * The closing job (at least once, maybe on another instance, maybe early after a clock change): closes only a
   * cycle still OPEN whose date has passed; run early, it schedules itself again for the date.
   */
  async closeByDate(reviewCycleId: string): Promise<void> {
    if (!isUuid(reviewCycleId)) return;
    const closed = await this.closeNow(reviewCycleId, null);
    if (closed) return;
    const cycle = await this.dataSource.getRepository(ReviewCycleEntity).findOne({ where: { id: reviewCycleId } });
    if (cycle?.status === 'OPEN') await this.scheduleClose(cycle);
  }

  private alreadyClosed(cycle: ReviewCycleEntity): FailedPreconditionError {
    return new FailedPreconditionError('This review cycle is already closed.', [
      `The review cycle '${cycle.title}' closed on ${closedOn(cycle.closedAt ?? new Date())}.`,
    ]);
  }

  /**
   * Closes the cycle if it is still OPEN (and, when closed by its date, if that date has passed): the conditional
   * UPDATE makes a second close, a race between two instances or a replayed job a no-op (answers null).
   * Records each section's status after the CYCLE_CLOSED transition as the cycle's outcome.
   */
  private async closeNow(reviewCycleId: string, closedById: string | null): Promise<ReviewCycleEntity | null> {
    let events: DomainEvent[] = [];
    const closed = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `UPDATE review_cycles SET status = 'CLOSED', closed_at = now(), closed_by_id = $2
          WHERE id = $1 AND status = 'OPEN' ${closedById === null ? 'AND closes_at <= now()' : ''}
          RETURNING id`,
        [reviewCycleId, closedById],
      );
      if (rows.length === 0) return null;
      const cycle = await manager.findOneByOrFail(ReviewCycleEntity, { id: reviewCycleId });
      const sectionIds = (await manager.findBy(ReviewCycleSectionEntity, { reviewCycleId })).map((s) => s.sectionId);
      events = await this.statuses.transition(manager, sectionIds, 'CYCLE_CLOSED', closedById);
      await manager.query(
        `UPDATE review_cycle_sections rcs SET status_at_close = s.review_status
           FROM sections s WHERE s.id = rcs.section_id AND rcs.review_cycle_id = $1`,
        [reviewCycleId],
      );
      await this.audit.record(manager, {
        actorId: closedById,
        workspaceId: cycle.workspaceId,
        action: 'review-cycle.closed',
        subjectType: 'ReviewCycle',
        subjectId: cycle.id,
        data: { profileId: cycle.profileId, title: cycle.title, automatically: closedById === null },
      });
      // The signatories' "Review and sign off" tasks are done with the cycle (also when it closes by its date).
      events.push(
        ...(await this.work.onReviewChanged(manager, {
          what: 'CYCLE_CLOSED',
          workspaceId: cycle.workspaceId,
          profileId: cycle.profileId,
          reviewCycleIds: [cycle.id],
          sectionIds,
          actorId: closedById,
        })),
      );
      return cycle;
    });
    if (!closed) return null;
    this.events.publish({
      type: 'REVIEW_CYCLE_CLOSED',
      workspaceId: closed.workspaceId,
      profileId: closed.profileId,
      sectionId: null,
      reviewCycleId: closed.id,
      actorId: closedById,
      at: (closed.closedAt ?? new Date()).toISOString(),
    });
    for (const event of events) this.events.publish(event);
    return closed;
  }

  /** Refuses sections already in an OPEN cycle, one blocker per section ("A.4 Emigration is in the open cycle 'X'"). */
  private async refuseSectionsUnderReview(manager: EntityManager, profile: ProfileEntity, sectionIds: readonly string[]): Promise<void> {
    const busy: Array<{ section_id: string; title: string }> = await manager.query(
      `SELECT rcs.section_id, c.title FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
        WHERE c.status = 'OPEN' AND rcs.section_id = ANY($1::uuid[])`,
      [sectionIds],
    );
    if (busy.length === 0) return;
    const sections = await manager.find(SectionEntity, { where: { profileId: profile.id } });
    const placed = orderOutline(
      sections.filter((s) => s.archivedAt === null),
      outlineStyleOf(profile),
    );
    const order = new Map(placed.map((p, index) => [p.node.id, { index, label: sectionLabel(p.number, p.node.title) }]));
    const blockers = busy
      .sort((a, b) => (order.get(a.section_id)?.index ?? 0) - (order.get(b.section_id)?.index ?? 0))
      .map((b) => `${order.get(b.section_id)?.label ?? 'A section'} is in the open cycle '${b.title}'.`);
    throw new FailedPreconditionError('A section can be in only one open review cycle at a time.', blockers);
  }

  private async scheduleClose(cycle: ReviewCycleEntity): Promise<void> {
    try {
      await this.jobs.schedule<CloseReviewCycleJob>(CLOSE_REVIEW_CYCLE_JOB, cycle.id, cycle.closesAt, { reviewCycleId: cycle.id });
    } catch (error) {
      // The cycle is open and committed; the next boot schedules its closing again.
      this.logger.error(`Could not schedule the closing of review cycle ${cycle.id}: ${String(error)}`);
    }
  }
}
