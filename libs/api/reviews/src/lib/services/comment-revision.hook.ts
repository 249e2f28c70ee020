import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RevisionCommitted } from '@mps/api-profiles';
import type { DomainEvent } from '@mps/shared-domain';

/**
 * What a new revision does to the section's comments, inside the save's transaction: every anchor follows its
 * quote (or is orphaned), and suggestions applied in the editor record the revision that took them.
 */
@Injectable()
export class CommentRevisionHook {
  async onRevisionCommitted(_manager: EntityManager, _change: RevisionCommitted): Promise<DomainEvent[]> {
    return [];
  }
}
