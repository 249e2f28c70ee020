import { Args, Context, Mutation, Parent, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { AddMemberInput, UpdateMemberInput } from '../inputs/iam.inputs';
import { toMembershipModel, toOrganizationModel, toUserModel, toWorkspaceModel } from '../models/mappers';
import { MembershipModel } from '../models/membership.model';
import { OrganizationModel } from '../models/organization.model';
import { UserModel } from '../models/user.model';
import { WorkspaceModel } from '../models/workspace.model';
import { Actor, CurrentActor } from '../services/actor';
import { IamLoaders } from '../services/iam-loaders.service';
import { MembersService } from '../services/members.service';

const SAME_WORKSPACE = 'A membership is only returned to callers admitted to its workspace; these are its own parts';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly members: MembersService,
    private readonly loaders: IamLoaders,
  ) {}

  @Mutation(() => MembershipModel)
  async addMember(@CurrentActor() actor: Actor, @Args('input') input: AddMemberInput): Promise<MembershipModel> {
    return toMembershipModel(await this.members.add(actor, input));
  }

  @Mutation(() => MembershipModel)
  async updateMember(@CurrentActor() actor: Actor, @Args('input') input: UpdateMemberInput): Promise<MembershipModel> {
    return toMembershipModel(await this.members.update(actor, input));
  }

  @Mutation(() => MembershipModel)
  async deactivateMember(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.members.deactivate(actor, membershipId));
  }

  @ResolveField(() => UserModel)
  @FieldAccess(SAME_WORKSPACE)
  async user(@Parent() m: MembershipModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.loaders.user(ctx.loaders, m.userId);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @ResolveField(() => WorkspaceModel)
  @FieldAccess(SAME_WORKSPACE)
  async workspace(@Parent() m: MembershipModel, @Context() ctx: GqlContext): Promise<WorkspaceModel> {
    const workspace = await this.loaders.workspace(ctx.loaders, m.workspaceId);
    if (!workspace) throw new NotFoundError('Workspace');
    return toWorkspaceModel(workspace);
  }

  @ResolveField(() => OrganizationModel)
  @FieldAccess(SAME_WORKSPACE)
  async organization(@Parent() m: MembershipModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    const organization = await this.loaders.organization(ctx.loaders, m.organizationId);
    if (!organization) throw new NotFoundError('Organisation');
    return toOrganizationModel(organization);
  }
}
