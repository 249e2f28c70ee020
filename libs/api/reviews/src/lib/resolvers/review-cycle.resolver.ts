import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel, toUserModel, UserModel } from '@mps/api-iam';
import { ProfileLoaders, ProfileModel, SectionModel, toProfileModel } from '@mps/api-profiles';
import { ReviewCycleModel, ReviewCycleProgressModel, SignOffMatrixRowModel } from '../models/review-cycle.model';
import { OpenReviewCycleInput } from '../models/review.inputs';
import { toReviewCycleModel } from '../models/review.mappers';
import { ReviewAccessService } from '../services/review-access.service';
import { ReviewCyclesService } from '../services/review-cycles.service';
import { ReviewMatrixService } from '../services/review-matrix.service';

const VISIBLE = 'A cycle is only returned to members allowed to see it (contributors: cycles of their organisation)';

@Resolver(() => ReviewCycleModel)
export class ReviewCycleResolver {
  constructor(
    private readonly cycles: ReviewCyclesService,
    private readonly reviewAccess: ReviewAccessService,
    private readonly matrix: ReviewMatrixService,
    private readonly profiles: ProfileLoaders,
    private readonly iam: IamLoaders,
  ) {}

  @Query(() => ReviewCycleModel)
  async reviewCycle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReviewCycleModel> {
    return toReviewCycleModel((await this.reviewAccess.loadCycle(actor, id, 'reviewCycle')).cycle);
  }

  @Mutation(() => ReviewCycleModel)
  async openReviewCycle(@CurrentActor() actor: Actor, @Args('input') input: OpenReviewCycleInput): Promise<ReviewCycleModel> {
    return toReviewCycleModel(await this.cycles.open(actor, input));
  }

  @Mutation(() => ReviewCycleModel)
  async closeReviewCycle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReviewCycleModel> {
    return toReviewCycleModel(await this.cycles.close(actor, id));
  }

  @ResolveField(() => ProfileModel)
  @FieldAccess(VISIBLE)
  async profile(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<ProfileModel> {
    const profile = await this.profiles.profile(ctx.loaders, cycle.profileId);
    if (!profile) throw new NotFoundError('Profile');
    return toProfileModel(profile);
  }

  @ResolveField(() => [SectionModel], { description: 'The sections under review, in outline order.' })
  @FieldAccess(VISIBLE)
  async sections(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<SectionModel[]> {
    return this.matrix.sections(ctx.loaders, cycle);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organizations whose members may read these sections and comment during the cycle.' })
  @FieldAccess(VISIBLE)
  async participants(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    return (await this.matrix.organizations(ctx.loaders, cycle.id, 'participant')).map(toOrganizationModel);
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'Organizations whose APPROVE on the current revision each section needs to become APPROVED.',
  })
  @FieldAccess(VISIBLE)
  async requiredSignatories(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    return (await this.matrix.organizations(ctx.loaders, cycle.id, 'requiredSignatory')).map(toOrganizationModel);
  }

  @ResolveField(() => UserModel)
  @FieldAccess(VISIBLE)
  async openedBy(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.iam.user(ctx.loaders, cycle.openedById);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null while open, and when the cycle closed by itself.' })
  @FieldAccess(VISIBLE)
  async closedBy(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!cycle.closedById) return null;
    const user = await this.iam.user(ctx.loaders, cycle.closedById);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => ReviewCycleProgressModel)
  @FieldAccess(VISIBLE)
  async progress(@Parent() cycle: ReviewCycleModel, @Context() ctx: GqlContext): Promise<ReviewCycleProgressModel> {
    return this.matrix.progress(ctx.loaders, cycle.id);
  }

  @ResolveField(() => [SignOffMatrixRowModel], {
    description: 'Sections x required signatories: each current decision, stale ones marked, who still has to act. Coordinators and focal points only (FORBIDDEN otherwise).',
  })
  @FieldAccess('Checked in the service: coordinators and focal points')
  async signOffMatrix(@Parent() cycle: ReviewCycleModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SignOffMatrixRowModel[]> {
    return this.matrix.signOffMatrix(actor, ctx.loaders, cycle);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may comment in this cycle now.' })
  @FieldAccess("Answers only about the caller's own rights")
  async canComment(@Parent() cycle: ReviewCycleModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    return this.cycles.mayComment(actor, ctx.loaders, cycle);
  }
}
