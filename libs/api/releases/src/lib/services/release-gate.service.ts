import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { OrganizationEntity } from '@mps/api-iam';
import { outlineStyleOf, ProfileEntity, SectionEntity } from '@mps/api-profiles';
import {
  CommentEntity,
  ReviewCycleEntity,
  ReviewCycleOrganizationEntity,
  ReviewCycleSectionEntity,
  SignOffEntity,
} from '@mps/api-reviews';
import { DEFAULT_LOCALE, type Locale, orderOutline, ReleaseBlocker, releaseBlockers, ReleaseGateSection } from '@mps/shared-domain';

export interface OutlineRow {
  section: SectionEntity;
  number: string;
  depth: number;
}

/**
 * Reads what the release gate needs from the outline and the review tables (docs/domain.md rule 7): the pure
 * `releaseBlockers` decides. Runs on the caller's manager, so prepareRelease decides and freezes on one snapshot.
 */
@Injectable()
export class ReleaseGateService {
  /** The profile's non-archived sections in outline order, with their numbers. */
  async outline(manager: EntityManager, profile: ProfileEntity): Promise<OutlineRow[]> {
    const sections = await manager.find(SectionEntity, { where: { profileId: profile.id, archivedAt: IsNull() } });
    return orderOutline(sections, outlineStyleOf(profile)).map(({ node, number, depth }) => ({ section: node, number, depth }));
  }

  /** What blocks a release, worded in `locale` (the asking person's language). */
  async blockers(manager: EntityManager, profile: ProfileEntity, outline: readonly OutlineRow[], locale: Locale = DEFAULT_LOCALE): Promise<ReleaseBlocker[]> {
    const parents = new Set(outline.map((r) => r.section.parentId).filter((id): id is string => id !== null));
    const missing = await this.missingSignatories(manager, outline.filter((r) => r.section.reviewStatus !== 'APPROVED').map((r) => r.section));
    const sections: ReleaseGateSection[] = outline.map(({ section, number }) => ({
      id: section.id,
      number,
      title: section.title,
      hasText: section.currentRevisionId !== null,
      hasChildren: parents.has(section.id),
      status: section.reviewStatus,
      missingSignatories: missing.get(section.id) ?? [],
    }));
    // "The latest cycle" is the profile's most recently opened one (settled details), open or closed.
    const latest = await manager.findOne(ReviewCycleEntity, { where: { profileId: profile.id }, order: { openedAt: 'DESC', id: 'DESC' } });
    const unresolvedThreads = latest
      ? await manager.count(CommentEntity, { where: { reviewCycleId: latest.id, parentId: IsNull(), resolvedAt: IsNull() } })
      : 0;
    return releaseBlockers(
      {
        sections,
        latestCycle: latest ? { id: latest.id, title: latest.title, unresolvedThreads } : null,
      },
      locale,
    );
  }

  /**
   * For each section, the required signatories of its latest cycle (the one opened last among those holding it)
   * whose current decision is not an APPROVE of its current revision; named by acronym, else by name.
   */
  private async missingSignatories(manager: EntityManager, sections: readonly SectionEntity[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (sections.length === 0) return result;
    const sectionIds = sections.map((s) => s.id);
    const links = await manager.find(ReviewCycleSectionEntity, { where: { sectionId: In(sectionIds) } });
    if (links.length === 0) return result;
    const cycles = await manager.find(ReviewCycleEntity, { where: { id: In([...new Set(links.map((l) => l.reviewCycleId))]) } });
    const openedAt = new Map(cycles.map((c) => [c.id, c.openedAt.getTime()]));
    const latestCycleOf = new Map<string, string>();
    for (const link of links) {
      const known = latestCycleOf.get(link.sectionId);
      if (!known || (openedAt.get(link.reviewCycleId) ?? 0) > (openedAt.get(known) ?? 0)) latestCycleOf.set(link.sectionId, link.reviewCycleId);
    }
    const signatories = await manager.find(ReviewCycleOrganizationEntity, {
      where: { reviewCycleId: In([...new Set(latestCycleOf.values())]), requiredSignatory: true },
    });
    if (signatories.length === 0) return result;
    const organizations = await manager.find(OrganizationEntity, { where: { id: In([...new Set(signatories.map((s) => s.organizationId))]) } });
    const nameOf = new Map(organizations.map((o) => [o.id, o.acronym || o.name]));
    const signOffs = await manager.find(SignOffEntity, { where: { sectionId: In(sectionIds), supersededAt: IsNull() } });
    for (const section of sections) {
      const cycleId = latestCycleOf.get(section.id);
      if (!cycleId) continue;
      const names = signatories
        .filter((s) => s.reviewCycleId === cycleId)
        .filter(
          (s) =>
            !signOffs.some(
              (o) =>
                o.sectionId === section.id &&
                o.organizationId === s.organizationId &&
                o.revisionId === section.currentRevisionId &&
                o.decision === 'APPROVE',
            ),
        )
        .map((s) => nameOf.get(s.organizationId) ?? 'An organisation')
        .sort((a, b) => a.localeCompare(b));
      if (names.length) result.set(section.id, names);
    }
    return result;
  }
}
