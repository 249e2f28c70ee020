import { Injectable } from '@nestjs/common';
import { Actor, WorkspaceAccess } from '@mps/api-iam';
import { ReviewCycleEntity } from '../entities/review-cycle.entity';
import { OpenReviewCycleInput } from '../models/review.inputs';

/** Opening and closing review cycles (by a coordinator, or by the job runner at the closing date). */
@Injectable()
export class ReviewCyclesService {
  async open(_actor: Actor, _input: OpenReviewCycleInput): Promise<ReviewCycleEntity> {
    throw new Error('not built yet');
  }

  async close(_actor: Actor, _id: string): Promise<ReviewCycleEntity> {
    throw new Error('not built yet');
  }

  /** The profile's cycles the caller may see, most recently opened first. */
  async listForProfile(_access: WorkspaceAccess, _profileId: string): Promise<ReviewCycleEntity[]> {
    throw new Error('not built yet');
  }
}
