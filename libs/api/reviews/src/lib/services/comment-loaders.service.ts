import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import type { WorkspaceAccess } from '@mps/api-iam';
import { CommentEntity } from '../entities/comment.entity';
import { ReviewCycleEntity } from '../entities/review-cycle.entity';
import { ReviewAccessService } from './review-access.service';
import { ReviewLoaders } from './review-loaders.service';

/**
 * Batch loads of comments and of what only the comment side asks (a section's open cycle, an organisation's cycles):
 * one query per kind per request, whatever the number of sections and threads. Cycles, sections and a cycle's
 * organisations come from ReviewLoaders, so that one request loads each of them once.
 */
@Injectable()
export class CommentLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewLoaders,
    private readonly reviewAccess: ReviewAccessService,
  ) {}

  /** Opening comments of a section's threads, oldest first (every one: callers filter what the reader may see). */
  threadsOfSection(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, CommentEntity[]>('reviews.threadsBySection', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(CommentEntity).find({
            where: { sectionId: In([...ids]), parentId: IsNull() },
            order: { createdAt: 'ASC', id: 'ASC' },
          }),
          (c) => c.sectionId,
        ),
      )
      .load(sectionId);
  }

  /** A thread's replies, oldest first. */
  repliesOf(loaders: RequestLoaders, threadId: string) {
    return loaders
      .get<string, CommentEntity[]>('reviews.repliesByThread', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(CommentEntity).find({
            where: { parentId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          }),
          (c) => c.parentId!,
        ),
      )
      .load(threadId);
  }

  comment(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, CommentEntity | null>('reviews.commentById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(CommentEntity).findBy({ id: In([...ids]) }), (c) => c.id),
      )
      .load(id);
  }

  /** The OPEN cycle holding a section, if any (a section is in at most one open cycle). */
  openCycleOfSection(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, ReviewCycleEntity | null>('reviews.openCycleBySection', async (ids) => {
        const pairs: Array<{ section_id: string; review_cycle_id: string }> = await this.dataSource.query(
          `SELECT s.section_id, s.review_cycle_id
             FROM review_cycle_sections s JOIN review_cycles c ON c.id = s.review_cycle_id
            WHERE s.section_id = ANY($1::uuid[]) AND c.status = 'OPEN'`,
          [[...ids]],
        );
        const cycles = await Promise.all(pairs.map((p) => this.reviews.cycle(loaders, p.review_cycle_id)));
        const rows = pairs.map((p, i) => ({ sectionId: p.section_id, cycle: cycles[i]! }));
        return oneByKeys(ids, rows, (r) => r.sectionId).map((r) => r?.cycle ?? null);
      })
      .load(sectionId);
  }

  /** The cycles of a profile an organisation takes part in (what its contributors may see). */
  cycleIdsOfOrganization(loaders: RequestLoaders, profileId: string, organizationId: string): Promise<ReadonlySet<string>> {
    return loaders
      .get<string, ReadonlySet<string>>('reviews.cycleIdsByProfileAndOrganization', async (keys) => {
        const pairs = keys.map((key) => key.split('|') as [string, string]);
        const rows: Array<{ profile_id: string; organization_id: string; id: string }> = await this.dataSource.query(
          `SELECT c.profile_id, o.organization_id, c.id
             FROM review_cycles c JOIN review_cycle_organizations o ON o.review_cycle_id = c.id
            WHERE c.profile_id = ANY($1::uuid[]) AND o.organization_id = ANY($2::uuid[])`,
          [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
        );
        return groupByKeys(keys, rows, (r) => `${r.profile_id}|${r.organization_id}`).map((group) => new Set(group.map((r) => r.id)));
      })
      .load(`${profileId}|${organizationId}`);
  }

  /**
   * The cycles of a profile whose threads and sign-offs the caller may see: 'all' for those who read everything,
   * else the cycles their organisation takes part in (none for members who read no drafts).
   */
  async visibleCycleIds(loaders: RequestLoaders, access: WorkspaceAccess, profileId: string): Promise<'all' | ReadonlySet<string>> {
    const organizationId = this.reviewAccess.participatingOrganizationId(access);
    if (organizationId === null) return 'all';
    if (organizationId === 'none') return new Set();
    return this.cycleIdsOfOrganization(loaders, profileId, organizationId);
  }
}
