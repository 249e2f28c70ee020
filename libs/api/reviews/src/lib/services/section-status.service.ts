import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DomainEvent,
  nextSectionStatus,
  SectionReviewEvent,
  SectionReviewFacts,
  SectionStatusChangedEvent,
  SectionStatusValue,
  SignOffDecisionValue,
} from '@mps/shared-domain';

interface SectionRow {
  id: string;
  profile_id: string;
  workspace_id: string;
  review_status: SectionStatusValue;
}

/**
 * Moves sections' stored review status (docs/domain.md rule 5) through the pure state machine
 * (`nextSectionStatus`), inside the transaction of the change that triggers it. The facts are read after the change
 * was written, in a constant number of queries whatever the number of sections, and the section rows are locked
 * first (in id order, so two transitions on overlapping sections cannot deadlock) so that a save, a sign-off and a
 * cycle's opening or closing on the same section are applied one after the other, each seeing the other's result.
 */
@Injectable()
export class SectionStatusService {
  async transition(
    manager: EntityManager,
    sectionIds: readonly string[],
    event: SectionReviewEvent,
    actorId: string | null = null,
  ): Promise<DomainEvent[]> {
    const ids = [...new Set(sectionIds)];
    if (ids.length === 0) return [];
    const sections: SectionRow[] = await manager.query(
      `SELECT s.id, s.profile_id, p.workspace_id, s.review_status
         FROM sections s JOIN profiles p ON p.id = s.profile_id
        WHERE s.id = ANY($1::uuid[])
        ORDER BY s.id
          FOR UPDATE OF s`,
      [ids],
    );
    const facts = await this.facts(manager, ids);
    const changed: Array<{ section: SectionRow; status: SectionStatusValue }> = [];
    for (const section of sections) {
      const status = nextSectionStatus(section.review_status, event, facts.get(section.id)!);
      if (status !== section.review_status) changed.push({ section, status });
    }
    if (changed.length === 0) return [];
    await manager.query(
      `UPDATE sections s SET review_status = v.status
         FROM unnest($1::uuid[], $2::text[]) AS v(id, status)
        WHERE s.id = v.id`,
      [changed.map((c) => c.section.id), changed.map((c) => c.status)],
    );
    const at = new Date().toISOString();
    return changed.map(
      ({ section, status }): SectionStatusChangedEvent => ({
        type: 'SECTION_STATUS_CHANGED',
        workspaceId: section.workspace_id,
        profileId: section.profile_id,
        sectionId: section.id,
        status,
        actorId,
        at,
      }),
    );
  }

  /**
   * What the rules look at, per section: its latest cycle (the one opened last among those holding it) with that
   * cycle's required signatories, and each organisation's current decision on the section's current revision.
   */
  async facts(manager: EntityManager, sectionIds: readonly string[]): Promise<Map<string, SectionReviewFacts>> {
    const latest: Array<{ section_id: string; status: string; signatories: string[] }> = await manager.query(
      `SELECT DISTINCT ON (rcs.section_id) rcs.section_id, c.status,
              ARRAY(SELECT o.organization_id::text FROM review_cycle_organizations o
                     WHERE o.review_cycle_id = c.id AND o.required_signatory) AS signatories
         FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
        WHERE rcs.section_id = ANY($1::uuid[])
        ORDER BY rcs.section_id, c.opened_at DESC, c.id DESC`,
      [sectionIds],
    );
    const decisions: Array<{ section_id: string; organization_id: string; decision: SignOffDecisionValue }> = await manager.query(
      `SELECT so.section_id, so.organization_id, so.decision
         FROM sign_offs so JOIN sections s ON s.id = so.section_id AND s.current_revision_id = so.revision_id
        WHERE so.section_id = ANY($1::uuid[]) AND so.superseded_at IS NULL`,
      [sectionIds],
    );
    const facts = new Map<string, SectionReviewFacts>(
      sectionIds.map((id) => [id, { latestCycle: null, currentDecisions: new Map<string, SignOffDecisionValue>() }]),
    );
    for (const row of latest) {
      facts.get(row.section_id)!.latestCycle = { open: row.status === 'OPEN', requiredSignatoryIds: row.signatories };
    }
    for (const row of decisions) {
      (facts.get(row.section_id)!.currentDecisions as Map<string, SignOffDecisionValue>).set(row.organization_id, row.decision);
    }
    return facts;
  }
}
