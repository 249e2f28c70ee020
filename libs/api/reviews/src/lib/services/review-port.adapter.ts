import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RevisionCommitted } from '@mps/api-profiles';
import { SectionReviewPort } from '@mps/api-profiles';
import type { DomainEvent, ProfileEvent } from '@mps/shared-domain';
import { ReviewAccessService } from './review-access.service';

/** The reviews domain's answers to profiles (see SectionReviewPort). */
@Injectable()
export class ReviewPortAdapter extends SectionReviewPort {
  constructor(private readonly reviewAccess: ReviewAccessService) {
    super();
  }

  readableSectionIds(profileId: string, organizationId: string): Promise<ReadonlySet<string>> {
    return this.reviewAccess.readableSectionIds(profileId, organizationId);
  }

  async onRevisionCommitted(_manager: EntityManager, _change: RevisionCommitted): Promise<DomainEvent[]> {
    return [];
  }

  async participantMayReceive(_event: ProfileEvent, _organizationId: string): Promise<boolean> {
    return false;
  }
}
