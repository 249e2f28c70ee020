import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationModel, RoleEnum } from '@mps/api-iam';
import { SectionModel } from '@mps/api-profiles';
import { CommentModel, ReviewCycleModel } from '@mps/api-reviews';
import type { Role } from '@mps/shared-domain';
import { TaskModel } from './task.model';

@ObjectType('SignOffDue', { description: "A section of an open review cycle waiting for the caller's organisation to approve or request changes." })
export class SignOffDueModel {
  @Field(() => SectionModel) section!: SectionModel;
  @Field(() => ReviewCycleModel) reviewCycle!: ReviewCycleModel;
}

@ObjectType('MyWork', {
  description:
    "The caller's home screen in one workspace, for their role, in one round trip. Every list is bounded (see each field); the counts say how many there are in all.",
})
export class MyWorkModel {
  @Field(() => RoleEnum, { description: "The caller's role in the workspace." }) role!: Role;
  @Field(() => OrganizationModel, { description: "The caller's organisation in the workspace." }) organization!: OrganizationModel;
  @Field(() => [TaskModel], { description: "Open and in-progress tasks of the caller and of their organisation, overdue and soonest due first (at most 50)." })
  tasks!: TaskModel[];
  @Field(() => Int, { description: 'How many open and in-progress tasks the caller and their organisation have.' }) openTaskCount!: number;
  @Field(() => [TaskModel], { description: "Coordinators: the workspace's overdue tasks, to chase, most overdue first (at most 50); empty for other roles." })
  overdueTasks!: TaskModel[];
  @Field(() => Int, { description: "Coordinators: how many of the workspace's tasks are overdue." }) overdueTaskCount!: number;
  @Field(() => [SectionModel], {
    description: "Sections assigned to the caller's organisation, in current editions (not ones a later edition replaced), in outline order (at most 200).",
  })
  sections!: SectionModel[];
  @Field(() => [SignOffDueModel], { description: "Sections of open review cycles awaiting the caller's organisation's sign-off on their current revision (at most 100)." })
  signOffsDue!: SignOffDueModel[];
  @Field(() => [CommentModel], {
    description:
      "Unresolved threads whose latest message came from another organisation, waiting for the caller's side to reply (focal points: their organisation's sections; coordinators: threads of open cycles; contributors: threads their organisation wrote in, while the cycle is open), oldest first (at most 20).",
  })
  threadsAwaitingReply!: CommentModel[];
  @Field(() => Int) threadsAwaitingReplyCount!: number;
  @Field(() => [ReviewCycleModel], { description: 'Open review cycles the caller may see that close within 14 days, soonest first (at most 20).' })
  closingCycles!: ReviewCycleModel[];
}
