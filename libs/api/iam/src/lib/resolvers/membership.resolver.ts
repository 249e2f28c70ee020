import { Args, Context, Mutation, Parent, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { AddMemberInput, UpdateMemberInput } from '../inputs/iam.inputs';
import { invitedUserModel, toMembershipModel, toOrganizationModel, toUserModel, toWorkspaceModel } from '../models/mappers';
import { MembershipModel } from '../models/membership.model';
import { OrganizationModel } from '../models/organization.model';
import { UserModel } from '../models/user.model';
import { WorkspaceModel } from '../models/workspace.model';
import { Actor, CurrentActor } from '../services/actor';
import { IamLoaders } from '../services/iam-loaders.service';
import { InvitationsService } from '../services/invitations.service';
import { MembersService } from '../services/members.service';

const SAME_WORKSPACE = 'A membership is only returned to callers admitted to its workspace; these are its own parts';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly loaders: IamLoaders,
  ) {}

  @Mutation(() => MembershipModel, {
    description:
      'An unknown e-mail with a password: creates the account and an ACTIVE membership (the person signs in at once). ' +
      'Otherwise (the e-mail has an account, or no password is given) the person is invited by e-mail and the answer is an ' +
      'INVITED membership whose user shows only the e-mail and name typed here. CONFLICT when the e-mail is already an ' +
      'active member or already invited here.',
  })
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

  @Mutation(() => MembershipModel, {
    description: 'Sends a pending invitation again with a new link (the previous link stops working). RATE_LIMITED within 5 minutes of the last mail; at most 5 mails per invitation.',
  })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.invitations.resend(actor, membershipId));
  }

  @Mutation(() => MembershipModel, { description: 'Withdraws a pending invitation: its link stops working. The answer has status CANCELLED.' })
  async cancelInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.invitations.cancel(actor, membershipId));
  }

  @Mutation(() => MembershipModel, {
    description: 'Joins the workspace of an invitation addressed to your e-mail (Invitation.id, from myInvitations or invitation(token)).',
  })
  async acceptMyInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.invitations.acceptMine(actor, membershipId));
  }

  @Mutation(() => Boolean, { description: 'Declines an invitation addressed to your e-mail; its link stops working.' })
  async declineMyInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<boolean> {
    await this.invitations.declineMine(actor, membershipId);
    return true;
  }

  @ResolveField(() => UserModel, {
    description: 'While the membership is an invitation (no account joined yet): only the e-mail and name the coordinator typed, with the membership id as id.',
  })
  @FieldAccess(SAME_WORKSPACE)
  async user(@Parent() m: MembershipModel, @Context() ctx: GqlContext): Promise<UserModel> {
    if (!m.userId) return invitedUserModel(m);
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
