import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, OrganizationModel, UserModel } from '@mps/api-iam';
import { ProfileModel, SectionModel } from '@mps/api-profiles';
import { ReviewCycleModel, ReviewCycleProgressModel, SignOffMatrixRowModel } from '../models/review-cycle.model';
import { OpenReviewCycleInput } from '../models/review.inputs';

const VISIBLE = 'A cycle is only returned to members allowed to see it (contributors: cycles of their organisation)';

@Resolver(() => ReviewCycleModel)
export class ReviewCycleResolver {
  @Query(() => ReviewCycleModel)
  async reviewCycle(@CurrentActor() _actor: Actor, @Args('id', { type: () => ID }) _id: string): Promise<ReviewCycleModel> {
    throw new Error('not built yet');
  }

  @Mutation(() => ReviewCycleModel)
  async openReviewCycle(@CurrentActor() _actor: Actor, @Args('input') _input: OpenReviewCycleInput): Promise<ReviewCycleModel> {
    throw new Error('not built yet');
  }

  @Mutation(() => ReviewCycleModel)
  async closeReviewCycle(@CurrentActor() _actor: Actor, @Args('id', { type: () => ID }) _id: string): Promise<ReviewCycleModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => ProfileModel)
  @FieldAccess(VISIBLE)
  async profile(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<ProfileModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [SectionModel], { description: 'The sections under review, in outline order.' })
  @FieldAccess(VISIBLE)
  async sections(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<SectionModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organizations whose members may read these sections and comment during the cycle.' })
  @FieldAccess(VISIBLE)
  async participants(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<OrganizationModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'Organizations whose APPROVE on the current revision each section needs to become APPROVED.',
  })
  @FieldAccess(VISIBLE)
  async requiredSignatories(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<OrganizationModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel)
  @FieldAccess(VISIBLE)
  async openedBy(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<UserModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null while open, and when the cycle closed by itself.' })
  @FieldAccess(VISIBLE)
  async closedBy(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<UserModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => ReviewCycleProgressModel)
  @FieldAccess(VISIBLE)
  async progress(@Parent() _cycle: ReviewCycleModel, @Context() _ctx: GqlContext): Promise<ReviewCycleProgressModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [SignOffMatrixRowModel], {
    description: 'Sections x required signatories: each current decision, stale ones marked, who still has to act. Coordinators and focal points only (FORBIDDEN otherwise).',
  })
  @FieldAccess('Checked in the service: coordinators and focal points')
  async signOffMatrix(@Parent() _cycle: ReviewCycleModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<SignOffMatrixRowModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may comment in this cycle now.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canComment(@Parent() _cycle: ReviewCycleModel, @CurrentActor() _actor: Actor): Promise<boolean> {
    throw new Error('not built yet');
  }
}
