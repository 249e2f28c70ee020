import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '@mps/shared-domain';

/** Sections whose assigned organisations changed, or that were archived, inside that change's transaction. */
export interface SectionsChanged {
  workspaceId: string;
  profileId: string;
  sectionIds: readonly string[];
  /** Who made the change; null for a server-side process. */
  actorId: string | null;
}

/**
 * What profiles tells the tasks domain, declared here and implemented there (like SectionReviewPort,
 * docs/adr/0007 and docs/adr/0014), so that tasks -> reviews -> profiles stays the only direction: assigning a
 * section gives each of its organisations a "Draft <section>" task, and losing the assignment (or archiving the
 * section) cancels it, in the same transaction as the change.
 */
export abstract class SectionWorkPort {
  /** Runs inside the change's transaction; answers the events to publish after the commit. */
  abstract onSectionsChanged(manager: EntityManager, change: SectionsChanged): Promise<DomainEvent[]>;
}
