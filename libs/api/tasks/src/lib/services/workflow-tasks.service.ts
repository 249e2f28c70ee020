import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '@mps/api-core';
import { outlineStyleOf, ProfileEntity, SectionEntity, SectionsChanged, SectionWorkPort } from '@mps/api-profiles';
import { ReviewChanged, ReviewCycleEntity, ReviewWorkPort } from '@mps/api-reviews';
import {
  automaticTaskChange,
  automaticTaskKey,
  AutomaticTaskWant,
  DomainEvent,
  orderOutline,
  sectionLabel,
  TaskStatusValue,
} from '@mps/shared-domain';
import { TaskEntity } from '../entities/task.entity';

/** What the workflow's facts ask of one automatic task, with what a new task would carry. */
interface Wanted {
  sourceKey: string;
  want: AutomaticTaskWant;
  workspaceId: string;
  profileId: string;
  sectionId: string | null;
  reviewCycleId: string | null;
  assigneeOrganizationId: string;
  title: string;
  description: string;
  dueAt: Date | null;
}

/** At most this many section labels in a sign-off task's title; more are counted instead. */
const LISTED_SECTIONS = 3;

/** "A, B and C" */
const listed = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The tasks the workflow creates and completes (docs/domain.md "Tasks", docs/adr/0014), inside the transaction of
 * the change that causes them. Each automatic task has a stable source key; every trigger recomputes, from the facts
 * as they are after the change, what each key's task should be (`automaticTaskChange`), so that running it twice, or
 * after a re-assignment to the same organisations, changes nothing. A new task is inserted with
 * ON CONFLICT DO NOTHING on the unique key: two transactions creating the same task at once leave one.
 */
@Injectable()
export class WorkflowTasksService implements SectionWorkPort, ReviewWorkPort {
  constructor(private readonly audit: AuditService) {}

  /** Assignments changed, or sections were archived: "Draft" tasks follow the assigned organisations, and so do "Answer the comments" ones. */
  async onSectionsChanged(manager: EntityManager, change: SectionsChanged): Promise<DomainEvent[]> {
    if (change.sectionIds.length === 0) return [];
    const events = await this.syncDraftTasks(manager, change.profileId, change.sectionIds, change.actorId);
    const pairs: Array<{ review_cycle_id: string; section_id: string }> = await manager.query(
      'SELECT review_cycle_id, section_id FROM review_cycle_sections WHERE section_id = ANY($1::uuid[])',
      [change.sectionIds],
    );
    if (pairs.length) {
      events.push(
        ...(await this.syncAnswerTasks(
          manager,
          change.profileId,
          pairs.map((p) => ({ reviewCycleId: p.review_cycle_id, sectionId: p.section_id })),
          change.actorId,
        )),
      );
    }
    return events;
  }

  async onReviewChanged(manager: EntityManager, change: ReviewChanged): Promise<DomainEvent[]> {
    switch (change.what) {
      case 'CYCLE_OPENED': {
        // The sections went to review: drafting them is done.
        const drafting = await this.finishDraftTasks(manager, change.profileId, change.sectionIds, change.actorId);
        return [...drafting, ...(await this.syncSignOffTasks(manager, change.profileId, change.reviewCycleIds, change.actorId))];
      }
      case 'CYCLE_CLOSED':
        return this.syncSignOffTasks(manager, change.profileId, change.reviewCycleIds, change.actorId);
      case 'SIGNED_OFF':
      case 'REVISION_SAVED': {
        const cycleIds = change.reviewCycleIds.length ? change.reviewCycleIds : await this.openCyclesOf(manager, change.sectionIds);
        return this.syncSignOffTasks(manager, change.profileId, cycleIds, change.actorId);
      }
      case 'COMMENTS_CHANGED':
        return this.syncAnswerTasks(
          manager,
          change.profileId,
          change.reviewCycleIds.flatMap((reviewCycleId) => change.sectionIds.map((sectionId) => ({ reviewCycleId, sectionId }))),
          change.actorId,
        );
    }
  }

  // ------------------------------------------------------------------ the three kinds

  /** "Draft <section>" for each organisation assigned to a section that is not archived; cancelled when it loses it. */
  private async syncDraftTasks(manager: EntityManager, profileId: string, sectionIds: readonly string[], actorId: string | null) {
    const { profile, labelOf, sections } = await this.outline(manager, profileId);
    const assignments: Array<{ section_id: string; organization_id: string }> = await manager.query(
      'SELECT section_id, organization_id FROM section_assignments WHERE section_id = ANY($1::uuid[])',
      [sectionIds],
    );
    const wanted: Wanted[] = [];
    for (const a of assignments) {
      const section = sections.get(a.section_id);
      if (!section || section.archivedAt) continue;
      wanted.push({
        sourceKey: automaticTaskKey.draft(section.id, a.organization_id),
        want: 'PRESENT',
        workspaceId: profile.workspaceId,
        profileId,
        sectionId: section.id,
        reviewCycleId: null,
        assigneeOrganizationId: a.organization_id,
        title: `Draft ${labelOf(section.id)}`,
        description: `Your organisation is assigned to write ${labelOf(section.id)} of ${profile.title} (${profile.edition}). Write it and save it; it goes to review when the coordinator opens a review cycle on it.`,
        dueAt: null,
      });
    }
    const existing = await manager
      .createQueryBuilder(TaskEntity, 't')
      .where('t.section_id = ANY(:sectionIds::uuid[])', { sectionIds })
      .andWhere("t.source_key LIKE 'draft:%'")
      .getMany();
    return this.apply(manager, this.withGone(wanted, existing, 'GONE'), actorId);
  }

  /** Drafting the sections is done once they go to review. */
  private async finishDraftTasks(manager: EntityManager, profileId: string, sectionIds: readonly string[], actorId: string | null) {
    const existing = await manager
      .createQueryBuilder(TaskEntity, 't')
      .where('t.section_id = ANY(:sectionIds::uuid[])', { sectionIds })
      .andWhere("t.source_key LIKE 'draft:%'")
      .getMany();
    return this.apply(manager, this.withGone([], existing, 'FINISHED'), actorId);
  }

  /**
   * "Review and sign off <sections>" for each required signatory organisation of a cycle, due when the cycle
   * closes: done once the organisation has a current decision (either) on the current revision of every section,
   * or the cycle closed; open again when a new revision makes a decision stale while the cycle is open.
   */
  private async syncSignOffTasks(manager: EntityManager, profileId: string, cycleIds: readonly string[], actorId: string | null) {
    if (cycleIds.length === 0) return [];
    const { profile, labelOf, sections } = await this.outline(manager, profileId);
    const cycles = await manager.find(ReviewCycleEntity, { where: { id: In([...cycleIds]) } });
    const cycleSections: Array<{ review_cycle_id: string; section_id: string }> = await manager.query(
      'SELECT review_cycle_id, section_id FROM review_cycle_sections WHERE review_cycle_id = ANY($1::uuid[])',
      [cycleIds],
    );
    const signatories: Array<{ review_cycle_id: string; organization_id: string }> = await manager.query(
      'SELECT review_cycle_id, organization_id FROM review_cycle_organizations WHERE review_cycle_id = ANY($1::uuid[]) AND required_signatory',
      [cycleIds],
    );
    const sectionIds = [...new Set(cycleSections.map((s) => s.section_id))];
    const decisions: Array<{ section_id: string; organization_id: string; revision_id: string }> = sectionIds.length
      ? await manager.query(
          'SELECT section_id, organization_id, revision_id FROM sign_offs WHERE section_id = ANY($1::uuid[]) AND superseded_at IS NULL',
          [sectionIds],
        )
      : [];
    const decided = new Set(decisions.map((d) => `${d.section_id}:${d.organization_id}:${d.revision_id}`));
    const wanted: Wanted[] = [];
    for (const cycle of cycles) {
      const held = cycleSections
        .filter((s) => s.review_cycle_id === cycle.id)
        .map((s) => sections.get(s.section_id))
        .filter((s): s is SectionEntity => s !== undefined && s.archivedAt === null)
        .sort((a, b) => (labelOf.order(a.id) ?? 0) - (labelOf.order(b.id) ?? 0));
      const labels = held.map((s) => labelOf(s.id));
      const title =
        labels.length <= LISTED_SECTIONS
          ? `Review and sign off ${listed(labels)}`
          : `Review and sign off ${labels.length} sections of '${cycle.title}'`;
      for (const s of signatories.filter((o) => o.review_cycle_id === cycle.id)) {
        const allDecided = held.every((section) => section.currentRevisionId !== null && decided.has(`${section.id}:${s.organization_id}:${section.currentRevisionId}`));
        wanted.push({
          sourceKey: automaticTaskKey.signOff(cycle.id, s.organization_id),
          want: cycle.status === 'CLOSED' || allDecided ? 'FINISHED' : 'REQUIRED',
          workspaceId: profile.workspaceId,
          profileId,
          sectionId: held.length === 1 ? held[0]!.id : null,
          reviewCycleId: cycle.id,
          assigneeOrganizationId: s.organization_id,
          title,
          description: `Your organisation is a required signatory of the review cycle '${cycle.title}'. Read ${listed(labels)} and approve or request changes on each, before the cycle closes.`,
          dueAt: cycle.closesAt,
        });
      }
    }
    return this.apply(manager, wanted, actorId);
  }

  /**
   * "Answer the comments on <section>" for each organisation assigned to the section, while any thread of a cycle
   * opened by an organisation taking part in it awaits a disposition (docs/domain.md rule 6): one task per section
   * and cycle rather than per thread, because the focal point answers them together on the section's screen.
   */
  private async syncAnswerTasks(
    manager: EntityManager,
    profileId: string,
    pairs: ReadonlyArray<{ reviewCycleId: string; sectionId: string }>,
    actorId: string | null,
  ) {
    if (pairs.length === 0) return [];
    const { profile, labelOf, sections } = await this.outline(manager, profileId);
    const cycleIds = [...new Set(pairs.map((p) => p.reviewCycleId))];
    const sectionIds = [...new Set(pairs.map((p) => p.sectionId))];
    const cycles = new Map((await manager.find(ReviewCycleEntity, { where: { id: In(cycleIds) } })).map((c) => [c.id, c]));
    const awaiting: Array<{ review_cycle_id: string; section_id: string }> = await manager.query(
      `SELECT DISTINCT c.review_cycle_id, c.section_id FROM comments c
         JOIN review_cycle_organizations o ON o.review_cycle_id = c.review_cycle_id AND o.organization_id = c.organization_id
        WHERE c.parent_id IS NULL AND c.disposition IS NULL
          AND c.review_cycle_id = ANY($1::uuid[]) AND c.section_id = ANY($2::uuid[])`,
      [cycleIds, sectionIds],
    );
    const waiting = new Set(awaiting.map((a) => `${a.review_cycle_id}:${a.section_id}`));
    const assignments: Array<{ section_id: string; organization_id: string }> = await manager.query(
      'SELECT section_id, organization_id FROM section_assignments WHERE section_id = ANY($1::uuid[])',
      [sectionIds],
    );
    const wanted: Wanted[] = [];
    for (const { reviewCycleId, sectionId } of pairs) {
      const cycle = cycles.get(reviewCycleId);
      const section = sections.get(sectionId);
      if (!cycle || !section || section.archivedAt) continue;
      for (const a of assignments.filter((x) => x.section_id === sectionId)) {
        wanted.push({
          sourceKey: automaticTaskKey.answerComments(cycle.id, section.id, a.organization_id),
          want: waiting.has(`${cycle.id}:${section.id}`) ? 'REQUIRED' : 'FINISHED',
          workspaceId: profile.workspaceId,
          profileId,
          sectionId: section.id,
          reviewCycleId: cycle.id,
          assigneeOrganizationId: a.organization_id,
          title: `Answer the comments on ${labelOf(section.id)}`,
          description: `Comments from the review cycle '${cycle.title}' are waiting for a disposition: record for each whether it was accepted, partly accepted or not accepted, with a reason.`,
          dueAt: cycle.closesAt,
        });
      }
    }
    const existing = await manager
      .createQueryBuilder(TaskEntity, 't')
      .where('t.review_cycle_id = ANY(:cycleIds::uuid[])', { cycleIds })
      .andWhere('t.section_id = ANY(:sectionIds::uuid[])', { sectionIds })
      .andWhere("t.source_key LIKE 'answer-comments:%'")
      .getMany();
    return this.apply(manager, this.withGone(wanted, existing, 'GONE'), actorId);
  }

  // ------------------------------------------------------------------ helpers

  /** Adds, for every existing task the facts no longer ask for, the given want (GONE: the reason went away). */
  private withGone(wanted: Wanted[], existing: readonly TaskEntity[], want: AutomaticTaskWant): Wanted[] {
    const keys = new Set(wanted.map((w) => w.sourceKey));
    const rest = existing
      .filter((t) => t.sourceKey !== null && !keys.has(t.sourceKey))
      .map(
        (t): Wanted => ({
          sourceKey: t.sourceKey!,
          want,
          workspaceId: t.workspaceId,
          profileId: t.profileId,
          sectionId: t.sectionId,
          reviewCycleId: t.reviewCycleId,
          assigneeOrganizationId: t.assigneeOrganizationId!,
          title: t.title,
          description: t.description ?? '',
          dueAt: t.dueAt,
        }),
      );
    return [...wanted, ...rest];
  }

  /** Applies each want to its task (locked), recording each change in the audit log; answers the events. */
  private async apply(manager: EntityManager, wanted: readonly Wanted[], actorId: string | null): Promise<DomainEvent[]> {
    if (wanted.length === 0) return [];
    const workspaceId = wanted[0]!.workspaceId;
    const locked: TaskEntity[] = await manager
      .createQueryBuilder(TaskEntity, 't')
      .setLock('pessimistic_write')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .andWhere('t.source_key = ANY(:keys)', { keys: wanted.map((w) => w.sourceKey) })
      .orderBy('t.id')
      .getMany();
    const byKey = new Map(locked.map((t) => [t.sourceKey!, t]));
    const events: DomainEvent[] = [];
    const at = new Date().toISOString();
    for (const w of wanted) {
      const task = byKey.get(w.sourceKey) ?? null;
      const change = automaticTaskChange(task?.status ?? null, w.want);
      if (change === null) continue;
      if (change === 'CREATE') {
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO tasks (workspace_id, profile_id, section_id, review_cycle_id, title, description, status,
                              assignee_organization_id, due_at, source_key, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', $7, $8, $9, $10)
           ON CONFLICT (workspace_id, source_key) WHERE source_key IS NOT NULL DO NOTHING
           RETURNING id`,
          [w.workspaceId, w.profileId, w.sectionId, w.reviewCycleId, w.title, w.description, w.assigneeOrganizationId, w.dueAt, w.sourceKey, actorId],
        );
        // Another transaction created it meanwhile (it committed first): that one is the task.
        if (inserted.length === 0) continue;
        const id = inserted[0]!.id;
        await this.audit.record(manager, {
          actorId,
          workspaceId: w.workspaceId,
          action: 'task.created',
          subjectType: 'Task',
          subjectId: id,
          data: { profileId: w.profileId, sectionId: w.sectionId, reviewCycleId: w.reviewCycleId, assigneeOrganizationId: w.assigneeOrganizationId, automatic: true, sourceKey: w.sourceKey },
        });
        events.push(this.event('TASK_CREATED', { ...w, id, status: 'OPEN' }, actorId, at));
        continue;
      }
      await manager.query('UPDATE tasks SET status = $2, status_changed_by_id = NULL, status_changed_at = now() WHERE id = $1', [task!.id, change]);
      await this.audit.record(manager, {
        actorId,
        workspaceId: task!.workspaceId,
        action: 'task.status-changed',
        subjectType: 'Task',
        subjectId: task!.id,
        data: { profileId: task!.profileId, before: task!.status, after: change, automatic: true },
      });
      events.push(this.event('TASK_STATUS_CHANGED', { ...task!, status: change }, actorId, at));
    }
    return events;
  }

  private event(
    type: 'TASK_CREATED' | 'TASK_STATUS_CHANGED',
    task: { id: string; workspaceId: string; profileId: string; sectionId: string | null; reviewCycleId: string | null; assigneeOrganizationId: string | null; status: TaskStatusValue },
    actorId: string | null,
    at: string,
  ): DomainEvent {
    return {
      type,
      workspaceId: task.workspaceId,
      profileId: task.profileId,
      sectionId: task.sectionId,
      reviewCycleId: task.reviewCycleId,
      taskId: task.id,
      status: task.status,
      assigneeUserId: null,
      assigneeOrganizationId: task.assigneeOrganizationId,
      actorId,
      at,
    };
  }

  private async openCyclesOf(manager: EntityManager, sectionIds: readonly string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT DISTINCT c.id FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
        WHERE rcs.section_id = ANY($1::uuid[]) AND c.status = 'OPEN'`,
      [sectionIds],
    );
    return rows.map((r) => r.id);
  }

  /** The profile, its sections by id and each one's label as the outline numbers it now ("A.4 Emigration"). */
  private async outline(manager: EntityManager, profileId: string) {
    const profile = await manager.findOneByOrFail(ProfileEntity, { id: profileId });
    const all = await manager.find(SectionEntity, { where: { profileId } });
    const placed = orderOutline(
      all.filter((s) => s.archivedAt === null),
      outlineStyleOf(profile),
    );
    const numbers = new Map(placed.map((p, index) => [p.node.id, { number: p.number, index }]));
    const sections = new Map(all.map((s) => [s.id, s]));
    const labelOf = Object.assign((id: string) => sectionLabel({ number: numbers.get(id)?.number ?? '', title: sections.get(id)?.title ?? '' }), {
      order: (id: string) => numbers.get(id)?.index,
    });
    return { profile, sections, labelOf };
  }
}
