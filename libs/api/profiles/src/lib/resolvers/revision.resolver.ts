import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, toUserModel, UserModel } from '@mps/api-iam';
import { toRevisionModel } from '../models/revision.mapper';
import { RevisionDiffModel, RevisionModel } from '../models/revision.model';
import { SaveSectionInput } from '../models/section.inputs';
import { SectionModel } from '../models/profile.model';
import { RevisionsService } from '../services/revisions.service';
import { SectionAccessService } from '../services/section-access.service';
import { ProfileLoaders } from '../services/profile-loaders.service';
import { GraphQLJSON } from 'graphql-scalars';

@Resolver(() => RevisionModel)
export class RevisionResolver {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly sections: SectionAccessService,
    private readonly iam: IamLoaders,
    private readonly loaders: ProfileLoaders,
  ) {}

  @Query(() => RevisionModel)
  async revision(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RevisionModel> {
    return toRevisionModel(await this.revisions.get(actor, id));
  }

  @Query(() => RevisionDiffModel)
  async diffRevisions(
    @CurrentActor() actor: Actor,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
  ): Promise<RevisionDiffModel> {
    const { from, to, hunks } = await this.revisions.diff(actor, fromId, toId);
    return { from: toRevisionModel(from), to: toRevisionModel(to), hunks };
  }

  @Mutation(() => RevisionModel)
  async saveSection(@CurrentActor() actor: Actor, @Args('input') input: SaveSectionInput): Promise<RevisionModel> {
    return toRevisionModel(await this.revisions.save(actor, input));
  }

  @Mutation(() => RevisionModel)
  async restoreRevision(
    @CurrentActor() actor: Actor,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('baseRevisionId', { type: () => ID }) baseRevisionId: string,
  ): Promise<RevisionModel> {
    return toRevisionModel(await this.revisions.restore(actor, sectionId, revisionId, baseRevisionId));
  }

  @ResolveField(() => GraphQLJSON, { description: 'Canonical ProseMirror JSON of the text.' })
  @FieldAccess('A revision is only returned to callers allowed to read its section')
  async content(@Parent() revision: RevisionModel, @Context() ctx: GqlContext): Promise<Record<string, unknown>> {
    if (revision.content) return revision.content;
    const content = await this.loaders.revisionContent(ctx.loaders, revision.id);
    if (!content) throw new NotFoundError('Revision');
    return content;
  }

  @ResolveField(() => UserModel)
  @FieldAccess('A revision is only returned to callers allowed to read its section')
  async author(@Parent() revision: RevisionModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.iam.user(ctx.loaders, revision.authorId);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @ResolveField(() => SectionModel)
  @FieldAccess('A revision is only returned to callers allowed to read its section')
  async section(@Parent() revision: RevisionModel, @CurrentActor() actor: Actor): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, revision.sectionId, 'section');
    return this.sections.model(section, profile);
  }
}
