import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '@mps/shared-domain';

/** What just happened in a review, inside that change's transaction. */
export interface ReviewChanged {
  what:
    | 'CYCLE_OPENED'
    | 'CYCLE_CLOSED'
    | 'SIGNED_OFF'
    /** A new revision made the section's sign-offs stale. */
    | 'REVISION_SAVED'
    /** A thread was opened, or a disposition recorded. */
    | 'COMMENTS_CHANGED';
  workspaceId: string;
  profileId: string;
  /** The cycles concerned (for a sign-off or a save: the open cycles holding the section). */
  reviewCycleIds: readonly string[];
  /** The sections concerned. */
  sectionIds: readonly string[];
  /** Who made the change; null for a server-side process (a cycle closing by its date). */
  actorId: string | null;
}

/**
 * What reviews tells the tasks domain, declared here and implemented there (docs/adr/0014), so that
 * tasks -> reviews stays the only direction: opening a cycle gives each required signatory organisation a
 * "Review and sign off" task, completed when its sign-offs are all given or the cycle closes; a comment awaiting a
 * disposition gives the section's organisations an "Answer the comments" task, completed when all are answered.
 */
export abstract class ReviewWorkPort {
  /** Runs inside the change's transaction; answers the events to publish after the commit. */
  abstract onReviewChanged(manager: EntityManager, change: ReviewChanged): Promise<DomainEvent[]>;
}
