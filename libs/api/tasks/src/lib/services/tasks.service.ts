import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  EventBus,
  ForbiddenError,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { AccessService, Actor, MembershipEntity, OrganizationEntity, UserEntity, WorkspaceAccess } from '@mps/api-iam';
import { ProfileEntity, SectionEntity } from '@mps/api-profiles';
import { ReviewCycleEntity } from '@mps/api-reviews';
import {
  createTaskSchema,
  DomainEvent,
  isTaskStatus,
  PERMISSIONS,
  TASK_STATUSES,
  TaskStatusValue,
  taskStatusChange,
  taskStatusChoices,
} from '@mps/shared-domain';
import { TaskEntity } from '../entities/task.entity';
import { CreateTaskInput } from '../models/task.model';

/** How BAD_USER_INPUT messages name each argument. */
const TASK_LABELS = {
  title: 'the title',
  description: 'the description',
  assigneeUserId: 'the person or organisation',
  assigneeOrganizationId: 'the person or organisation',
  dueAt: 'the due date',
};

/** Due dates outside these years are typing mistakes (or hostile input), not plans. */
const EARLIEST_DUE_YEAR = 2000;
const LATEST_DUE_YEAR = 2100;

/** At most this many tasks in `myTasks`: the work still to do first, by due date. */
export const MY_TASKS_LIMIT = 500;

/**
 * Tasks created by hand, their status, and the caller's list (docs/domain.md "Tasks"). Every change runs in one
 * transaction with its audit event; its TASK_* event is published after the commit. The workflow's own tasks are
 * WorkflowTasksService's.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * A task for one person or one organisation of the profile's workspace. Coordinators create tasks for anyone;
   * focal points for their own organisation or one of its members. Observers only read, so they are never assignees.
   */
  async create(actor: Actor, input: CreateTaskInput): Promise<TaskEntity> {
    const profile = isUuid(input.profileId) ? await this.dataSource.getRepository(ProfileEntity).findOneBy({ id: input.profileId }) : null;
    if (!profile) throw new NotFoundError('Profile');
    const access = await this.access.authorize(actor, 'createTask', profile.workspaceId, 'Profile');
    const parsed = parseInput(
      createTaskSchema,
      {
        title: input.title,
        description: input.description ?? null,
        assigneeUserId: input.assigneeUserId ?? null,
        assigneeOrganizationId: input.assigneeOrganizationId ?? null,
        dueAt: input.dueAt ?? null,
      },
      TASK_LABELS,
    );
    if (parsed.dueAt) {
      const year = parsed.dueAt.getUTCFullYear();
      if (year < EARLIEST_DUE_YEAR || year > LATEST_DUE_YEAR) {
        throw new BadUserInputError(`Enter a due date between ${EARLIEST_DUE_YEAR} and ${LATEST_DUE_YEAR}.`, 'dueAt');
      }
    }

    const sectionId = input.sectionId ?? null;
    const section =
      sectionId === null ? null : isUuid(sectionId) ? await this.dataSource.getRepository(SectionEntity).findOneBy({ id: sectionId, profileId: profile.id }) : null;
    if (sectionId !== null && !section) throw new NotFoundError('Section');
    if (section?.archivedAt) throw new BadUserInputError('This section is archived: choose a section of the current outline.', 'sectionId');

    const reviewCycleId = input.reviewCycleId ?? null;
    const cycle =
      reviewCycleId === null
        ? null
        : isUuid(reviewCycleId)
          ? await this.dataSource.getRepository(ReviewCycleEntity).findOneBy({ id: reviewCycleId, profileId: profile.id })
          : null;
    if (reviewCycleId !== null && !cycle) throw new NotFoundError('Review cycle');
    if (cycle && section) {
      const held: unknown[] = await this.dataSource.query('SELECT 1 FROM review_cycle_sections WHERE review_cycle_id = $1 AND section_id = $2', [cycle.id, section.id]);
      if (held.length === 0) throw new BadUserInputError('This review cycle does not hold the section.', 'reviewCycleId');
    }

    const assigneeOrganizationId = await this.requireAssignee(access, parsed.assigneeUserId, parsed.assigneeOrganizationId);

    const task = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        TaskEntity,
        manager.create(TaskEntity, {
          workspaceId: profile.workspaceId,
          profileId: profile.id,
          sectionId: section?.id ?? null,
          reviewCycleId: cycle?.id ?? null,
          title: parsed.title,
          description: parsed.description,
          status: 'OPEN',
          assigneeUserId: parsed.assigneeUserId,
          assigneeOrganizationId,
          dueAt: parsed.dueAt,
          sourceKey: null,
          createdById: actor.userId,
          statusChangedById: null,
          statusChangedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'task.created',
        subjectType: 'Task',
        subjectId: created.id,
        data: {
          profileId: profile.id,
          sectionId: created.sectionId,
          reviewCycleId: created.reviewCycleId,
          assigneeUserId: created.assigneeUserId,
          assigneeOrganizationId: created.assigneeOrganizationId,
          dueAt: created.dueAt?.toISOString() ?? null,
          automatic: false,
        },
      });
      return created;
    });
    this.events.publish(this.event('TASK_CREATED', task, actor.userId));
    return task;
  }

  /**
   * Moves a task to another status (taskStatusChange): its assignee, members of its organisation and coordinators;
   * cancelling only coordinators. The same status again changes nothing, except that taking a task someone else
   * already took (IN_PROGRESS) is a CONFLICT naming them: two members of an organisation never both believe they
   * took it. The row lock serialises two changes of one task.
   */
  async setStatus(actor: Actor, id: string, status: string): Promise<TaskEntity> {
    const found = isUuid(id) ? await this.dataSource.getRepository(TaskEntity).findOneBy({ id }) : null;
    if (!found) throw new NotFoundError('Task');
    const access = await this.access.authorize(actor, 'setTaskStatus', found.workspaceId, 'Task');
    if (!isTaskStatus(status)) throw new BadUserInputError(`Choose one of ${TASK_STATUSES.join(', ')}.`, 'status');
    if (!this.mayWork(access, actor, found)) {
      throw new ForbiddenError("Only the task's assignee, members of its organisation and coordinators may change it.");
    }

    let event: DomainEvent | null = null;
    const task = await this.dataSource.transaction(async (manager) => {
      const current = await manager
        .createQueryBuilder(TaskEntity, 't')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: found.id })
        .getOneOrFail();
      const change = taskStatusChange(current.status, status, { managesTasks: access.can(PERMISSIONS.TASK_MANAGE) });
      if (change.kind === 'refused') throw new ForbiddenError('Only coordinators may cancel a task.');
      if (change.kind === 'unchanged') {
        if (status === 'IN_PROGRESS' && current.statusChangedById && current.statusChangedById !== actor.userId) {
          const by = await manager.findOneBy(UserEntity, { id: current.statusChangedById });
          throw new ConflictError(`${by?.displayName ?? 'Someone'} already started this task.`, { taskId: current.id });
        }
        return current;
      }
      const changedAt = new Date();
      await manager.update(TaskEntity, { id: current.id }, { status, statusChangedById: actor.userId, statusChangedAt: changedAt });
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: current.workspaceId,
        action: 'task.status-changed',
        subjectType: 'Task',
        subjectId: current.id,
        data: { profileId: current.profileId, before: current.status, after: status, automatic: false },
      });
      const changed: TaskEntity = { ...current, status, statusChangedById: actor.userId, statusChangedAt: changedAt };
      event = this.event('TASK_STATUS_CHANGED', changed, actor.userId);
      return changed;
    });
    if (event) this.events.publish(event);
    return task;
  }

  /**
   * The caller's tasks in every workspace they are an active member of: their own and their organisation's, work
   * still to do first, then by due date (none last) and age; without `status`, in every status. Bounded.
   */
  async mine(actor: Actor, status: string | null): Promise<TaskEntity[]> {
    if (status !== null && !isTaskStatus(status)) throw new BadUserInputError(`Choose one of ${TASK_STATUSES.join(', ')}.`, 'status');
    return this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin(
        MembershipEntity,
        'm',
        'm.workspace_id = t.workspace_id AND m.user_id = :userId AND m.deactivated_at IS NULL AND (t.assignee_user_id = m.user_id OR t.assignee_organization_id = m.organization_id)',
        { userId: actor.userId },
      )
      .where(status === null ? '1=1' : 't.status = :status', { status })
      .orderBy(`CASE WHEN t.status IN ('OPEN', 'IN_PROGRESS') THEN 0 ELSE 1 END`)
      .addOrderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(MY_TASKS_LIMIT)
      .getMany();
  }

  /** Whether the caller may change the task's status: coordinators any; others when it is theirs or their organisation's. */
  mayWork(access: WorkspaceAccess, actor: Actor, task: Pick<TaskEntity, 'assigneeUserId' | 'assigneeOrganizationId'>): boolean {
    if (access.can(PERMISSIONS.TASK_MANAGE)) return true;
    if (!access.can(PERMISSIONS.TASK_WORK)) return false;
    return task.assigneeUserId === actor.userId || (task.assigneeOrganizationId !== null && task.assigneeOrganizationId === access.membership?.organizationId);
  }

  /** The statuses the caller may move the task to now (none when it is not theirs to change). */
  async statusChoices(actor: Actor, task: Pick<TaskEntity, 'workspaceId' | 'status' | 'assigneeUserId' | 'assigneeOrganizationId'>): Promise<TaskStatusValue[]> {
    const access = await this.access.accessTo(actor, task.workspaceId);
    if (!access || !this.mayWork(access, actor, task)) return [];
    return taskStatusChoices(task.status, { managesTasks: access.can(PERMISSIONS.TASK_MANAGE) });
  }

  /**
   * Checks the assignee and answers the organisation id to store: a person must be an active member of the
   * workspace and not an observer; an organisation one of the workspace's. Focal points only for their own
   * organisation or its members. Ids that are not this workspace's are NOT_FOUND (docs/domain.md rule 1).
   */
  private async requireAssignee(access: WorkspaceAccess, userId: string | null, organizationId: string | null): Promise<string | null> {
    const ownOrganizationId = access.can(PERMISSIONS.TASK_MANAGE) ? null : (access.membership?.organizationId ?? 'none');
    const notOwn = () => new ForbiddenError('Focal points create tasks for their own organisation or one of its members.');
    if (userId !== null) {
      const membership = isUuid(userId)
        ? await this.dataSource.getRepository(MembershipEntity).findOneBy({ userId, workspaceId: access.workspaceId, deactivatedAt: IsNull() })
        : null;
      if (!membership) throw new NotFoundError('Member');
      if (membership.role === 'OBSERVER') {
        throw new BadUserInputError('Observers only read: give the task to someone who works on the profile.', 'assigneeUserId');
      }
      if (ownOrganizationId !== null && membership.organizationId !== ownOrganizationId) throw notOwn();
      return null;
    }
    const organization = organizationId && isUuid(organizationId)
      ? await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId, workspaceId: access.workspaceId })
      : null;
    if (!organization) throw new NotFoundError('Organisation');
    if (ownOrganizationId !== null && organization.id !== ownOrganizationId) throw notOwn();
    return organization.id;
  }

  private event(type: 'TASK_CREATED' | 'TASK_STATUS_CHANGED', task: TaskEntity, actorId: string): DomainEvent {
    return {
      type,
      workspaceId: task.workspaceId,
      profileId: task.profileId,
      sectionId: task.sectionId,
      reviewCycleId: task.reviewCycleId,
      taskId: task.id,
      status: task.status,
      assigneeUserId: task.assigneeUserId,
      assigneeOrganizationId: task.assigneeOrganizationId,
      actorId,
      at: new Date().toISOString(),
    };
  }
}
