import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  workspaceId: string | null;
  /** Dotted verb, e.g. `member.added`, `section.saved`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** What changed; before/after hashes where they apply. Never secrets. */
  data?: Record<string, unknown>;
}

/**
 * Writes audit events with the caller's transaction, so a change and its audit line commit together. The database
 * links each row into its chain and holds the chain's lock until that transaction ends (docs/adr/0008): record at the
 * end of the transaction, after the change, and do no slow work afterwards.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.save(AuditEventEntity, manager.create(AuditEventEntity, { ...record, data: record.data ?? null }), {
      reload: false,
    });
  }
}
