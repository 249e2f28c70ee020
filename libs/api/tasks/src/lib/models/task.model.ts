import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isTaskOverdue, TaskStatusValue } from '@mps/shared-domain';
import type { TaskEntity } from '../entities/task.entity';

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

@ObjectType('Task', { description: 'Something a person or an organisation must do on a profile, created by hand or by the workflow.' })
export class TaskModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field({ description: 'The due date passed while the task is OPEN or IN_PROGRESS (computed when read).' }) overdue!: boolean;
  @Field({ description: 'Created and completed by the workflow (assignments, review cycles, comments), not by a person.' })
  automatic!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the status last changed.' }) statusChangedAt!: Date | null;
  workspaceId!: string;
  profileId!: string;
  sectionId!: string | null;
  reviewCycleId!: string | null;
  assigneeUserId!: string | null;
  assigneeOrganizationId!: string | null;
  createdById!: string | null;
  statusChangedById!: string | null;
}

export const toTaskModel = (t: TaskEntity, now: Date = new Date()): TaskModel => ({
  id: t.id,
  title: t.title,
  description: t.description,
  status: t.status as TaskStatus,
  dueAt: t.dueAt,
  overdue: isTaskOverdue({ status: t.status as TaskStatusValue, dueAt: t.dueAt }, now),
  automatic: t.sourceKey !== null,
  createdAt: t.createdAt,
  statusChangedAt: t.statusChangedAt,
  workspaceId: t.workspaceId,
  profileId: t.profileId,
  sectionId: t.sectionId,
  reviewCycleId: t.reviewCycleId,
  assigneeUserId: t.assigneeUserId,
  assigneeOrganizationId: t.assigneeOrganizationId,
  createdById: t.createdById,
  statusChangedById: t.statusChangedById,
});

@InputType()
export class CreateTaskInput {
  @Field(() => ID) profileId!: string;
  @Field(() => ID, { nullable: true, description: 'A section of the profile the task is about.' }) sectionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A review cycle of the profile the task is about.' }) reviewCycleId?: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person (an active member of the workspace, not an observer); or:' })
  assigneeUserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An organisation of the workspace, whose members may all take the task. Exactly one assignee.' })
  assigneeOrganizationId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Past dates are allowed: the task is overdue at once.' }) dueAt?: Date | null;
}
