import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RevisionCommitted } from '@mps/api-profiles';
import { SectionReviewPort } from '@mps/api-profiles';
import { COMMENT_EVENT_TYPES, CommentEventType, DomainEvent, ProfileEvent } from '@mps/shared-domain';
import { ReviewWorkPort } from '../ports/review-work.port';
import { CommentRevisionHook } from './comment-revision.hook';
import { ReviewAccessService } from './review-access.service';
import { SectionStatusService } from './section-status.service';

const isCommentEvent = (type: string): type is CommentEventType => (COMMENT_EVENT_TYPES as readonly string[]).includes(type);

/** The reviews domain's answers to profiles (see SectionReviewPort). */
@Injectable()
export class ReviewPortAdapter extends SectionReviewPort {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviewAccess: ReviewAccessService,
    private readonly comments: CommentRevisionHook,
    private readonly statuses: SectionStatusService,
    private readonly work: ReviewWorkPort,
  ) {
    super();
  }

  readableSectionIds(profileId: string, organizationId: string): Promise<ReadonlySet<string>> {
    return this.reviewAccess.readableSectionIds(profileId, organizationId);
  }

  async onRevisionCommitted(manager: EntityManager, change: RevisionCommitted): Promise<DomainEvent[]> {
    const commentEvents = await this.comments.onRevisionCommitted(manager, change);
    // Rule 4: the earlier sign-offs are stale now; an APPROVED section returns to IN_REVIEW (only this section).
    const statusEvents = await this.statuses.transition(manager, [change.sectionId], 'REVISION_SAVED', change.authorId);
    // Stale sign-offs reopen the signatories' "Review and sign off" tasks of the open cycle.
    const taskEvents = await this.work.onReviewChanged(manager, {
      what: 'REVISION_SAVED',
      workspaceId: change.workspaceId,
      profileId: change.profileId,
      reviewCycleIds: [],
      sectionIds: [change.sectionId],
      actorId: change.authorId,
    });
    return [...commentEvents, ...statusEvents, ...taskEvents];
  }

  /**
   * For members who read only what they take part in (contributors), at the moment the event is sent: cycle events
   * and comment events only for cycles their organisation takes part in (internal comments never); every other
   * section event only when the section is in such a cycle (readable to them).
   */
  async participantMayReceive(event: ProfileEvent, organizationId: string): Promise<boolean> {
    if (event.type === 'REVIEW_CYCLE_OPENED' || event.type === 'REVIEW_CYCLE_CLOSED') {
      return this.reviewAccess.takesPart(event.reviewCycleId, organizationId);
    }
    if (isCommentEvent(event.type)) {
      const reviewCycleId = (event as Extract<ProfileEvent, { commentId: string }>).reviewCycleId;
      // A comment of a cycle belongs to a section of that cycle: taking part in it is reading the section.
      return reviewCycleId !== null && this.reviewAccess.takesPart(reviewCycleId, organizationId);
    }
    if (!event.sectionId) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM review_cycle_sections s JOIN review_cycle_organizations o ON o.review_cycle_id = s.review_cycle_id
        WHERE s.section_id = $1 AND o.organization_id = $2 LIMIT 1`,
      [event.sectionId, organizationId],
    );
    return rows.length > 0;
  }
}
