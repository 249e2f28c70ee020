import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { PERMISSIONS, type Role } from '@mps/shared-domain';
import { CreateWorkspaceInput } from '../inputs/iam.inputs';
import { RoleEnum } from '../models/enums';
import { toMembershipModel, toOrganizationModel, toWorkspaceModel } from '../models/mappers';
import { MembershipModel } from '../models/membership.model';
import { OrganizationModel } from '../models/organization.model';
import { WorkspaceModel } from '../models/workspace.model';
import { AccessService } from '../services/access.service';
import { Actor, CurrentActor } from '../services/actor';
import { IamLoaders } from '../services/iam-loaders.service';
import { WorkspacesService } from '../services/workspaces.service';

@Resolver(() => WorkspaceModel)
export class WorkspaceResolver {
  constructor(
    private readonly workspaceService: WorkspacesService,
    private readonly loaders: IamLoaders,
    private readonly access: AccessService,
  ) {}

  @Query(() => [WorkspaceModel])
  async workspaces(@CurrentActor() actor: Actor): Promise<WorkspaceModel[]> {
    return (await this.workspaceService.listFor(actor)).map(toWorkspaceModel);
  }

  @Query(() => WorkspaceModel)
  async workspace(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<WorkspaceModel> {
    return toWorkspaceModel(await this.workspaceService.get(actor, id));
  }

  @Mutation(() => WorkspaceModel)
  async createWorkspace(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateWorkspaceInput,
  ): Promise<WorkspaceModel> {
    return toWorkspaceModel(await this.workspaceService.create(actor, input));
  }

  @ResolveField(() => [OrganizationModel])
  @FieldAccess('Workspace objects are only returned to callers admitted to the workspace')
  async organizations(@Parent() workspace: WorkspaceModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    return (await this.loaders.organizationsOfWorkspace(ctx.loaders, workspace.id)).map(toOrganizationModel);
  }

  @ResolveField(() => [MembershipModel], { description: 'Active members.' })
  @FieldAccess('Workspace objects are only returned to callers admitted to the workspace')
  async members(@Parent() workspace: WorkspaceModel, @Context() ctx: GqlContext): Promise<MembershipModel[]> {
    return (await this.loaders.activeMembersOfWorkspace(ctx.loaders, workspace.id)).map((m) => toMembershipModel(m));
  }

  @ResolveField(() => [MembershipModel], {
    description: 'Pending invitations (status INVITED, expired ones included), for those who manage members; empty for everyone else.',
  })
  @FieldAccess('Only callers whose role manages members (or platform admins) see invitations; others get an empty list')
  async invitations(
    @Parent() workspace: WorkspaceModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<MembershipModel[]> {
    const access = await this.access.accessTo(actor, workspace.id);
    if (!access || !(access.isPlatformAdmin || access.can(PERMISSIONS.MEMBER_MANAGE))) return [];
    return (await this.loaders.pendingInvitationsOfWorkspace(ctx.loaders, workspace.id)).map((m) => toMembershipModel(m));
  }

  @ResolveField(() => RoleEnum, {
    nullable: true,
    description: "The caller's role here; null for a platform admin who is not a member.",
  })
  @FieldAccess("Reads only the caller's own membership")
  async myRole(@Parent() workspace: WorkspaceModel, @CurrentActor() actor: Actor): Promise<Role | null> {
    return (await this.access.membership(actor, workspace.id))?.role ?? null;
  }
}
