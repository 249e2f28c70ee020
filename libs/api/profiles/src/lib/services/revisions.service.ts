import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  EventBus,
  FailedPreconditionError,
  isUuid,
  NotFoundError,
  optionalText,
} from '@mps/api-core';
import { Actor } from '@mps/api-iam';
import { ContentValidationError, DomainEvent, renderContent, RenderedContent, wordDiff, WordDiffHunk } from '@mps/shared-domain';
import { ProfileEntity } from '../entities/profile.entity';
import { RevisionEntity } from '../entities/revision.entity';
import { SectionEntity } from '../entities/section.entity';
import { SaveSectionInput } from '../models/section.inputs';
import { SectionAccessService } from './section-access.service';
import { SectionReviewPort } from '../ports/section-review.port';

/**
 * Immutable revisions and conflict-safe saving (docs/domain.md rule 3). A save is
 * a compare-and-set on the section's current revision, under a row lock and
 * inside one transaction: a stale base is CONFLICT and nothing is written.
 */
@Injectable()
export class RevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sections: SectionAccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly reviews: SectionReviewPort,
  ) {}

  async save(actor: Actor, input: SaveSectionInput): Promise<RevisionEntity> {
    const { section, profile } = await this.sections.loadForEditing(actor, input.sectionId, 'saveSection');
    const rendered = this.render(input.content);
    const summary = optionalText(input.summary, 'summary', 'Summary', 500);
    const applied = [...new Set(input.appliedSuggestionIds ?? [])];
    if (applied.length > 100) throw new BadUserInputError('At most 100 suggestions can be applied in one save.', 'appliedSuggestionIds');
    return this.commit(actor.userId, section, profile, input.baseRevisionId ?? null, rendered, summary, null, applied);
  }

  /**
   * Saves on behalf of a server-side process (the demo seed), with no request
   * and no access check: never call it with anything a client sent.
   */
  async saveAsSystem(
    authorId: string,
    sectionId: string,
    content: unknown,
    summary: string,
    appliedSuggestionIds: readonly string[] = [],
  ): Promise<RevisionEntity> {
    const section = await this.dataSource.getRepository(SectionEntity).findOneByOrFail({ id: sectionId });
    const profile = await this.dataSource.getRepository(ProfileEntity).findOneByOrFail({ id: section.profileId });
    return this.commit(authorId, section, profile, section.currentRevisionId, this.render(content), summary, null, appliedSuggestionIds);
  }

  async restore(actor: Actor, sectionId: string, revisionId: string, baseRevisionId: string): Promise<RevisionEntity> {
    const { section, profile } = await this.sections.loadForEditing(actor, sectionId, 'restoreRevision');
    const old = isUuid(revisionId)
      ? await this.dataSource.getRepository(RevisionEntity).findOne({ where: { id: revisionId, sectionId } })
      : null;
    if (!old) throw new NotFoundError('Revision');
    return this.commit(actor.userId, section, profile, baseRevisionId, this.render(old.content), `Restored revision ${old.number}`, old.id);
  }

  async get(actor: Actor, revisionId: string): Promise<RevisionEntity> {
    const revision = isUuid(revisionId)
      ? await this.dataSource.getRepository(RevisionEntity).findOne({ where: { id: revisionId } })
      : null;
    if (!revision) throw new NotFoundError('Revision');
    await this.sections.load(actor, revision.sectionId, 'revision').catch(() => {
      throw new NotFoundError('Revision');
    });
    return revision;
  }

  async diff(actor: Actor, fromId: string, toId: string): Promise<{ from: RevisionEntity; to: RevisionEntity; hunks: WordDiffHunk[] }> {
    const [from, to] = [await this.get(actor, fromId), await this.get(actor, toId)];
    if (from.sectionId !== to.sectionId) {
      throw new BadUserInputError('Both revisions must belong to the same section.', 'toId');
    }
    return { from, to, hunks: wordDiff(from.text, to.text) };
  }

  private render(content: unknown): RenderedContent {
    try {
      return renderContent(content);
    } catch (error) {
      if (error instanceof ContentValidationError) throw new BadUserInputError(error.message, 'content');
      throw error;
    }
  }

  private async commit(
    authorId: string,
    section: SectionEntity,
    profile: ProfileEntity,
    baseRevisionId: string | null,
    rendered: RenderedContent,
    summary: string | null,
    restoredFromId: string | null,
    appliedSuggestionIds: readonly string[] = [],
  ): Promise<RevisionEntity> {
    const contentHash = createHash('sha256').update(rendered.canonicalText).digest('hex');
    let reactions: DomainEvent[] = [];
    const revision = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockCurrent(manager, section.id);
      if (current.archivedAt) {
        throw new FailedPreconditionError('This section is archived.', ['The section was archived: it can no longer be edited.']);
      }
      if (current.currentRevisionId !== baseRevisionId) {
        throw new ConflictError(
          'Someone saved this section after you started editing. Compare both versions and save again on top of the newer one.',
          { currentRevisionId: current.currentRevisionId },
        );
      }
      const previous = current.currentRevisionId
        ? await manager.findOneOrFail(RevisionEntity, { where: { id: current.currentRevisionId } })
        : null;
      const created = await manager.save(
        RevisionEntity,
        manager.create(RevisionEntity, {
          sectionId: section.id,
          number: (previous?.number ?? 0) + 1,
          content: rendered.canonical,
          html: rendered.html,
          text: rendered.text,
          contentHash,
          summary,
          authorId,
          restoredFromId,
        }),
      );
      // Compare-and-set: the row lock makes this certain, the WHERE makes it explicit.
      const result = await manager
        .createQueryBuilder()
        .update(SectionEntity)
        .set({ currentRevisionId: created.id })
        .where('id = :id', { id: section.id })
        .andWhere(baseRevisionId ? 'current_revision_id = :base' : 'current_revision_id IS NULL', { base: baseRevisionId })
        .execute();
      if (result.affected !== 1) throw new ConflictError('The section changed while saving; try again.', {});
      await this.audit.record(manager, {
        actorId: authorId,
        workspaceId: profile.workspaceId,
        action: restoredFromId ? 'section.revision-restored' : 'section.saved',
        subjectType: 'Section',
        subjectId: section.id,
        data: {
          profileId: profile.id,
          revisionId: created.id,
          number: created.number,
          beforeHash: previous?.contentHash ?? null,
          afterHash: contentHash,
          ...(restoredFromId ? { restoredFromId } : {}),
        },
      });
      // The review consequences commit with the revision, or neither does.
      reactions = await this.reviews.onRevisionCommitted(manager, {
        workspaceId: profile.workspaceId,
        profileId: profile.id,
        sectionId: section.id,
        previousRevisionId: previous?.id ?? null,
        revisionId: created.id,
        authorId,
        appliedSuggestionIds,
      });
      return created;
    });
    // After the commit; never fails the save (see EventBus).
    this.events.publish({
      type: 'SECTION_SAVED',
      workspaceId: profile.workspaceId,
      profileId: profile.id,
      sectionId: section.id,
      revisionId: revision.id,
      actorId: authorId,
      at: revision.createdAt.toISOString(),
    });
    for (const event of reactions) this.events.publish(event);
    return revision;
  }

  private async lockCurrent(manager: EntityManager, sectionId: string) {
    const rows: Array<{ current_revision_id: string | null; archived_at: Date | null }> = await manager.query(
      'SELECT current_revision_id, archived_at FROM sections WHERE id = $1 FOR UPDATE',
      [sectionId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('Section');
    return { currentRevisionId: row.current_revision_id, archivedAt: row.archived_at };
  }
}
