import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { FieldAccess, GqlContext, groupByKeys, NotFoundError, selectedFieldNames } from '@mps/api-core';
import {
  AccessService,
  Actor,
  CurrentActor,
  IamLoaders,
  toWorkspaceModel,
  WorkspaceModel,
} from '@mps/api-iam';
import { CreateProfileInput } from '../models/profile.inputs';
import { ProfileModel, SectionModel } from '../models/profile.model';
import { ProfilesService } from '../services/profiles.service';
import { ProfileEntity } from '../entities/profile.entity';
import { toProfileModel } from '../models/profile.mapper';

@Resolver(() => ProfileModel)
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly access: AccessService,
    private readonly iam: IamLoaders,
  ) {}

  @Query(() => ProfileModel)
  async profile(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProfileModel> {
    // A screen asking for the profile's workspace (and its organisations) gets it from the profile's own statement.
    const { profile, organizations } = await this.profiles.get(actor, id, {
      withWorkspace: selectedFieldNames(info).has('workspace'),
      withOrganizations: selectedFieldNames(info, ['workspace']).has('organizations'),
    });
    if (profile.workspace) this.iam.primeWorkspace(ctx.loaders, profile.workspace);
    if (organizations) this.iam.primeOrganizationsOfWorkspace(ctx.loaders, profile.workspaceId, organizations);
    return toProfileModel(profile);
  }

  @Mutation(() => ProfileModel)
  async createProfile(@CurrentActor() actor: Actor, @Args('input') input: CreateProfileInput): Promise<ProfileModel> {
    return toProfileModel(await this.profiles.create(actor, input));
  }

  @ResolveField(() => [SectionModel], { description: 'All sections, ordered depth-first by position; the tree is given by parentId.' })
  @FieldAccess("Filtered by the caller's access to the profile's workspace")
  async sections(
    @Parent() profile: ProfileModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SectionModel[]> {
    const access = await this.access.accessTo(actor, profile.workspaceId);
    if (!access) throw new NotFoundError('Profile');
    // What the query asks of the sections is read with them, in the same statement.
    const asked = selectedFieldNames(info);
    return this.profiles.outline(
      { id: profile.id, workspaceId: profile.workspaceId, outlineStyle: profile.outlineStyle } as ProfileEntity,
      access,
      {
        loaders: ctx.loaders,
        revisionFields: asked.has('currentRevision') ? selectedFieldNames(info, ['currentRevision']) : null,
        assignments: asked.has('assignedOrganizations') || asked.has('canEdit'),
      },
    );
  }

  @ResolveField(() => WorkspaceModel)
  @FieldAccess('A profile is only returned to callers admitted to its workspace')
  async workspace(@Parent() profile: ProfileModel, @Context() ctx: GqlContext): Promise<WorkspaceModel> {
    const workspace = await this.iam.workspace(ctx.loaders, profile.workspaceId);
    if (!workspace) throw new NotFoundError('Workspace');
    return toWorkspaceModel(workspace);
  }
}

@Resolver(() => WorkspaceModel)
export class WorkspaceProfilesResolver {
  constructor(private readonly profileService: ProfilesService) {}

  @ResolveField(() => [ProfileModel], { description: 'Profiles (editions) of this workspace, newest first.' })
  @FieldAccess('Workspace objects are only returned to callers admitted to the workspace')
  async profiles(@Parent() workspace: WorkspaceModel, @Context() ctx: GqlContext): Promise<ProfileModel[]> {
    const rows = await ctx.loaders
      .get<string, ProfileEntity[]>('profiles.byWorkspace', async (ids) =>
        groupByKeys(ids, await this.profileService.listForWorkspaces(ids), (p) => p.workspaceId),
      )
      .load(workspace.id);
    return rows.map(toProfileModel);
  }
}
