import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel, toUserModel, UserModel } from '@mps/api-iam';
import { ProfileLoaders, RevisionModel, SectionModel, toRevisionModel } from '@mps/api-profiles';
import { SignOffInput } from '../models/review.inputs';
import { toSignOffModel } from '../models/review.mappers';
import { SignOffModel } from '../models/sign-off.model';
import { ReviewLoaders } from '../services/review-loaders.service';
import { SignOffsService } from '../services/sign-offs.service';

const READABLE = "A sign-off is only returned with its section, to callers allowed to read it";

@Resolver(() => SignOffModel)
export class SignOffResolver {
  constructor(
    private readonly signOffs: SignOffsService,
    private readonly loaders: ReviewLoaders,
    private readonly profiles: ProfileLoaders,
    private readonly iam: IamLoaders,
  ) {}

  @Mutation(() => SignOffModel)
  async signOff(@CurrentActor() actor: Actor, @Args('input') input: SignOffInput): Promise<SignOffModel> {
    const signOff = await this.signOffs.signOff(actor, input);
    // Given on the current revision, under the section's lock: current when it committed.
    return toSignOffModel(signOff, signOff.revisionId);
  }

  @ResolveField(() => SectionModel)
  @FieldAccess(READABLE)
  async section(@Parent() signOff: SignOffModel, @Context() ctx: GqlContext): Promise<SectionModel> {
    const section = await this.loaders.section(ctx.loaders, signOff.sectionId);
    const profile = section ? await this.profiles.profile(ctx.loaders, section.profileId) : null;
    if (!section || !profile) throw new NotFoundError('Section');
    const [model] = await this.loaders.sectionModels(ctx.loaders, profile, [section.id]);
    if (!model) throw new NotFoundError('Section');
    return model;
  }

  @ResolveField(() => RevisionModel)
  @FieldAccess(READABLE)
  async revision(@Parent() signOff: SignOffModel, @Context() ctx: GqlContext): Promise<RevisionModel> {
    const revision = await this.profiles.revision(ctx.loaders, signOff.revisionId);
    if (!revision) throw new NotFoundError('Revision');
    return toRevisionModel(revision);
  }

  @ResolveField(() => Int, { description: 'The number of the revision signed (Revision.number), one level shallower for matrices.' })
  @FieldAccess(READABLE)
  async revisionNumber(@Parent() signOff: SignOffModel, @Context() ctx: GqlContext): Promise<number> {
    return (await this.revision(signOff, ctx)).number;
  }

  @ResolveField(() => OrganizationModel)
  @FieldAccess(READABLE)
  async organization(@Parent() signOff: SignOffModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    const organization = await this.iam.organization(ctx.loaders, signOff.organizationId);
    if (!organization) throw new NotFoundError('Organization');
    return toOrganizationModel(organization);
  }

  @ResolveField(() => UserModel)
  @FieldAccess(READABLE)
  async user(@Parent() signOff: SignOffModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.iam.user(ctx.loaders, signOff.userId);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }
}
