import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RevisionCommitted } from '@mps/api-profiles';
import { SectionReviewPort } from '@mps/api-profiles';
import type { DomainEvent, ProfileEvent } from '@mps/shared-domain';
import { CommentRevisionHook } from './comment-revision.hook';
import { ReviewAccessService } from './review-access.service';

/** The reviews domain's answers to profiles (see SectionReviewPort). */
@Injectable()
export class ReviewPortAdapter extends SectionReviewPort {
  constructor(
    private readonly reviewAccess: ReviewAccessService,
    private readonly comments: CommentRevisionHook,
  ) {
    super();
  }

  readableSectionIds(profileId: string, organizationId: string): Promise<ReadonlySet<string>> {
    return this.reviewAccess.readableSectionIds(profileId, organizationId);
  }

  async onRevisionCommitted(manager: EntityManager, change: RevisionCommitted): Promise<DomainEvent[]> {
    const commentEvents = await this.comments.onRevisionCommitted(manager, change);
    return [...commentEvents];
  }

  async participantMayReceive(_event: ProfileEvent, _organizationId: string): Promise<boolean> {
    return false;
  }
}
