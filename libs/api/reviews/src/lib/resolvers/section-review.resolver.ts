import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { AccessService, Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel } from '@mps/api-iam';
import { ProfileModel, SectionModel } from '@mps/api-profiles';
import { PERMISSIONS } from '@mps/shared-domain';
import { ReviewCycleModel } from '../models/review-cycle.model';
import { toReviewCycleModel, toSignOffModel } from '../models/review.mappers';
import { SignOffModel } from '../models/sign-off.model';
import { ReviewCyclesService } from '../services/review-cycles.service';
import { ReviewLoaders } from '../services/review-loaders.service';

const READABLE = 'A section is only returned to callers allowed to read it';

/** The review side of a section and a profile: cycles and sign-offs. */
@Resolver(() => SectionModel)
export class SectionReviewResolver {
  constructor(
    private readonly loaders: ReviewLoaders,
    private readonly cycles: ReviewCyclesService,
    private readonly access: AccessService,
    private readonly iam: IamLoaders,
  ) {}

  @ResolveField(() => [SignOffModel], { description: 'Sign-offs given on the current revision only (stale ones excluded): each organisation\'s current decision.' })
  @FieldAccess(READABLE)
  async signOffs(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<SignOffModel[]> {
    const latest = await this.loaders.latestSignOffs(ctx.loaders, section.id);
    return latest
      .filter((s) => s.revisionId === section.currentRevisionId)
      .map((s) => toSignOffModel(s, section.currentRevisionId))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  @ResolveField(() => [SignOffModel], { description: 'Every sign-off ever given on this section, newest first, stale and superseded ones included.' })
  @FieldAccess(READABLE)
  async signOffHistory(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<SignOffModel[]> {
    return (await this.loaders.signOffsOfSection(ctx.loaders, section.id)).map((s) => toSignOffModel(s, section.currentRevisionId));
  }

  @ResolveField(() => [ReviewCycleModel], { description: 'The review cycles holding this section that the caller may see, most recently opened first.' })
  @FieldAccess(READABLE)
  async reviewCycles(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<ReviewCycleModel[]> {
    const access = await this.access.accessTo(actor, section.workspaceId);
    if (!access) return [];
    const cycles = await this.loaders.cyclesOfSection(ctx.loaders, section.id);
    const visible = await Promise.all(cycles.map((c) => this.cycles.maySee(access, ctx.loaders, c.id)));
    return cycles.filter((_, i) => visible[i]).map(toReviewCycleModel);
  }

  @ResolveField(() => [OrganizationModel], { description: "Required signatories of the section's latest review cycle." })
  @FieldAccess(READABLE)
  async requiredSignatories(@Parent() section: SectionModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    const ids = await this.requiredSignatoryIds(ctx, section.id);
    const organizations = await Promise.all(ids.map((id) => this.iam.organization(ctx.loaders, id)));
    return organizations
      .filter((o): o is NonNullable<typeof o> => o !== null)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map(toOrganizationModel);
  }

  @ResolveField(() => Boolean, { description: "Whether the caller may sign off this section's current revision for their organisation." })
  @FieldAccess("Answers only about the caller's own rights")
  async canSignOff(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    if (section.archived || !section.currentRevisionId) return false;
    const access = await this.access.accessTo(actor, section.workspaceId);
    if (!access?.membership || !access.can(PERMISSIONS.SIGN_OFF)) return false;
    return (await this.requiredSignatoryIds(ctx, section.id)).includes(access.membership.organizationId);
  }

  /** The required signatories of the section's latest cycle (the one opened last among those holding it). */
  private async requiredSignatoryIds(ctx: GqlContext, sectionId: string): Promise<string[]> {
    const latest = (await this.loaders.cyclesOfSection(ctx.loaders, sectionId))[0];
    if (!latest) return [];
    return (await this.loaders.organizationsOfCycle(ctx.loaders, latest.id)).filter((o) => o.requiredSignatory).map((o) => o.organizationId);
  }
}

@Resolver(() => ProfileModel)
export class ProfileReviewCyclesResolver {
  constructor(
    private readonly loaders: ReviewLoaders,
    private readonly cycles: ReviewCyclesService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [ReviewCycleModel], { description: 'Review cycles the caller may see (contributors: those of their organisation), most recently opened first.' })
  @FieldAccess('Cycles are filtered by the caller\'s participation')
  async reviewCycles(@Parent() profile: ProfileModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<ReviewCycleModel[]> {
    const access = await this.access.accessTo(actor, profile.workspaceId);
    if (!access) return [];
    const cycles = await this.loaders.cyclesOfProfile(ctx.loaders, profile.id);
    const visible = await Promise.all(cycles.map((c) => this.cycles.maySee(access, ctx.loaders, c.id)));
    return cycles.filter((_, i) => visible[i]).map(toReviewCycleModel);
  }
}
