import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, OrganizationModel, UserModel } from '@mps/api-iam';
import { RevisionModel, SectionModel } from '@mps/api-profiles';
import { SignOffInput } from '../models/review.inputs';
import { SignOffModel } from '../models/sign-off.model';

const READABLE = "A sign-off is only returned with its section, to callers allowed to read it";

@Resolver(() => SignOffModel)
export class SignOffResolver {
  @Mutation(() => SignOffModel)
  async signOff(@CurrentActor() _actor: Actor, @Args('input') _input: SignOffInput): Promise<SignOffModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => SectionModel)
  @FieldAccess(READABLE)
  async section(@Parent() _signOff: SignOffModel, @Context() _ctx: GqlContext): Promise<SectionModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => RevisionModel)
  @FieldAccess(READABLE)
  async revision(@Parent() _signOff: SignOffModel, @Context() _ctx: GqlContext): Promise<RevisionModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => OrganizationModel)
  @FieldAccess(READABLE)
  async organization(@Parent() _signOff: SignOffModel, @Context() _ctx: GqlContext): Promise<OrganizationModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => UserModel)
  @FieldAccess(READABLE)
  async user(@Parent() _signOff: SignOffModel, @Context() _ctx: GqlContext): Promise<UserModel> {
    throw new Error('not built yet');
  }
}
