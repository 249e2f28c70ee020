import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, OrganizationModel } from '@mps/api-iam';
import { ProfileModel, SectionModel } from '@mps/api-profiles';
import { ReviewCycleModel } from '../models/review-cycle.model';
import { SignOffModel } from '../models/sign-off.model';

const READABLE = 'A section is only returned to callers allowed to read it';

/** The review side of a section and a profile: cycles and sign-offs. */
@Resolver(() => SectionModel)
export class SectionReviewResolver {
  @ResolveField(() => [SignOffModel], { description: 'Sign-offs given on the current revision only (stale ones excluded): each organisation\'s current decision.' })
  @FieldAccess(READABLE)
  async signOffs(@Parent() _section: SectionModel, @Context() _ctx: GqlContext): Promise<SignOffModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [SignOffModel], { description: 'Every sign-off ever given on this section, newest first, stale and superseded ones included.' })
  @FieldAccess(READABLE)
  async signOffHistory(@Parent() _section: SectionModel, @Context() _ctx: GqlContext): Promise<SignOffModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [ReviewCycleModel], { description: 'The review cycles holding this section that the caller may see, most recently opened first.' })
  @FieldAccess(READABLE)
  async reviewCycles(@Parent() _section: SectionModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<ReviewCycleModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => [OrganizationModel], { description: "Required signatories of the section's latest review cycle." })
  @FieldAccess(READABLE)
  async requiredSignatories(@Parent() _section: SectionModel, @Context() _ctx: GqlContext): Promise<OrganizationModel[]> {
    throw new Error('not built yet');
  }

  @ResolveField(() => Boolean, { description: "Whether the caller may sign off this section's current revision for their organisation." })
  @FieldAccess("Answers only about the caller's own rights")
  async canSignOff(@Parent() _section: SectionModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<boolean> {
    throw new Error('not built yet');
  }
}

@Resolver(() => ProfileModel)
export class ProfileReviewCyclesResolver {
  @ResolveField(() => [ReviewCycleModel], { description: 'Review cycles the caller may see (contributors: those of their organisation), most recently opened first.' })
  @FieldAccess('Cycles are filtered by the caller\'s participation')
  async reviewCycles(@Parent() _profile: ProfileModel, @CurrentActor() _actor: Actor, @Context() _ctx: GqlContext): Promise<ReviewCycleModel[]> {
    throw new Error('not built yet');
  }
}
