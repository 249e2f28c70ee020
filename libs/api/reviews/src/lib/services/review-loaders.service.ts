import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { ProfileEntity, SectionEntity, SectionModel, toSectionModel, outlineStyleOf } from '@mps/api-profiles';
import { orderOutline } from '@mps/shared-domain';
import { ReviewCycleEntity, ReviewCycleOrganizationEntity, ReviewCycleSectionEntity } from '../entities/review-cycle.entity';
import { SignOffEntity } from '../entities/sign-off.entity';
import type { SectionReviewCounts } from '../models/section-review-counts.model';

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
    return loaders
      .get<string, ReviewCycleEntity | null>('reviews.cycleById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(ReviewCycleEntity).findBy({ id: In([...ids]) }), (c) => c.id),
      )
      .load(id);
  }

  /** A profile's cycles, most recently opened first. */
  cyclesOfProfile(loaders: RequestLoaders, profileId: string) {
    return loaders
      .get<string, ReviewCycleEntity[]>('reviews.cyclesByProfile', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(ReviewCycleEntity)
            .find({ where: { profileId: In([...ids]) }, order: { openedAt: 'DESC', id: 'DESC' } }),
          (c) => c.profileId,
        ),
      )
      .load(profileId);
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
   * What the outline shows of each section's review, for every section asked in the request in ONE statement:
   * unresolved threads counted by cycle (the caller filters them by what the reader may see) and the sign-offs of
   * the open cycle holding the section (a section is in at most one open cycle): its required signatories and their
   * current decisions on the current revision.
   */
  reviewCounts(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, SectionReviewCounts>('reviews.countsBySection', async (ids) => {
        const rows: Array<{
          section_id: string;
          threads: Array<{ cycleId: string | null; count: number }>;
          cycle_id: string | null;
          required: number | null;
          approved: number | null;
          changes_requested: number | null;
        }> = await this.dataSource.query(
          `SELECT ids.id AS section_id,
                  (SELECT coalesce(json_agg(json_build_object('cycleId', t.review_cycle_id, 'count', t.n)), '[]')
                     FROM (SELECT c.review_cycle_id, count(*)::int AS n FROM comments c
                            WHERE c.section_id = ids.id AND c.parent_id IS NULL AND c.resolved_at IS NULL
                            GROUP BY c.review_cycle_id) t) AS threads,
                  oc.id AS cycle_id, oc.required, oc.approved, oc.changes_requested
             FROM unnest($1::uuid[]) AS ids(id)
             LEFT JOIN LATERAL (
               SELECT c.id, count(o.organization_id)::int AS required,
                      (count(so.id) FILTER (WHERE so.decision = 'APPROVE'))::int AS approved,
                      (count(so.id) FILTER (WHERE so.decision = 'REQUEST_CHANGES'))::int AS changes_requested
                 FROM review_cycle_sections rcs
                 JOIN review_cycles c ON c.id = rcs.review_cycle_id AND c.status = 'OPEN'
                 JOIN sections s ON s.id = rcs.section_id
                 LEFT JOIN review_cycle_organizations o ON o.review_cycle_id = c.id AND o.required_signatory
                 LEFT JOIN sign_offs so ON so.section_id = s.id AND so.organization_id = o.organization_id
                                       AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id
                WHERE rcs.section_id = ids.id
                GROUP BY c.id ORDER BY max(c.opened_at) DESC LIMIT 1) oc ON true`,
          [[...ids]],
        );
        return oneByKeys(ids, rows, (r) => r.section_id).map((r) => ({
          openThreadsByCycle: r?.threads ?? [],
          openCycle:
            r?.cycle_id != null
              ? { reviewCycleId: r.cycle_id, required: r.required ?? 0, approved: r.approved ?? 0, changesRequested: r.changes_requested ?? 0 }
              : null,
        }));
      })
      .load(sectionId);
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
