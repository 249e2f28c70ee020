import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel, toUserModel, UserModel } from '@mps/api-iam';
import { ProfileLoaders, RevisionModel, SectionAccessService, SectionModel, toRevisionModel } from '@mps/api-profiles';
import { CommentModel } from '../models/comment.model';
import { CommentRecord, toCommentModel } from '../models/comment.mapper';
import { toReviewCycleModel } from '../models/review.mappers';
import { ReviewCycleModel } from '../models/review-cycle.model';
import { AddCommentInput, SetCommentDispositionInput } from '../models/review.inputs';
import { CommentLoaders } from '../services/comment-loaders.service';
import { ReviewLoaders } from '../services/review-loaders.service';
import { CommentResponsesService } from '../services/comment-responses.service';
import { CommentsService } from '../services/comments.service';

const READABLE = 'A comment is only returned to callers allowed to read its section and thread';

const toModel = (record: CommentRecord) => toCommentModel(record, record, record.thread ?? null);

@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loaders: CommentLoaders,
    private readonly reviews: ReviewLoaders,
    private readonly profiles: ProfileLoaders,
    private readonly sections: SectionAccessService,
    private readonly iam: IamLoaders,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => CommentModel)
  async addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<CommentModel> {
    return toModel(await this.comments.add(actor, input));
  }

  @Mutation(() => CommentModel, { description: 'Resolves or reopens a thread (given a reply, its thread).' })
  async resolveComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolved') resolved: boolean,
  ): Promise<CommentModel> {
    return toModel(await this.comments.resolve(actor, id, resolved));
  }

  @Mutation(() => CommentModel)
  async declineSuggestion(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
  ): Promise<CommentModel> {
    return toModel(await this.comments.declineSuggestion(actor, commentId, reason));
  }

  @Mutation(() => CommentModel)
  async setCommentDisposition(@CurrentActor() actor: Actor, @Args('input') input: SetCommentDispositionInput): Promise<CommentModel> {
    return toModel(await this.comments.setDisposition(actor, input));
  }

  @ResolveField(() => SectionModel)
  @FieldAccess(READABLE)
  async section(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<SectionModel> {
    const [section, profile] = await Promise.all([
      this.reviews.section(ctx.loaders, comment.sectionId),
      this.profiles.profile(ctx.loaders, comment.profileId),
    ]);
    if (!section || !profile) throw new NotFoundError('Section');
    return this.sections.model(section, profile);
  }

  @ResolveField(() => RevisionModel, { description: 'The revision the author was reading.' })
  @FieldAccess(READABLE)
  async revision(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<RevisionModel> {
    const revision = await this.profiles.revision(ctx.loaders, comment.revisionId);
    if (!revision) throw new NotFoundError('Revision');
    return toRevisionModel(revision);
  }

  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'Null for an internal comment.' })
  @FieldAccess(READABLE)
  async reviewCycle(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<ReviewCycleModel | null> {
    if (!comment.reviewCycleId) return null;
    const cycle = await this.reviews.cycle(ctx.loaders, comment.reviewCycleId);
    return cycle ? toReviewCycleModel(cycle) : null;
  }

  @ResolveField(() => [CommentModel], { description: 'Replies, oldest first (empty for a reply).' })
  @FieldAccess(READABLE)
  async replies(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentModel[]> {
    if (comment.parentId) return [];
    const replies = await this.loaders.repliesOf(ctx.loaders, comment.id);
    const thread = { resolvedAt: comment.resolvedAt, resolvedById: comment.resolvedById };
    return replies.map((reply) => toCommentModel(reply, comment, thread));
  }

  @ResolveField(() => UserModel)
  @FieldAccess(READABLE)
  async author(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.iam.user(ctx.loaders, comment.authorId);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @ResolveField(() => OrganizationModel, { description: "The author's organisation when they commented." })
  @FieldAccess(READABLE)
  async organization(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    const organization = await this.iam.organization(ctx.loaders, comment.organizationId);
    if (!organization) throw new NotFoundError('Organisation');
    return toOrganizationModel(organization);
  }

  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess(READABLE)
  async resolvedBy(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!comment.resolvedById) return null;
    const user = await this.iam.user(ctx.loaders, comment.resolvedById);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => RevisionModel, { nullable: true, description: 'The revision that took the suggested wording.' })
  @FieldAccess(READABLE)
  async suggestionAppliedIn(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<RevisionModel | null> {
    const id = comment.suggestion?.appliedRevisionId;
    if (!id) return null;
    const revision = await this.profiles.revision(ctx.loaders, id);
    return revision ? toRevisionModel(revision) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who recorded the disposition.' })
  @FieldAccess(READABLE)
  async dispositionBy(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!comment.disposition) return null;
    const user = await this.iam.user(ctx.loaders, comment.disposition.recordedById);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may resolve or reopen this thread.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canResolve(@Parent() comment: CommentModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    const access = await this.access.accessTo(actor, comment.workspaceId);
    if (!access) return false;
    const thread = comment.parentId ? await this.loaders.comment(ctx.loaders, comment.parentId) : comment;
    if (!thread) return false;
    const cycle = thread.reviewCycleId ? await this.reviews.cycle(ctx.loaders, thread.reviewCycleId) : null;
    const assigned = await this.profiles.assignedOrganizationIds(ctx.loaders, comment.sectionId);
    return this.comments.mayResolve(access, actor.userId, thread, cycle, assigned);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may record a disposition and apply or decline the suggestion.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canAnswer(@Parent() comment: CommentModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    const access = await this.access.accessTo(actor, comment.workspaceId);
    return access ? this.comments.mayAnswer(access, await this.profiles.assignedOrganizationIds(ctx.loaders, comment.sectionId)) : false;
  }
}

/** The comment side of a section and of a cycle. */
@Resolver(() => SectionModel)
export class SectionCommentsResolver {
  constructor(
    private readonly threads: CommentsService,
    private readonly loaders: CommentLoaders,
    private readonly reviews: ReviewLoaders,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [CommentModel], { description: "Opening comments of the section's threads the caller may read, oldest first; with includeResolved, resolved ones too." })
  @FieldAccess('Threads are filtered by what the caller may read (contributors: their cycles; never internal ones)')
  async comments(
    @Parent() section: SectionModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('includeResolved', { type: () => Boolean, defaultValue: false }) includeResolved: boolean,
  ): Promise<CommentModel[]> {
    const access = await this.access.accessTo(actor, section.workspaceId);
    if (!access) return [];
    const visible = await this.loaders.visibleCycleIds(ctx.loaders, access, section.profileId);
    if (visible !== 'all' && visible.size === 0) return [];
    const threads = await this.loaders.threadsOfSection(ctx.loaders, section.id);
    return this.threads.visibleThreads(threads, visible, includeResolved).map((t) => toCommentModel(t, section));
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may comment on this section now.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canComment(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    const access = await this.access.accessTo(actor, section.workspaceId);
    if (!access) return false;
    const open = await this.loaders.openCycleOfSection(ctx.loaders, section.id);
    return this.threads.mayComment(access, open ? await this.reviews.organizationIdsOfCycle(ctx.loaders, open.id) : null);
  }
}

@Resolver(() => ReviewCycleModel)
export class ReviewCycleCommentsResolver {
  constructor(private readonly responses: CommentResponsesService) {}

  @ResolveField(() => [CommentModel], {
    description:
      "The comment-response matrix: opening comments from participating organisations, in outline order, each with passage, suggestion and disposition. Coordinators and focal points only (FORBIDDEN otherwise).",
  })
  @FieldAccess('Checked in the service: coordinators and focal points')
  async commentResponses(@Parent() cycle: ReviewCycleModel, @CurrentActor() actor: Actor): Promise<CommentModel[]> {
    await this.responses.authorize(actor, cycle);
    return (await this.responses.threads(cycle)).map((t) => toCommentModel(t, cycle));
  }
}
