import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import {
  AccessService,
  Actor,
  CurrentActor,
  IamLoaders,
  OrganizationModel,
  toOrganizationModel,
  toUserModel,
  UserModel,
} from '@mps/api-iam';
import { ProfileLoaders, ProfileModel, SectionAccessService, SectionModel, toProfileModel } from '@mps/api-profiles';
import { ReviewCycleModel, ReviewCyclesService, ReviewLoaders, toReviewCycleModel } from '@mps/api-reviews';
import { CreateTaskInput, TaskModel, TaskStatus, toTaskModel } from '../models/task.model';
import { TasksService } from '../services/tasks.service';

const VISIBLE =
  'A task reaches only its assignee, members of its organisation and, through createTask or setTaskStatus, those allowed to create or change it: all members of its workspace';

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly access: AccessService,
    private readonly iam: IamLoaders,
    private readonly profiles: ProfileLoaders,
    private readonly sections: SectionAccessService,
    private readonly reviews: ReviewLoaders,
    private readonly cycles: ReviewCyclesService,
  ) {}

  @Query(() => [TaskModel], {
    description:
      "The caller's own tasks and their organisations' tasks, in every workspace; without status, in every status. Work still to do first, by due date; at most 500.",
  })
  async myTasks(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => TaskStatus, nullable: true }) status?: TaskStatus | null,
  ): Promise<TaskModel[]> {
    const now = new Date();
    return (await this.tasks.mine(actor, status ?? null)).map((t) => toTaskModel(t, now));
  }

  @Mutation(() => TaskModel)
  async createTask(@CurrentActor() actor: Actor, @Args('input') input: CreateTaskInput): Promise<TaskModel> {
    return toTaskModel(await this.tasks.create(actor, input));
  }

  @Mutation(() => TaskModel)
  async setTaskStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => TaskStatus }) status: TaskStatus,
  ): Promise<TaskModel> {
    return toTaskModel(await this.tasks.setStatus(actor, id, status));
  }

  @ResolveField(() => ProfileModel)
  @FieldAccess(VISIBLE)
  async profile(@Parent() task: TaskModel, @Context() ctx: GqlContext): Promise<ProfileModel> {
    const profile = await this.profiles.profile(ctx.loaders, task.profileId);
    if (!profile) throw new NotFoundError('Profile');
    return toProfileModel(profile);
  }

  @ResolveField(() => SectionModel, {
    nullable: true,
    description: 'The section the task is about; null also when the caller may not read it (contributors: outside their review cycles).',
  })
  @FieldAccess(`${VISIBLE}; the section only when the caller may read it`)
  async section(@Parent() task: TaskModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SectionModel | null> {
    if (!task.sectionId) return null;
    const access = await this.access.accessTo(actor, task.workspaceId);
    if (!access) return null;
    const [section, profile] = await Promise.all([this.reviews.section(ctx.loaders, task.sectionId), this.profiles.profile(ctx.loaders, task.profileId)]);
    if (!section || !profile || !(await this.sections.mayRead(access, section))) return null;
    return (await this.reviews.sectionModels(ctx.loaders, profile, [section.id]))[0] ?? null;
  }

  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'The review cycle the task is about; null also when the caller may not see it.' })
  @FieldAccess(`${VISIBLE}; the cycle only when the caller may see it`)
  async reviewCycle(@Parent() task: TaskModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<ReviewCycleModel | null> {
    if (!task.reviewCycleId) return null;
    const access = await this.access.accessTo(actor, task.workspaceId);
    const cycle = await this.reviews.cycle(ctx.loaders, task.reviewCycleId);
    if (!access || !cycle || !(await this.cycles.maySee(access, ctx.loaders, cycle.id))) return null;
    return toReviewCycleModel(cycle);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The person who is to do it; null when it is for an organisation.' })
  @FieldAccess(VISIBLE)
  async assignee(@Parent() task: TaskModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ctx, task.assigneeUserId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The organisation whose members may take it; null when it is for a person.' })
  @FieldAccess(VISIBLE)
  async assigneeOrganization(@Parent() task: TaskModel, @Context() ctx: GqlContext): Promise<OrganizationModel | null> {
    if (!task.assigneeOrganizationId) return null;
    const organization = await this.iam.organization(ctx.loaders, task.assigneeOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who created it; null for tasks of the workflow made without a person.' })
  @FieldAccess(VISIBLE)
  async createdBy(@Parent() task: TaskModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ctx, task.createdById);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who last changed the status by hand (null: the workflow, or nobody yet).' })
  @FieldAccess(VISIBLE)
  async statusChangedBy(@Parent() task: TaskModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ctx, task.statusChangedById);
  }

  @ResolveField(() => [TaskStatus], { description: 'The statuses the caller may move the task to now; empty when it is not theirs to change.' })
  @FieldAccess("Answers only about the caller's own rights")
  async statusChoices(@Parent() task: TaskModel, @CurrentActor() actor: Actor): Promise<TaskStatus[]> {
    return (await this.tasks.statusChoices(actor, task)) as TaskStatus[];
  }

  private async user(ctx: GqlContext, id: string | null): Promise<UserModel | null> {
    if (!id) return null;
    const user = await this.iam.user(ctx.loaders, id);
    return user ? toUserModel(user) : null;
  }
}
