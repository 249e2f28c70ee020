import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { isUuid, NotFoundError, RequestLoaders } from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity, toOrganizationModel, WorkspaceAccess } from '@mps/api-iam';
import { ProfileEntity, SectionAccessService, SectionModel } from '@mps/api-profiles';
import { CommentEntity, ReviewCycleEntity, ReviewLoaders, toCommentModel, toReviewCycleModel } from '@mps/api-reviews';
import { PERMISSIONS } from '@mps/shared-domain';
import { TaskEntity } from '../entities/task.entity';
import { MyWorkModel } from '../models/my-work.model';
import { toTaskModel } from '../models/task.model';

/** How many of each list My work shows: enough to act on, never the whole workspace. */
export const MY_WORK_LIMITS = { tasks: 50, overdueTasks: 50, sections: 200, signOffsDue: 100, threads: 20, closingCycles: 20 } as const;
/** "Closing soon": within this many days. */
export const CLOSING_SOON_DAYS = 14;

/**
 * Everything the home screen shows a member, for their role, in a constant number of queries whatever the size of
 * the workspace (docs/domain.md "My work"): their and their organisation's open tasks, a coordinator's overdue tasks
 * to chase, their organisation's sections, sign-offs due, threads waiting for their side's reply and cycles closing
 * soon. Nested objects (sections, cycles, comments, tasks) resolve their fields through the per-request loaders.
 */
@Injectable()
export class MyWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sections: SectionAccessService,
    private readonly reviews: ReviewLoaders,
  ) {}

  async forWorkspace(actor: Actor, workspaceId: string, loaders: RequestLoaders): Promise<MyWorkModel> {
    if (!isUuid(workspaceId)) throw new NotFoundError('Workspace');
    const access = await this.access.authorize(actor, 'myWork', workspaceId, 'Workspace');
    const membership = access.membership;
    if (!membership) throw new NotFoundError('Workspace');
    const organizationId = membership.organizationId;
    const readsEverything = this.access.canReadSections(access);
    const now = new Date();

    const [organization, mine, overdue, sections, signOffsDue, threads, closingCycles] = await Promise.all([
      this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId }),
      this.openTasks(workspaceId, actor.userId, organizationId),
      access.can(PERMISSIONS.TASK_MANAGE) ? this.overdueTasks(workspaceId) : Promise.resolve({ rows: [] as TaskEntity[], total: 0 }),
      this.organizationSections(workspaceId, organizationId, loaders),
      access.can(PERMISSIONS.SIGN_OFF) ? this.signOffsDue(workspaceId, organizationId, loaders) : Promise.resolve([]),
      this.threadsAwaitingReply(workspaceId, organizationId, {
        answersOwnSections: access.can(PERMISSIONS.COMMENT_ANSWER) && !access.can(PERMISSIONS.SECTION_EDIT_ANY),
        coordinator: access.can(PERMISSIONS.REVIEW_MANAGE),
        participant: !readsEverything && access.can(PERMISSIONS.COMMENT_WRITE),
      }),
      this.closingCycles(workspaceId, readsEverything ? null : organizationId),
    ]);
    // Contributors read only the sections of their cycles: their organisation's other sections stay out.
    const readable = readsEverything ? sections : await this.readableOnly(access, sections);
    return {
      role: membership.role,
      organization: toOrganizationModel(organization),
      tasks: mine.rows.map((t) => toTaskModel(t, now)),
      openTaskCount: mine.total,
      overdueTasks: overdue.rows.map((t) => toTaskModel(t, now)),
      overdueTaskCount: overdue.total,
      sections: readable,
      signOffsDue,
      threadsAwaitingReply: threads.rows,
      threadsAwaitingReplyCount: threads.total,
      closingCycles: closingCycles.map(toReviewCycleModel),
    };
  }

  private async openTasks(workspaceId: string, userId: string, organizationId: string) {
    const rows: Array<TaskEntity & { total: number }> = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .addSelect('count(*) OVER ()::int', 'total')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .andWhere("t.status IN ('OPEN', 'IN_PROGRESS')")
      .andWhere('(t.assignee_user_id = :userId OR t.assignee_organization_id = :organizationId)', { userId, organizationId })
      .orderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(MY_WORK_LIMITS.tasks)
      .getRawAndEntities()
      .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { total: Number((raw[i] as { total: number }).total) })));
    return { rows, total: rows[0]?.total ?? 0 };
  }

  private async overdueTasks(workspaceId: string) {
    const { raw, entities } = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .addSelect('count(*) OVER ()::int', 'total')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .andWhere("t.status IN ('OPEN', 'IN_PROGRESS')")
      .andWhere('t.due_at < now()')
      .orderBy('t.due_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(MY_WORK_LIMITS.overdueTasks)
      .getRawAndEntities();
    return { rows: entities, total: Number((raw[0] as { total?: number } | undefined)?.total ?? 0) };
  }

  /**
   * The organisation's assigned sections in the workspace's current editions: a profile that a later edition
   * replaced (profile_editions.previous_profile_id, written by the releases domain when it starts the next edition)
   * is finished work, so its sections stay out.
   */
  private async organizationSections(workspaceId: string, organizationId: string, loaders: RequestLoaders): Promise<SectionModel[]> {
    const rows: Array<{ id: string; profile_id: string }> = await this.dataSource.query(
      `SELECT s.id, s.profile_id FROM sections s
         JOIN section_assignments a ON a.section_id = s.id AND a.organization_id = $2
         JOIN profiles p ON p.id = s.profile_id AND p.workspace_id = $1
        WHERE s.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM profile_editions e WHERE e.previous_profile_id = p.id)
        ORDER BY p.created_at DESC, p.id
        LIMIT ${MY_WORK_LIMITS.sections}`,
      [workspaceId, organizationId],
    );
    return this.sectionModels(rows.map((r) => ({ sectionId: r.id, profileId: r.profile_id })), loaders);
  }

  /**
   * Sections whose latest cycle is open and has the organisation as a required signatory, without the
   * organisation's current decision on the current revision.
   */
  private async signOffsDue(workspaceId: string, organizationId: string, loaders: RequestLoaders) {
    const rows: Array<{ section_id: string; profile_id: string; cycle_id: string }> = await this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (rcs.section_id) rcs.section_id, c.id AS cycle_id, c.status, c.closes_at
           FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
          WHERE c.workspace_id = $1
          ORDER BY rcs.section_id, c.opened_at DESC, c.id DESC)
       SELECT l.section_id, s.profile_id, l.cycle_id FROM latest l
         JOIN review_cycle_organizations o ON o.review_cycle_id = l.cycle_id AND o.organization_id = $2 AND o.required_signatory
         JOIN sections s ON s.id = l.section_id AND s.archived_at IS NULL
        WHERE l.status = 'OPEN'
          AND NOT EXISTS (SELECT 1 FROM sign_offs so WHERE so.section_id = s.id AND so.organization_id = $2
                           AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id)
        ORDER BY l.closes_at, l.cycle_id
        LIMIT ${MY_WORK_LIMITS.signOffsDue}`,
      [workspaceId, organizationId],
    );
    const models = await this.sectionModels(rows.map((r) => ({ sectionId: r.section_id, profileId: r.profile_id })), loaders);
    const byId = new Map(models.map((m) => [m.id, m]));
    const cycles = await Promise.all(rows.map((r) => this.reviews.cycle(loaders, r.cycle_id)));
    return rows.flatMap((r, i) => {
      const section = byId.get(r.section_id);
      const cycle = cycles[i];
      return section && cycle ? [{ section, reviewCycle: toReviewCycleModel(cycle) }] : [];
    });
  }

  /** Unresolved threads of cycles whose latest message is from another organisation, as each role answers them. */
  private async threadsAwaitingReply(
    workspaceId: string,
    organizationId: string,
    role: { answersOwnSections: boolean; coordinator: boolean; participant: boolean },
  ) {
    let scope: string;
    if (role.coordinator) scope = `c.status = 'OPEN'`;
    else if (role.answersOwnSections) scope = `EXISTS (SELECT 1 FROM section_assignments a WHERE a.section_id = t.section_id AND a.organization_id = $2)`;
    else if (role.participant) {
      scope = `c.status = 'OPEN'
        AND EXISTS (SELECT 1 FROM review_cycle_organizations o WHERE o.review_cycle_id = c.id AND o.organization_id = $2)
        AND EXISTS (SELECT 1 FROM comments mine WHERE (mine.id = t.id OR mine.parent_id = t.id) AND mine.organization_id = $2)`;
    } else return { rows: [], total: 0 };
    const rows: Array<{ id: string; profile_id: string; total: number }> = await this.dataSource.query(
      `SELECT t.id, s.profile_id, count(*) OVER ()::int AS total
         FROM comments t
         JOIN review_cycles c ON c.id = t.review_cycle_id AND c.workspace_id = $1
         JOIN sections s ON s.id = t.section_id AND s.archived_at IS NULL
         CROSS JOIN LATERAL (SELECT x.organization_id FROM comments x WHERE x.id = t.id OR x.parent_id = t.id
                              ORDER BY x.created_at DESC, x.id DESC LIMIT 1) latest
        WHERE t.parent_id IS NULL AND t.resolved_at IS NULL AND latest.organization_id <> $2 AND ${scope}
        ORDER BY t.created_at, t.id
        LIMIT ${MY_WORK_LIMITS.threads}`,
      [workspaceId, organizationId],
    );
    if (rows.length === 0) return { rows: [], total: 0 };
    const comments = await this.dataSource.getRepository(CommentEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(comments.map((c) => [c.id, c]));
    return {
      rows: rows.flatMap((r) => {
        const comment = byId.get(r.id);
        return comment ? [toCommentModel(comment, { profileId: r.profile_id, workspaceId })] : [];
      }),
      total: rows[0]!.total,
    };
  }

  /** Open cycles closing within CLOSING_SOON_DAYS; for contributors (organizationId given), those their organisation takes part in. */
  private closingCycles(workspaceId: string, organizationId: string | null): Promise<ReviewCycleEntity[]> {
    const query = this.dataSource
      .getRepository(ReviewCycleEntity)
      .createQueryBuilder('c')
      .where('c.workspace_id = :workspaceId', { workspaceId })
      .andWhere("c.status = 'OPEN'")
      .andWhere(`c.closes_at <= now() + interval '${CLOSING_SOON_DAYS} days'`)
      .orderBy('c.closes_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(MY_WORK_LIMITS.closingCycles);
    if (organizationId !== null) {
      query.andWhere('EXISTS (SELECT 1 FROM review_cycle_organizations o WHERE o.review_cycle_id = c.id AND o.organization_id = :organizationId)', {
        organizationId,
      });
    }
    return query.getMany();
  }

  /** Sections as GraphQL shows them (numbered), grouped by profile in the given order, each profile in outline order. */
  private async sectionModels(refs: ReadonlyArray<{ sectionId: string; profileId: string }>, loaders: RequestLoaders): Promise<SectionModel[]> {
    const profileIds = [...new Set(refs.map((r) => r.profileId))];
    const profiles = profileIds.length ? await this.dataSource.getRepository(ProfileEntity).findBy({ id: In(profileIds) }) : [];
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const groups = await Promise.all(
      profileIds.map((profileId) => {
        const profile = byId.get(profileId);
        return profile ? this.reviews.sectionModels(loaders, profile, refs.filter((r) => r.profileId === profileId).map((r) => r.sectionId)) : [];
      }),
    );
    return groups.flat();
  }

  private async readableOnly(access: WorkspaceAccess, sections: SectionModel[]): Promise<SectionModel[]> {
    const kept: SectionModel[] = [];
    const readable = new Map<string, 'all' | ReadonlySet<string>>();
    for (const section of sections) {
      if (!readable.has(section.profileId)) readable.set(section.profileId, await this.sections.readableSectionIds(access, section.profileId));
      const ids = readable.get(section.profileId)!;
      if (ids === 'all' || ids.has(section.id)) kept.push(section);
    }
    return kept;
  }
}
