import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, OrganizationModel, UserModel } from '@mps/api-iam';
import { RevisionModel, SectionModel } from '@mps/api-profiles';
import { CommentModel } from '../models/comment.model';
import { ReviewCycleModel } from '../models/review-cycle.model';
import { AddCommentInput, SetCommentDispositionInput } from '../models/review.inputs';

const READABLE = 'A comment is only returned to callers allowed to read its section and thread';

@Resolver(() => CommentModel)
export class CommentResolver {
  @Mutation(() => CommentModel)
  async addComment(@CurrentActor() _actor: Actor, @Args('input') _input: AddCommentInput): Promise<CommentModel> {
    throw new Error('not built yet');
  }

  @Mutation(() => CommentModel, { description: 'Resolves or reopens a thread (given a reply, its thread).' })
  async resolveComment(
    @CurrentActor() _actor: Actor,
    @Args('id', { type: () => ID }) _id: string,
    @Args('resolved') _resolved: boolean,
  ): Promise<CommentModel> {
    throw new Error('not built yet');
  }

  @Mutation(() => CommentModel)
  async declineSuggestion(
    @CurrentActor() _actor: Actor,
    @Args('commentId', { type: () => ID }) _commentId: string,
    @Args('reason') _reason: string,
  ): Promise<CommentModel> {
    throw new Error('not built yet');
  }

  @Mutation(() => CommentModel)
  async setCommentDisposition(@CurrentActor() _actor: Actor, @Args('input') _input: SetCommentDispositionInput): Promise<CommentModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => SectionModel)
  @FieldAccess(READABLE)
  async section(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<SectionModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => RevisionModel, { description: 'The revision the author was reading.' })
  @FieldAccess(READABLE)
  async revision(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<RevisionModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'Null for an internal comment.' })
  @FieldAccess(READABLE)
  async reviewCycle(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<ReviewCycleModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [CommentModel], { description: 'Replies, oldest first (empty for a reply).' })
  @FieldAccess(READABLE)
  async replies(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<CommentModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel)
  @FieldAccess(READABLE)
  async author(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<UserModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => OrganizationModel, { description: "The author's organisation when they commented." })
  @FieldAccess(READABLE)
  async organization(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<OrganizationModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess(READABLE)
  async resolvedBy(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<UserModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => RevisionModel, { nullable: true, description: 'The revision that took the suggested wording.' })
  @FieldAccess(READABLE)
  async suggestionAppliedIn(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<RevisionModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who recorded the disposition.' })
  @FieldAccess(READABLE)
  async dispositionBy(@Parent() _comment: CommentModel, @Context() _ctx: GqlContext): Promise<UserModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may resolve or reopen this thread.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canResolve(@Parent() _comment: CommentModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<boolean> {
    throw new Error('not built yet');
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may record a disposition and apply or decline the suggestion.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canAnswer(@Parent() _comment: CommentModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<boolean> {
    throw new Error('not built yet');
  }
}

/** The comment side of a section and of a cycle. */
@Resolver(() => SectionModel)
export class SectionCommentsResolver {
  @ResolveField(() => [CommentModel], { description: "Opening comments of the section's threads the caller may read, oldest first; with includeResolved, resolved ones too." })
  @FieldAccess('Threads are filtered by what the caller may read (contributors: their cycles; never internal ones)')
  async comments(
    @Parent() _section: SectionModel,
    @CurrentActor() _actor: Actor,
    @Context() _ctx: GqlContext,
    @Args('includeResolved', { type: () => Boolean, defaultValue: false }) _includeResolved: boolean,
  ): Promise<CommentModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may comment on this section now.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canComment(@Parent() _section: SectionModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<boolean> {
    throw new Error('not built yet');
  }
}

@Resolver(() => ReviewCycleModel)
export class ReviewCycleCommentsResolver {
  @ResolveField(() => [CommentModel], {
    description:
      "The comment-response matrix: opening comments from participating organisations, in outline order, each with passage, suggestion and disposition. Coordinators and focal points only (FORBIDDEN otherwise).",
  })
  @FieldAccess('Checked in the service: coordinators and focal points')
  async commentResponses(@Parent() _cycle: ReviewCycleModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<CommentModel[]> {
    throw new Error('not built yet');
  }
}
