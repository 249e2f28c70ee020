import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  EventBus,
  FailedPreconditionError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { Actor } from '@mps/api-iam';
import { RevisionEntity, SectionAccessService } from '@mps/api-profiles';
import { DomainEvent, signOffNoteSchema, SignOffDecisionValue } from '@mps/shared-domain';
import { SignOffEntity } from '../entities/sign-off.entity';
import { SignOffInput } from '../models/review.inputs';
import { ReviewWorkPort } from '../ports/review-work.port';
import { SectionStatusService } from './section-status.service';

const DECISIONS: readonly SignOffDecisionValue[] = ['APPROVE', 'REQUEST_CHANGES'];
const signOffSchema = z.object({ note: signOffNoteSchema });

/** Sign-offs bound to revisions (docs/domain.md rule 4). */
@Injectable()
export class SignOffsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sections: SectionAccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly statuses: SectionStatusService,
    private readonly work: ReviewWorkPort,
  ) {}

  /**
   * An organisation's decision on the section's current revision, by one of its members when it is a required
   * signatory of the section's latest cycle (also after that cycle closed: a sign-off belongs to a revision). It
   * supersedes the organisation's previous decision on the section and moves the section's status, under the
   * section's row lock like a save, so that a save and a sign-off never interleave.
   */
  async signOff(actor: Actor, input: SignOffInput): Promise<SignOffEntity> {
    const { section, profile, access } = await this.sections.load(actor, input.sectionId, 'signOff');
    const { note } = parseInput(signOffSchema, { note: input.note ?? null }, { note: 'the note' });
    if (!DECISIONS.includes(input.decision as SignOffDecisionValue)) {
      throw new BadUserInputError('Choose APPROVE or REQUEST_CHANGES.', 'decision');
    }
    const organizationId = access.membership?.organizationId;
    if (!organizationId) throw new ForbiddenError('Only members of a required signatory organisation may sign off.');

    let events: DomainEvent[] = [];
    const signOff = await this.dataSource.transaction(async (manager) => {
      const locked: Array<{ current_revision_id: string | null; archived_at: Date | null }> = await manager.query(
        'SELECT current_revision_id, archived_at FROM sections WHERE id = $1 FOR UPDATE',
        [section.id],
      );
      const current = locked[0];
      if (!current) throw new NotFoundError('Section');
      if (current.archived_at) {
        throw new FailedPreconditionError('This section is archived.', ['The section was archived: it can no longer be signed off.']);
      }
      await this.requireSignatory(manager, section.id, organizationId);
      const revision = isUuid(input.revisionId)
        ? await manager.findOne(RevisionEntity, { where: { id: input.revisionId, sectionId: section.id } })
        : null;
      if (!revision) throw new NotFoundError('Revision');
      if (revision.id !== current.current_revision_id) {
        throw new ConflictError('This section has a newer revision: read it and sign off on that one.', {
          currentRevisionId: current.current_revision_id,
        });
      }
      await manager.query(
        'UPDATE sign_offs SET superseded_at = now() WHERE section_id = $1 AND organization_id = $2 AND superseded_at IS NULL',
        [section.id, organizationId],
      );
      const created = await manager.save(
        SignOffEntity,
        manager.create(SignOffEntity, {
          sectionId: section.id,
          revisionId: revision.id,
          organizationId,
          userId: actor.userId,
          decision: input.decision as SignOffDecisionValue,
          note,
          supersededAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'section.signed-off',
        subjectType: 'Section',
        subjectId: section.id,
        data: { profileId: profile.id, signOffId: created.id, revisionId: revision.id, organizationId, decision: created.decision },
      });
      events = await this.statuses.transition(manager, [section.id], 'SIGNED_OFF', actor.userId);
      // The organisation's "Review and sign off" task is done once it decided on every section of the open cycle.
      events.push(
        ...(await this.work.onReviewChanged(manager, {
          what: 'SIGNED_OFF',
          workspaceId: profile.workspaceId,
          profileId: profile.id,
          reviewCycleIds: [],
          sectionIds: [section.id],
          actorId: actor.userId,
        })),
      );
      return created;
    });
    this.events.publish({
      type: 'SIGNOFF_GIVEN',
      workspaceId: profile.workspaceId,
      profileId: profile.id,
      sectionId: section.id,
      signOffId: signOff.id,
      actorId: actor.userId,
      at: signOff.createdAt.toISOString(),
    });
    for (const event of events) this.events.publish(event);
    return signOff;
  }

  /** FORBIDDEN unless the organisation is a required signatory of the section's latest cycle. */
  private async requireSignatory(manager: EntityManager, sectionId: string, organizationId: string): Promise<void> {
    const rows: Array<{ required: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM review_cycle_organizations o
                       WHERE o.review_cycle_id = latest.id AND o.organization_id = $2 AND o.required_signatory) AS required
         FROM (SELECT c.id FROM review_cycle_sections rcs JOIN review_cycles c ON c.id = rcs.review_cycle_id
                WHERE rcs.section_id = $1 ORDER BY c.opened_at DESC, c.id DESC LIMIT 1) latest`,
      [sectionId, organizationId],
    );
    if (!rows[0]?.required) {
      throw new ForbiddenError("Your organisation is not a required signatory of this section's latest review cycle.");
    }
  }
}
