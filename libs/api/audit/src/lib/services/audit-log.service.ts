import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  AuditChainRow,
  AuditEventEntity,
  BadUserInputError,
  isUuid,
  NotFoundError,
  verifyAuditChains,
} from '@mps/api-core';
import { AccessService, Actor, WorkspaceEntity } from '@mps/api-iam';
import type { AuditChainStatusModel, AuditEventModel, AuditLogFilterInput } from '../models/audit-event.model';

export type AuditLogFilter = AuditLogFilterInput;

/** A cursor is the sequence number of the last event of a page, so that new events never shift later pages. */
export const encodeCursor = (seq: string) => Buffer.from(`seq:${seq}`).toString('base64url');
/** Only what encodeCursor wrote is a cursor. */
export function decodeCursor(cursor: string): string {
  const match = /^seq:([1-9][0-9]{0,17})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || encodeCursor(match[1]!) !== cursor) throw new BadUserInputError('The cursor is not valid.', 'after');
  return match[1]!;
}

const MAX_TEXT = 200;

export const toAuditEventModel = (e: AuditEventEntity): AuditEventModel => ({
  id: e.id,
  at: e.at,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  data: e.data,
  actorId: e.actorId,
  sequence: Number(e.seq),
  hash: e.hash,
  previousHash: e.prevHash,
});

/**
 * Reading a workspace's audit log (docs/domain.md rule 8): coordinators and platform admins, newest first (by the
 * chain's sequence, which is the order of appending), filtered by actor, action, subject and time.
 */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Admits the caller to the workspace's log; NOT_FOUND for ids that name no workspace the caller may see. */
  async authorize(actor: Actor, workspaceId: string, operation: 'auditLog' | 'auditChainStatus' | 'exportAuditLog' = 'auditLog'): Promise<void> {
    if (!isUuid(workspaceId)) throw new NotFoundError('Workspace');
    const access = await this.access.authorize(actor, operation, workspaceId);
    // A platform admin is admitted to any id: make sure this one names a workspace.
    if (!access.membership && !(await this.dataSource.getRepository(WorkspaceEntity).existsBy({ id: workspaceId }))) {
      throw new NotFoundError('Workspace');
    }
  }

  /** One page, newest first: `first` events after the cursor, and whether older ones remain. */
  async page(
    workspaceId: string,
    filter: AuditLogFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<{ events: AuditEventEntity[]; hasNextPage: boolean }> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw new BadUserInputError('first must be between 1 and 200.', 'first');
    const query = this.query(workspaceId, filter).take(first + 1);
    if (after) query.andWhere('e.seq < :before', { before: decodeCursor(after) });
    const rows = await query.getMany();
    return { events: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** Every matching event, newest first, in batches (for downloads of any length without holding them all). */
  async *batches(workspaceId: string, filter: AuditLogFilter | null | undefined, size = 1000): AsyncGenerator<AuditEventEntity[]> {
    let before: string | null = null;
    for (;;) {
      const query = this.query(workspaceId, filter).take(size);
      if (before) query.andWhere('e.seq < :before', { before });
      const rows = await query.getMany();
      if (rows.length) yield rows;
      if (rows.length < size) return;
      before = rows[rows.length - 1]!.seq;
    }
  }

  /** Recomputes the workspace's chain (every event, oldest first) and reports the first broken link. */
  async chainStatus(workspaceId: string): Promise<AuditChainStatusModel> {
    const report = await verifyAuditChains((sql, params) => this.dataSource.query<AuditChainRow[]>(sql, params), workspaceId);
    return {
      ok: report.ok,
      events: report.rows,
      brokenAtSequence: report.broken ? Number(report.broken.seq) : null,
      brokenEventId: report.broken?.id ?? null,
      problem: report.broken?.problem ?? null,
      checkedAt: new Date(),
    };
  }

  private query(workspaceId: string, filter: AuditLogFilter | null | undefined): SelectQueryBuilder<AuditEventEntity> {
    const f = validFilter(filter);
    // A workspace's events are exactly its chain (ux_audit_events_chain_seq serves the order).
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.chain = :chain', { chain: workspaceId })
      .orderBy('e.seq', 'DESC');
    if (f.actorId) query.andWhere('e.actor_id = :actorId', { actorId: f.actorId });
    if (f.action) query.andWhere('e.action = :action', { action: f.action });
    if (f.subjectType) query.andWhere('e.subject_type = :subjectType', { subjectType: f.subjectType });
    if (f.subjectId) query.andWhere('e.subject_id = :subjectId', { subjectId: f.subjectId });
    if (f.from) query.andWhere('e.at >= :from', { from: f.from });
    if (f.to) query.andWhere('e.at < :to', { to: f.to });
    return query;
  }
}

/** Refuses filters that cannot match by construction (a malformed id, a reversed range) with the field at fault. */
export function validFilter(filter: AuditLogFilter | null | undefined): AuditLogFilter {
  const f = filter ?? {};
  for (const key of ['actorId', 'subjectId'] as const) {
    const value = f[key];
    if (value != null && !isUuid(value)) throw new BadUserInputError(`${key} is not a valid id.`, `filter.${key}`);
  }
  for (const key of ['action', 'subjectType'] as const) {
    const value = f[key];
    if (value != null && (value.length === 0 || value.length > MAX_TEXT)) {
      throw new BadUserInputError(`${key} must have 1 to ${MAX_TEXT} characters.`, `filter.${key}`);
    }
  }
  for (const key of ['from', 'to'] as const) {
    const value = f[key];
    if (value != null && (!(value instanceof Date) || Number.isNaN(value.getTime()))) {
      throw new BadUserInputError(`${key} is not a valid time.`, `filter.${key}`);
    }
  }
  if (f.from && f.to && f.from.getTime() > f.to.getTime()) {
    throw new BadUserInputError('The time range ends before it starts.', 'filter.to');
  }
  return f;
}
