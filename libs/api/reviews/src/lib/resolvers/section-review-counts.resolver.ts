import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { AccessService, actorOf } from '@mps/api-iam';
import { SectionModel } from '@mps/api-profiles';
import { SectionSignOffProgressModel } from '../models/section-review-counts.model';
import { CommentLoaders } from '../services/comment-loaders.service';
import { CommentsService } from '../services/comments.service';
import { ReviewLoaders } from '../services/review-loaders.service';

/** A section's counts as the caller sees them (absent from the map: no open thread the caller reads, no progress). */
interface VisibleCounts {
  openThreadCount: number;
  signOffProgress: SectionSignOffProgressModel | null;
}

/**
 * What the outline shows of each section's review, contributed to profiles' Section (docs/adr/0007): both fields
 * come from one map per request and profile, built once from one batched statement for the whole outline
 * (ReviewLoaders.reviewOfProfile, with the profile's cycles) and filtered by what the caller may read (the same rule
 * as Section.comments and the cycles a caller may see). Plain field resolvers (no parameter decorators, see
 * docs/adr/0026): each field is one lookup in that map, not a chain of loader calls per section.
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
  openThreadCount(section: SectionModel, _args: unknown, ctx: GqlContext): Promise<number> {
    return this.countsOfProfile(section, ctx).then((counts) => counts.get(section.id)?.openThreadCount ?? 0);
  }

  @ResolveField(() => SectionSignOffProgressModel, {
    nullable: true,
    description: 'Sign-off progress in the open review cycle holding the section; null when no open cycle holds it or the caller may not see that cycle.',
  })
  @FieldAccess('Null unless the caller may see the open cycle (contributors: their cycles)')
  signOffProgress(section: SectionModel, _args: unknown, ctx: GqlContext): Promise<SectionSignOffProgressModel | null> {
    return this.countsOfProfile(section, ctx).then((counts) => counts.get(section.id)?.signOffProgress ?? null);
  }

  /** Every section's counts as the caller sees them, computed once per request for the section's profile. */
  private countsOfProfile(section: SectionModel, ctx: GqlContext): Promise<Map<string, VisibleCounts>> {
    return ctx.loaders.memo(`reviews.visibleCounts:${section.profileId}`, async () => {
      const counts = new Map<string, VisibleCounts>();
      const access = await this.access.accessTo(actorOf(ctx), section.workspaceId);
      const visible = access ? await this.comments.visibleCycleIds(ctx.loaders, access, section.profileId) : new Set<string>();
      if (visible !== 'all' && visible.size === 0) return counts;
      const review = await this.reviews.reviewOfProfile(ctx.loaders, section.profileId);
      for (const [sectionId, { openThreadsByCycle, openCycle }] of review.counts) {
        let openThreadCount = 0;
        for (const t of openThreadsByCycle) if (this.threads.mayReadThreadOfCycle(visible, t.cycleId)) openThreadCount += t.count;
        counts.set(sectionId, {
          openThreadCount,
          signOffProgress: openCycle && (visible === 'all' || visible.has(openCycle.reviewCycleId)) ? openCycle : null,
        });
      }
      return counts;
    });
  }
}
