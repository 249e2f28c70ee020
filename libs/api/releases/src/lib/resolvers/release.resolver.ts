import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, groupByKeys, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, CurrentActor, IamLoaders, toUserModel, UserModel } from '@mps/api-iam';
import { ProfileLoaders, ProfileModel, RevisionModel, toProfileModel, toRevisionModel } from '@mps/api-profiles';
import { ReleaseEntity, ReleaseFrameEntity, ReleaseSectionEntity } from '../entities/release.entity';
import { toReleaseModel, toReleaseSectionModel } from '../models/release.mapper';
import {
  PrepareReleaseInput,
  ReleaseModel,
  ReleaseReadinessModel,
  ReleaseSectionModel,
  StartNextEditionInput,
} from '../models/release.model';
import { EditionsService } from '../services/editions.service';
import { ReleasesService } from '../services/releases.service';
import { OptionalActor } from './optional-actor';
import type { RevisionEntity } from '@mps/api-profiles';

type FrozenRow = { row: ReleaseSectionEntity; revision: RevisionEntity; key: string | null };

@Resolver(() => ReleaseModel)
export class ReleaseResolver {
  constructor(
    private readonly releases: ReleasesService,
    private readonly editions: EditionsService,
    private readonly access: AccessService,
    private readonly profiles: ProfileLoaders,
    private readonly iam: IamLoaders,
  ) {}

  @Query(() => ReleaseReadinessModel)
  async releaseReadiness(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
  ): Promise<ReleaseReadinessModel> {
    const items = await this.releases.readiness(actor, profileId);
    return { ready: items.length === 0, blockers: items.map((b) => b.message), items };
  }

  @Query(() => ReleaseModel)
  async release(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReleaseModel> {
    return toReleaseModel(await this.releases.get(actor, id));
  }

  @Query(() => [ReleaseModel], { description: 'No authentication needed: published (and withdrawn, marked) releases only, newest first.' })
  async publicReleases(
    @Args('countryCode', { type: () => String, nullable: true }) countryCode?: string | null,
  ): Promise<ReleaseModel[]> {
    return (await this.releases.listPublic(countryCode)).map(toReleaseModel);
  }

  @Query(() => ReleaseModel, { description: 'No authentication needed: a published or withdrawn release; anything else is NOT_FOUND.' })
  async publicRelease(@Args('id', { type: () => ID }) id: string): Promise<ReleaseModel> {
    return toReleaseModel(await this.releases.getPublic(id));
  }

  @Mutation(() => ReleaseModel)
  async prepareRelease(@CurrentActor() actor: Actor, @Args('input') input: PrepareReleaseInput): Promise<ReleaseModel> {
    return toReleaseModel(await this.releases.prepare(actor, input));
  }

  @Mutation(() => ReleaseModel)
  async publishRelease(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReleaseModel> {
    return toReleaseModel(await this.releases.publish(actor, id));
  }

  @Mutation(() => ReleaseModel)
  async withdrawRelease(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<ReleaseModel> {
    return toReleaseModel(await this.releases.withdraw(actor, id, reason));
  }

  @Mutation(() => ProfileModel, { description: 'Starts the next edition (a new profile) from a published release.' })
  async startNextEdition(@CurrentActor() actor: Actor, @Args('input') input: StartNextEditionInput): Promise<ProfileModel> {
    return toProfileModel(await this.editions.startNextEdition(actor, input));
  }

  @ResolveField(() => [ReleaseSectionModel], { description: 'The frozen section revisions of this release, in outline order.' })
  @FieldAccess('Releases reach only callers allowed to read them: members (candidates: readers of every draft), or anyone once published')
  async sections(@Parent() release: ReleaseModel, @Context() ctx: GqlContext): Promise<ReleaseSectionModel[]> {
    const rows = await ctx.loaders
      .get<string, FrozenRow[]>('releases.sections', async (ids) =>
        groupByKeys(ids, await this.releases.sectionsOf(ids), (r) => r.row.releaseId),
      )
      .load(release.id);
    return rows.map(({ row, revision, key }) => toReleaseSectionModel(row, revision, key, release.workspaceId));
  }

  @ResolveField(() => String, { description: "The profile's title as the release froze it (readable without sign-in once published)." })
  @FieldAccess('Releases reach only callers allowed to read them; the title is part of a published release')
  async profileTitle(@Parent() release: ReleaseModel, @Context() ctx: GqlContext): Promise<string> {
    return (await this.frameOf(release, ctx)).title;
  }

  @ResolveField(() => String, { description: "The profile's edition as the release froze it (readable without sign-in once published)." })
  @FieldAccess('Releases reach only callers allowed to read them; the edition is part of a published release')
  async edition(@Parent() release: ReleaseModel, @Context() ctx: GqlContext): Promise<string> {
    return (await this.frameOf(release, ctx)).edition;
  }

  @ResolveField(() => ProfileModel, { description: 'Members of the workspace only (anonymous readers: NOT_FOUND).' })
  @FieldAccess('The profile is workspace content: only members of its workspace (and platform admins)')
  async profile(@Parent() release: ReleaseModel, @Context() ctx: GqlContext, @OptionalActor() actor: Actor | null): Promise<ProfileModel> {
    await this.requireMember(actor, release, 'Profile');
    return toProfileModel(await this.profileOf(release, ctx));
  }

  @ResolveField(() => UserModel, { description: 'Members of the workspace only.' })
  @FieldAccess('People are workspace content: only members of its workspace (and platform admins)')
  async preparedBy(@Parent() release: ReleaseModel, @Context() ctx: GqlContext, @OptionalActor() actor: Actor | null): Promise<UserModel> {
    await this.requireMember(actor, release, 'User');
    return this.user(ctx, release.preparedById);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Members of the workspace only.' })
  @FieldAccess('People are workspace content: only members of its workspace (and platform admins)')
  async publishedBy(@Parent() release: ReleaseModel, @Context() ctx: GqlContext, @OptionalActor() actor: Actor | null): Promise<UserModel | null> {
    if (!release.publishedById) return null;
    await this.requireMember(actor, release, 'User');
    return this.user(ctx, release.publishedById);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Members of the workspace only.' })
  @FieldAccess('People are workspace content: only members of its workspace (and platform admins)')
  async withdrawnBy(@Parent() release: ReleaseModel, @Context() ctx: GqlContext, @OptionalActor() actor: Actor | null): Promise<UserModel | null> {
    if (!release.withdrawnById) return null;
    await this.requireMember(actor, release, 'User');
    return this.user(ctx, release.withdrawnById);
  }

  private async requireMember(actor: Actor | null, release: ReleaseModel, what: string): Promise<void> {
    if (!actor || !(await this.access.accessTo(actor, release.workspaceId))) throw new NotFoundError(what);
  }

  /** The title and edition the release froze at preparation (never the profile's current ones). */
  private async frameOf(release: ReleaseModel, ctx: GqlContext): Promise<ReleaseFrameEntity> {
    const frame = await ctx.loaders
      .get<string, ReleaseFrameEntity | null>('releases.frames', async (ids) => {
        const byId = new Map((await this.releases.framesOf(ids)).map((f) => [f.releaseId, f]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(release.id);
    if (!frame) throw new NotFoundError('Release');
    return frame;
  }

  private async profileOf(release: ReleaseModel, ctx: GqlContext) {
    const profile = await this.profiles.profile(ctx.loaders, release.profileId);
    if (!profile) throw new NotFoundError('Profile');
    return profile;
  }

  private async user(ctx: GqlContext, id: string): Promise<UserModel> {
    const user = await this.iam.user(ctx.loaders, id);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }
}

@Resolver(() => ReleaseSectionModel)
export class ReleaseSectionResolver {
  constructor(
    private readonly access: AccessService,
    private readonly profiles: ProfileLoaders,
  ) {}

  @ResolveField(() => RevisionModel, { description: 'The frozen revision itself (members of the workspace only).' })
  @FieldAccess('A revision (its author, its section) is workspace content: only members of its workspace')
  async revision(@Parent() section: ReleaseSectionModel, @Context() ctx: GqlContext, @OptionalActor() actor: Actor | null): Promise<RevisionModel> {
    if (!actor || !(await this.access.accessTo(actor, section.workspaceId))) throw new NotFoundError('Revision');
    const revision = await this.profiles.revision(ctx.loaders, section.revisionId);
    if (!revision) throw new NotFoundError('Revision');
    return toRevisionModel(revision);
  }
}

@Resolver(() => ProfileModel)
export class ProfileReleasesResolver {
  constructor(
    private readonly releaseService: ReleasesService,
    private readonly editions: EditionsService,
    private readonly access: AccessService,
    private readonly profiles: ProfileLoaders,
  ) {}

  @ResolveField(() => [ReleaseModel], { description: 'Releases of this profile, newest first (contributors: published and withdrawn ones).' })
  @FieldAccess("Filtered by the caller's access to the profile's workspace")
  async releases(@Parent() profile: ProfileModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<ReleaseModel[]> {
    const access = await this.access.accessTo(actor, profile.workspaceId);
    if (!access) throw new NotFoundError('Profile');
    const rows = await ctx.loaders
      .get<string, ReleaseEntity[]>('releases.byProfile', async (ids) =>
        groupByKeys(ids, await this.releaseService.listForProfiles(ids), (r) => r.profileId),
      )
      .load(profile.id);
    return rows.filter((r) => this.releaseService.mayRead(access, r)).map(toReleaseModel);
  }

  @ResolveField(() => ProfileModel, { nullable: true, description: 'The edition this one was started from (startNextEdition).' })
  @FieldAccess('Profiles are only returned to members of their workspace; editions share it')
  async previousEdition(@Parent() profile: ProfileModel, @Context() ctx: GqlContext): Promise<ProfileModel | null> {
    const edition = await this.edition(profile, ctx);
    if (!edition) return null;
    const previous = await this.profiles.profile(ctx.loaders, edition.previousProfileId);
    return previous ? toProfileModel(previous) : null;
  }

  @ResolveField(() => ReleaseModel, { nullable: true, description: 'The published release this edition was started from.' })
  @FieldAccess('Profiles are only returned to members of their workspace; the release is published')
  async basedOnRelease(@Parent() profile: ProfileModel, @Context() ctx: GqlContext): Promise<ReleaseModel | null> {
    const edition = await this.edition(profile, ctx);
    if (!edition) return null;
    return toReleaseModel(await this.releaseService.find(edition.basedOnReleaseId));
  }

  private async edition(profile: ProfileModel, ctx: GqlContext) {
    const [edition] = await ctx.loaders
      .get<string, Awaited<ReturnType<EditionsService['editionsOf']>>>('releases.editionOf', async (ids) =>
        groupByKeys(ids, await this.editions.editionsOf(ids), (e) => e.profileId),
      )
      .load(profile.id);
    return edition ?? null;
  }
}
