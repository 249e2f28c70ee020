import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, actorOf, CurrentActor, IamLoaders, OrganizationEntity, OrganizationModel, toOrganizationModel } from '@mps/api-iam';
import { ProfileModel, SectionModel } from '../models/profile.model';
import { toRevisionModel } from '../models/revision.mapper';
import { RevisionModel } from '../models/revision.model';
import { AddSectionInput, MoveSectionInput } from '../models/section.inputs';
import { OutlineService } from '../services/outline.service';
import { ProfileLoaders } from '../services/profile-loaders.service';
import { SectionAccessService } from '../services/section-access.service';
import { toProfileModel } from '../models/profile.mapper';

const READABLE = 'A section is only returned to callers allowed to read it';

@Resolver(() => SectionModel)
export class SectionResolver {
  constructor(
    private readonly sections: SectionAccessService,
    private readonly outline: OutlineService,
    private readonly iam: IamLoaders,
    private readonly loaders: ProfileLoaders,
    private readonly access: AccessService,
  ) {}

  @Query(() => SectionModel)
  async section(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, id, 'section');
    return this.sections.model(section, profile);
  }

  @Mutation(() => SectionModel)
  async addSection(@CurrentActor() actor: Actor, @Args('input') input: AddSectionInput): Promise<SectionModel> {
    return this.outline.add(actor, input);
  }

  @Mutation(() => SectionModel)
  async renameSection(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('title') title: string,
  ): Promise<SectionModel> {
    return this.outline.rename(actor, id, title);
  }

  @Mutation(() => SectionModel)
  async moveSection(@CurrentActor() actor: Actor, @Args('input') input: MoveSectionInput): Promise<SectionModel> {
    return this.outline.move(actor, input);
  }

  @Mutation(() => SectionModel)
  async archiveSection(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SectionModel> {
    return this.outline.archive(actor, id);
  }

  @Mutation(() => SectionModel)
  async assignSection(
    @CurrentActor() actor: Actor,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('organizationIds', { type: () => [ID] }) organizationIds: string[],
  ): Promise<SectionModel> {
    return this.outline.assign(actor, sectionId, organizationIds);
  }

  @ResolveField(() => ProfileModel)
  @FieldAccess(READABLE)
  async profile(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<ProfileModel> {
    const profile = await this.loaders.profile(ctx.loaders, section.profileId);
    if (!profile) throw new NotFoundError('Profile');
    return toProfileModel(profile);
  }

  // The fields below are plain field resolvers, `(section, args, ctx)`: no parameter decorators, so Nest hands
  // graphql-js the method itself instead of resolving each parameter for each of the outline's ~60 x 5 fields
  // (docs/adr/0026). On the profile's outline they answer from what its statement read (`outlineDetails`).

  @ResolveField(() => RevisionModel, { nullable: true })
  @FieldAccess(READABLE)
  currentRevision(section: SectionModel, _args: unknown, ctx: GqlContext): RevisionModel | null | Promise<RevisionModel | null> {
    if (!section.currentRevisionId) return null;
    const read = section.outlineDetails?.currentRevision;
    if (read !== undefined) return read ? (read as RevisionModel) : null;
    return this.loaders.revision(ctx.loaders, section.currentRevisionId).then((revision) => (revision ? toRevisionModel(revision) : null));
  }

  @ResolveField(() => [RevisionModel], { description: 'Every revision, newest first.' })
  @FieldAccess(READABLE)
  async revisions(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<RevisionModel[]> {
    return (await this.loaders.revisionsOfSection(ctx.loaders, section.id)).map(toRevisionModel);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organisations whose focal points draft this section.' })
  @FieldAccess(READABLE)
  assignedOrganizations(section: SectionModel, _args: unknown, ctx: GqlContext): OrganizationModel[] | Promise<OrganizationModel[]> {
    const read = section.outlineDetails?.organizations;
    if (read) return organizationModels(read);
    return this.loaders
      .assignedOrganizationIds(ctx.loaders, section.id)
      .then((ids) => Promise.all(ids.map((id) => this.iam.organization(ctx.loaders, id))))
      .then((organizations) => organizationModels(organizations.filter((o): o is NonNullable<typeof o> => o !== null)));
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may save this section.' })
  @FieldAccess("Answers only about the caller's own rights")
  canEdit(section: SectionModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    const actor = actorOf(ctx);
    // The caller's access to the workspace, once per request for all the outline's sections.
    const access = ctx.loaders.memo(`iam.accessTo:${actor.userId}:${section.workspaceId}`, () => this.access.accessTo(actor, section.workspaceId));
    const read = section.outlineDetails?.organizations;
    if (read) return access.then((a) => (a ? this.access.canEditSection(a, read.map((o) => o.id)) : false));
    return Promise.all([access, this.loaders.assignedOrganizationIds(ctx.loaders, section.id)]).then(([a, ids]) =>
      a ? this.access.canEditSection(a, ids) : false,
    );
  }
}

/** Organisations as GraphQL lists them on a section: by name. */
function organizationModels(organizations: readonly OrganizationEntity[]): OrganizationModel[] {
  return organizations.map(toOrganizationModel).sort((a, b) => a.name.localeCompare(b.name));
}
