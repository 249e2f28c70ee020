import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel } from '@mps/api-iam';
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

  @ResolveField(() => RevisionModel, { nullable: true })
  @FieldAccess(READABLE)
  async currentRevision(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<RevisionModel | null> {
    if (!section.currentRevisionId) return null;
    const revision = await this.loaders.revision(ctx.loaders, section.currentRevisionId);
    return revision ? toRevisionModel(revision) : null;
  }

  @ResolveField(() => [RevisionModel], { description: 'Every revision, newest first.' })
  @FieldAccess(READABLE)
  async revisions(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<RevisionModel[]> {
    return (await this.loaders.revisionsOfSection(ctx.loaders, section.id)).map(toRevisionModel);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organisations whose focal points draft this section.' })
  @FieldAccess(READABLE)
  async assignedOrganizations(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    const ids = await this.loaders.assignedOrganizationIds(ctx.loaders, section.id);
    const organizations = await Promise.all(ids.map((id) => this.iam.organization(ctx.loaders, id)));
    return organizations
      .filter((o): o is NonNullable<typeof o> => o !== null)
      .map(toOrganizationModel)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may save this section.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canEdit(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    return this.sections.canEdit(actor, section, await this.loaders.assignedOrganizationIds(ctx.loaders, section.id));
  }
}
