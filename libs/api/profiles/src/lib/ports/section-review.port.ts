import type { EntityManager } from 'typeorm';
import type { DomainEvent, ProfileEvent } from '@mps/shared-domain';

/** A new revision just became a section's current one, inside the save's transaction. */
export interface RevisionCommitted {
  workspaceId: string;
  profileId: string;
  sectionId: string;
  previousRevisionId: string | null;
  revisionId: string;
  authorId: string;
  /** Suggestions (comment ids) the author applied in the editor before saving (SaveSectionInput.appliedSuggestionIds). */
  appliedSuggestionIds: readonly string[];
}

/**
 * What profiles needs from the reviews domain, declared here and implemented there, so that reviews -> profiles
 * stays the only direction (docs/adr/0007-reviews-plug-into-profiles.md). The reviews module provides it globally.
 */
export abstract class SectionReviewPort {
  /**
   * The sections of a profile that members of `organizationId` may read when their role reads only what they take
   * part in (contributors): those of the review cycles, open or closed, in which the organisation participates or
   * signs.
   */
  abstract readableSectionIds(profileId: string, organizationId: string): Promise<ReadonlySet<string>>;

  /**
   * Runs inside the save's transaction, after the new revision became current: sign-offs turn stale, the status
   * moves, anchors follow their quotes, applied suggestions are recorded. It may refuse the save by throwing a domain
   * error (the whole save rolls back). Answers the events to publish once the save has committed.
   */
  abstract onRevisionCommitted(manager: EntityManager, change: RevisionCommitted): Promise<DomainEvent[]>;

  /**
   * Whether a member of `organizationId` who reads only what they take part in may receive `event` now: its section
   * must be readable to them, and a comment or cycle event must belong to a cycle of theirs (internal comments never).
   */
  abstract participantMayReceive(event: ProfileEvent, organizationId: string): Promise<boolean>;
}
