import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { ProfileEntity, SectionEntity, SectionModel, toSectionModel, outlineStyleOf } from '@mps/api-profiles';
import { orderOutline } from '@mps/shared-domain';
import { ReviewCycleEntity, ReviewCycleOrganizationEntity, ReviewCycleSectionEntity } from '../entities/review-cycle.entity';
import { SignOffEntity } from '../entities/sign-off.entity';
import type { SectionReviewCounts } from '../models/section-review-counts.model';

/** A cycle as reviewOfProfile reads it (json_build_object: timestamps as ISO text). */
type CycleRow = Omit<ReviewCycleEntity, 'closesAt' | 'openedAt' | 'closedAt'> & { closesAt: string; openedAt: string; closedAt: string | null };
type CountsRow = {
  sectionId: string;
  threads: Array<{ cycleId: string | null; count: number }> | null;
  cycleId: string | null;
  required: number | null;
  approved: number | null;
  changesRequested: number | null;
};
export interface ProfileReview {
  cycles: ReviewCycleEntity[];
  /** By section id: only sections with open threads or in an open cycle. */
  counts: Map<string, SectionReviewCounts>;
}

const toCycleEntity = (row: CycleRow): ReviewCycleEntity =>
  Object.assign(new ReviewCycleEntity(), {
    ...row,
    closesAt: new Date(row.closesAt),
    openedAt: new Date(row.openedAt),
    closedAt: row.closedAt === null ? null : new Date(row.closedAt),
  });

/** A profile's outline as numbered once per request: each section's number, depth and place. */
export interface PlacedSection {
  section: SectionEntity;
  number: string;
  depth: number;
  /** Position in outline order; archived sections come after every placed one. */
  order: number;
}

/**
 * Batch loads for the review side of the profile screen and the cycle page: one query per kind per request,
 * whatever the number of cycles, sections or sign-offs (see ProfileLoaders for the pattern).
 */
@Injectable()
export class ReviewLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  cycle(loaders: RequestLoaders, id: string) {
    return this.cycleLoader(loaders).load(id);
  }

  private cycleLoader(loaders: RequestLoaders) {
    return loaders.get<string, ReviewCycleEntity | null>('reviews.cycleById', async (ids) =>
      oneByKeys(ids, await this.dataSource.getRepository(ReviewCycleEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    );
  }

  /** A profile's cycles, most recently opened first (read with the outline's review counts: see reviewOfProfile). */
  async cyclesOfProfile(loaders: RequestLoaders, profileId: string): Promise<ReviewCycleEntity[]> {
    return (await this.reviewOfProfile(loaders, profileId)).cycles;
  }

  /** The cycles holding a section, most recently opened first (the first is the section's latest cycle). */
  cyclesOfSection(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, Array<ReviewCycleEntity & { sectionId: string }>>('reviews.cyclesBySection', async (ids) => {
        const rows: Array<{ section_id: string; id: string }> = await this.dataSource.query(
          `SELECT rcs.section_id, c.id FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
            WHERE rcs.section_id = ANY($1::uuid[]) ORDER BY c.opened_at DESC, c.id DESC`,
          [[...ids]],
        );
        const cycles = await Promise.all(rows.map((r) => this.cycle(loaders, r.id)));
        return groupByKeys(
          ids,
          rows.map((r, i) => ({ ...cycles[i]!, sectionId: r.section_id })),
          (c) => c.sectionId,
        );
      })
      .load(sectionId);
  }

  sectionsOfCycle(loaders: RequestLoaders, cycleId: string) {
    return loaders
      .get<string, ReviewCycleSectionEntity[]>('reviews.sectionsByCycle', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(ReviewCycleSectionEntity).findBy({ reviewCycleId: In([...ids]) }),
          (s) => s.reviewCycleId,
        ),
      )
      .load(cycleId);
  }

  organizationsOfCycle(loaders: RequestLoaders, cycleId: string) {
    return loaders
      .get<string, ReviewCycleOrganizationEntity[]>('reviews.organizationsByCycle', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(ReviewCycleOrganizationEntity).findBy({ reviewCycleId: In([...ids]) }),
          (o) => o.reviewCycleId,
        ),
      )
      .load(cycleId);
  }

  /** The organisations taking part in a cycle (participants and required signatories). */
  async organizationIdsOfCycle(loaders: RequestLoaders, cycleId: string): Promise<Set<string>> {
    return new Set((await this.organizationsOfCycle(loaders, cycleId)).map((o) => o.organizationId));
  }

  /** Every sign-off of a section, newest first: superseded and stale ones included. */
  signOffsOfSection(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, SignOffEntity[]>('reviews.signOffsBySection', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(SignOffEntity)
            .find({ where: { sectionId: In([...ids]) }, order: { createdAt: 'DESC', id: 'DESC' } }),
          (s) => s.sectionId,
        ),
      )
      .load(sectionId);
  }

  /** Each organisation's latest (not superseded) sign-off on a section, current or stale. */
  async latestSignOffs(loaders: RequestLoaders, sectionId: string): Promise<SignOffEntity[]> {
    return (await this.signOffsOfSection(loaders, sectionId)).filter((s) => s.supersededAt === null);
  }

  /**
   * The review side of a profile screen in ONE statement per request, whatever the number of profiles and sections:
   * the profile's cycles (most recently opened first), and for each section with something to show, its
   * unresolved threads counted by cycle (callers keep only the cycles the reader may see) and the sign-offs of the
   * open cycle holding it (a section is in at most one open cycle): the cycle's required signatories and their
   * current decisions on the section's current revision. The profile screen asks for both, so the counts are read
   * with the cycles, in parallel with the outline, instead of after it.
   */
  reviewOfProfile(loaders: RequestLoaders, profileId: string) {
    return loaders
      .get<string, ProfileReview>('reviews.reviewByProfile', async (ids) => {
        const rows: Array<{ profile_id: string; cycles: CycleRow[]; counts: CountsRow[] }> = await this.dataSource.query(
          // Set-based: each part is read once for all the profiles' sections (MATERIALIZED: computed once, then
          // joined), instead of subqueries run once per section.
          `WITH req AS (SELECT id FROM unnest($1::uuid[]) AS req(id)),
                secs AS MATERIALIZED (
                  SELECT s.id, s.profile_id, s.current_revision_id FROM sections s WHERE s.profile_id IN (SELECT id FROM req)),
                threads AS MATERIALIZED (
                  SELECT t.section_id, json_agg(json_build_object('cycleId', t.review_cycle_id, 'count', t.n)) AS threads
                    FROM (SELECT c.section_id, c.review_cycle_id, count(*)::int AS n FROM comments c
                           WHERE c.section_id IN (SELECT id FROM secs) AND c.parent_id IS NULL AND c.resolved_at IS NULL
                           GROUP BY c.section_id, c.review_cycle_id) t
                   GROUP BY t.section_id),
                open_cycles AS MATERIALIZED (
                  SELECT DISTINCT ON (rcs.section_id) rcs.section_id, c.id
                    FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id AND c.status = 'OPEN'
                   WHERE rcs.section_id IN (SELECT id FROM secs)
                   ORDER BY rcs.section_id, c.opened_at DESC, c.id DESC),
                progress AS MATERIALIZED (
                  SELECT oc.section_id, oc.id AS cycle_id, count(o.organization_id)::int AS required,
                         (count(so.id) FILTER (WHERE so.decision = 'APPROVE'))::int AS approved,
                         (count(so.id) FILTER (WHERE so.decision = 'REQUEST_CHANGES'))::int AS changes_requested
                    FROM open_cycles oc JOIN secs s ON s.id = oc.section_id
                    LEFT JOIN review_cycle_organizations o ON o.review_cycle_id = oc.id AND o.required_signatory
                    LEFT JOIN sign_offs so ON so.section_id = oc.section_id AND so.organization_id = o.organization_id
                                          AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id
                   GROUP BY oc.section_id, oc.id)
           SELECT req.id AS profile_id,
                  (SELECT coalesce(json_agg(json_build_object(
                            'id', c.id, 'profileId', c.profile_id, 'workspaceId', c.workspace_id, 'title', c.title, 'status', c.status,
                            'closesAt', c.closes_at, 'openedAt', c.opened_at, 'openedById', c.opened_by_id,
                            'closedAt', c.closed_at, 'closedById', c.closed_by_id) ORDER BY c.opened_at DESC, c.id DESC), '[]')
                     FROM review_cycles c WHERE c.profile_id = req.id) AS cycles,
                  (SELECT coalesce(json_agg(json_build_object('sectionId', s.id, 'threads', th.threads, 'cycleId', p.cycle_id,
                            'required', p.required, 'approved', p.approved, 'changesRequested', p.changes_requested)), '[]')
                     FROM secs s
                     LEFT JOIN threads th ON th.section_id = s.id
                     LEFT JOIN progress p ON p.section_id = s.id
                    WHERE s.profile_id = req.id AND (th.section_id IS NOT NULL OR p.section_id IS NOT NULL)) AS counts
             FROM req`,
          [[...ids]],
        );
        return oneByKeys(ids, rows, (r) => r.profile_id).map((r) => {
          const cycles = (r?.cycles ?? []).map(toCycleEntity);
          for (const cycle of cycles) this.cycleLoader(loaders).prime(cycle.id, cycle);
          const counts = new Map<string, SectionReviewCounts>();
          for (const c of r?.counts ?? []) {
            counts.set(c.sectionId, {
              openThreadsByCycle: c.threads ?? [],
              openCycle: c.cycleId ? { reviewCycleId: c.cycleId, required: c.required ?? 0, approved: c.approved ?? 0, changesRequested: c.changesRequested ?? 0 } : null,
            });
          }
          return { cycles, counts };
        });
      })
      .load(profileId);
  }

  section(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, SectionEntity | null>('reviews.sectionById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(SectionEntity).findBy({ id: In([...ids]) }), (s) => s.id),
      )
      .load(id);
  }

  /** A profile's outline, numbered as everyone sees it, by section id (archived sections included, unnumbered). */
  outline(loaders: RequestLoaders, profile: Pick<ProfileEntity, 'id' | 'outlineStyle'>) {
    return loaders
      .get<string, Map<string, PlacedSection>>('reviews.outlineByProfile', async (ids) => {
        const sections = await this.dataSource.getRepository(SectionEntity).find({ where: { profileId: In([...ids]) } });
        const profiles = await this.dataSource.getRepository(ProfileEntity).findBy({ id: In([...ids]) });
        return ids.map((profileId) => {
          const own = sections.filter((s) => s.profileId === profileId);
          const style = outlineStyleOf(profiles.find((p) => p.id === profileId) ?? profile);
          const placed = new Map<string, PlacedSection>();
          orderOutline(
            own.filter((s) => s.archivedAt === null),
            style,
          ).forEach(({ node, number, depth }, order) => placed.set(node.id, { section: node, number, depth, order }));
          for (const s of own) if (!placed.has(s.id)) placed.set(s.id, { section: s, number: '', depth: 0, order: Number.MAX_SAFE_INTEGER });
          return placed;
        });
      })
      .load(profile.id);
  }

  /** Sections as GraphQL shows them (with their outline number), in outline order. */
  async sectionModels(loaders: RequestLoaders, profile: ProfileEntity, sectionIds: readonly string[]): Promise<SectionModel[]> {
    const outline = await this.outline(loaders, profile);
    return sectionIds
      .map((id) => outline.get(id))
      .filter((p): p is PlacedSection => p !== undefined)
      .sort((a, b) => a.order - b.order || a.section.id.localeCompare(b.section.id))
      .map((p) => toSectionModel(p.section, profile, p.number, p.depth));
  }
}
