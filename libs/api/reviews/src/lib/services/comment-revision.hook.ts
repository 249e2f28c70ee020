import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, BadUserInputError, isUuid } from '@mps/api-core';
import type { RevisionCommitted } from '@mps/api-profiles';
import { findQuote, offsetMapper, type DomainEvent } from '@mps/shared-domain';

interface AnchorRow {
  id: string;
  anchor_revision_id: string;
  anchor_start: number;
  anchor_end: number;
  anchor_quote: string;
  anchor_orphaned: boolean;
  suggestion: string | null;
}

interface AnchorUpdate {
  id: string;
  revisionId: string;
  start: number;
  end: number;
  quote: string;
  orphaned: boolean;
}

/** Rows per batched UPDATE: 6 parameters each, well under PostgreSQL's 65,535. */
const UPDATE_BATCH = 5_000;

/**
 * What a new revision does to the section's comments, inside the save's transaction: every anchor follows its
 * quote (or is orphaned), and suggestions applied in the editor record the revision that took them.
 */
@Injectable()
export class CommentRevisionHook {
  constructor(private readonly audit: AuditService) {}

  async onRevisionCommitted(manager: EntityManager, change: RevisionCommitted): Promise<DomainEvent[]> {
    await this.followAnchors(manager, change);
    return this.recordAppliedSuggestions(manager, change);
  }

  /**
   * docs/domain.md rule 6: every anchored thread (resolved and orphaned ones too) follows its quote into the new text.
   * An anchor on the previous revision has its offsets mapped through the edit, then the nearest occurrence of its
   * quote is taken; an anchor left on an older revision (orphaned) is searched for near its last place. Found: it
   * moves to the new revision. Not found: orphaned, keeping the last revision and offsets where it was found.
   * A suggestion applied in this very save replaced its passage: its anchor moves onto the wording that replaced it.
   * One query reads the anchors, one statement per 5,000 rows writes them.
   */
  private async followAnchors(manager: EntityManager, change: RevisionCommitted): Promise<void> {
    const anchors: AnchorRow[] = await manager.query(
      `SELECT id, anchor_revision_id, anchor_start, anchor_end, anchor_quote, anchor_orphaned, suggestion
         FROM comments
        WHERE section_id = $1 AND parent_id IS NULL AND anchor_revision_id IS NOT NULL AND anchor_quote IS NOT NULL`,
      [change.sectionId],
    );
    if (anchors.length === 0) return;
    const texts = new Map<string, string>(
      (
        (await manager.query('SELECT id, text FROM revisions WHERE id = ANY($1::uuid[])', [
          [change.revisionId, change.previousRevisionId].filter((id): id is string => id !== null),
        ])) as Array<{ id: string; text: string }>
      ).map((r) => [r.id, r.text]),
    );
    const newText = texts.get(change.revisionId) ?? '';
    const previousText = change.previousRevisionId ? texts.get(change.previousRevisionId) : undefined;
    let mapOffset: ((offset: number) => number) | null = null;

    const appliedNow = new Set(change.appliedSuggestionIds);
    const updates: AnchorUpdate[] = [];
    for (const anchor of anchors) {
      let near = anchor.anchor_start;
      if (anchor.anchor_revision_id === change.previousRevisionId && previousText !== undefined) {
        mapOffset ??= offsetMapper(previousText, newText);
        near = mapOffset(anchor.anchor_start);
      }
      const found = findQuote(newText, anchor.anchor_quote, near);
      const replacedBy = !found && appliedNow.has(anchor.id) && anchor.suggestion ? findQuote(newText, anchor.suggestion, near) : null;
      if (found) {
        updates.push({ id: anchor.id, revisionId: change.revisionId, ...found, quote: anchor.anchor_quote, orphaned: false });
      } else if (replacedBy) {
        updates.push({ id: anchor.id, revisionId: change.revisionId, ...replacedBy, quote: anchor.suggestion!, orphaned: false });
      } else if (!anchor.anchor_orphaned) {
        updates.push({
          id: anchor.id,
          revisionId: anchor.anchor_revision_id,
          start: anchor.anchor_start,
          end: anchor.anchor_end,
          quote: anchor.anchor_quote,
          orphaned: true,
        });
      }
    }
    for (let i = 0; i < updates.length; i += UPDATE_BATCH) {
      const batch = updates.slice(i, i + UPDATE_BATCH);
      const values = batch.map(
        (_, j) => `($${j * 6 + 1}::uuid, $${j * 6 + 2}::uuid, $${j * 6 + 3}::int, $${j * 6 + 4}::int, $${j * 6 + 5}::text, $${j * 6 + 6}::boolean)`,
      );
      await manager.query(
        `UPDATE comments c
            SET anchor_revision_id = v.revision_id, anchor_start = v.start, anchor_end = v.stop, anchor_quote = v.quote,
                anchor_orphaned = v.orphaned
           FROM (VALUES ${values.join(', ')}) AS v(id, revision_id, start, stop, quote, orphaned)
          WHERE c.id = v.id`,
        batch.flatMap((u) => [u.id, u.revisionId, u.start, u.end, u.quote, u.orphaned]),
      );
    }
  }

  /**
   * The suggestions the author applied in the editor (SaveSectionInput.appliedSuggestionIds): each must be a
   * suggestion of this section (else BAD_USER_INPUT and the whole save rolls back); pending ones become APPLIED with
   * this revision, already answered ones are left as they are.
   */
  private async recordAppliedSuggestions(manager: EntityManager, change: RevisionCommitted): Promise<DomainEvent[]> {
    const ids = [...new Set(change.appliedSuggestionIds)];
    if (ids.length === 0) return [];
    const refuse = () =>
      new BadUserInputError('Some applied suggestions are not suggested wording of this section: reload the section and apply them again.', 'appliedSuggestionIds');
    if (!ids.every(isUuid)) throw refuse();
    const known: Array<{ id: string }> = await manager.query(
      'SELECT id FROM comments WHERE id = ANY($1::uuid[]) AND section_id = $2 AND parent_id IS NULL AND suggestion_status IS NOT NULL',
      [ids, change.sectionId],
    );
    if (known.length !== ids.length) throw refuse();

    const at = new Date();
    const [applied] = (await manager.query(
      `UPDATE comments
          SET suggestion_status = 'APPLIED', suggestion_revision_id = $2, suggestion_answered_by_id = $3, suggestion_answered_at = $4
        WHERE id = ANY($1::uuid[]) AND suggestion_status = 'PENDING'
        RETURNING id, review_cycle_id`,
      [ids, change.revisionId, change.authorId, at],
    )) as [Array<{ id: string; review_cycle_id: string | null }>, number];
    const events: DomainEvent[] = [];
    for (const row of applied) {
      await this.audit.record(manager, {
        actorId: change.authorId,
        workspaceId: change.workspaceId,
        action: 'comment.suggestion-applied',
        subjectType: 'Comment',
        subjectId: row.id,
        data: { profileId: change.profileId, sectionId: change.sectionId, reviewCycleId: row.review_cycle_id, revisionId: change.revisionId },
      });
      events.push({
        type: 'SUGGESTION_APPLIED',
        workspaceId: change.workspaceId,
        profileId: change.profileId,
        sectionId: change.sectionId,
        commentId: row.id,
        reviewCycleId: row.review_cycle_id,
        actorId: change.authorId,
        at: at.toISOString(),
      });
    }
    return events;
  }
}
