import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { AccessService, Actor, CurrentActor } from '@mps/api-iam';
import { SectionModel } from '@mps/api-profiles';
import { SectionSignOffProgressModel } from '../models/section-review-counts.model';
import { CommentLoaders } from '../services/comment-loaders.service';
import { CommentsService } from '../services/comments.service';
import { ReviewLoaders } from '../services/review-loaders.service';

/**
 * What the outline shows of each section's review, contributed to profiles' Section (docs/adr/0007): both fields
 * read one batched statement for the whole outline (ReviewLoaders.reviewOfProfile, with the profile's cycles) and count only what the caller may
 * read (the same rule as Section.comments and the cycles a caller may see).
 */
@Resolver(() => SectionModel)
export class SectionReviewCountsResolver {
  constructor(
    private readonly reviews: ReviewLoaders,
    private readonly comments: CommentLoaders,
    private readonly threads: CommentsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => Int, { description: 'Unresolved comment threads on the section that the caller may read (contributors: those of their cycles; never internal ones).' })
  @FieldAccess('Counts only the threads the caller may read (as Section.comments)')
  async openThreadCount(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<number> {
    const visible = await this.visibleCycleIds(section, actor, ctx);
    if (visible !== 'all' && visible.size === 0) return 0;
    const counts = await this.reviews.reviewCounts(ctx.loaders, section);
    return counts.openThreadsByCycle.filter((t) => this.threads.mayReadThreadOfCycle(visible, t.cycleId)).reduce((sum, t) => sum + t.count, 0);
  }

  @ResolveField(() => SectionSignOffProgressModel, {
    nullable: true,
    description: 'Sign-off progress in the open review cycle holding the section; null when no open cycle holds it or the caller may not see that cycle.',
  })
  @FieldAccess('Null unless the caller may see the open cycle (contributors: their cycles)')
  async signOffProgress(@Parent() section: SectionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SectionSignOffProgressModel | null> {
    const visible = await this.visibleCycleIds(section, actor, ctx);
    if (visible !== 'all' && visible.size === 0) return null;
    const { openCycle } = await this.reviews.reviewCounts(ctx.loaders, section);
    return openCycle && (visible === 'all' || visible.has(openCycle.reviewCycleId)) ? openCycle : null;
  }

  private async visibleCycleIds(section: SectionModel, actor: Actor, ctx: GqlContext): Promise<'all' | ReadonlySet<string>> {
    const access = await this.access.accessTo(actor, section.workspaceId);
    return access ? this.comments.visibleCycleIds(ctx.loaders, access, section.profileId) : new Set();
  }
}
