import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { DataSource, In } from 'typeorm';
import { AuditEventEntity, BadUserInputError } from '@mps/api-core';
import { Actor, CurrentActor, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { spreadsheetSafeText } from '@mps/shared-domain';
import { AuditLogFilter, AuditLogService } from '../services/audit-log.service';

/** The columns of the download, in order. */
const HEADERS = ['Sequence', 'Time (UTC)', 'Actor', 'Actor id', 'Action', 'Subject type', 'Subject id', 'Data', 'Hash', 'Previous hash'];

type QueryFilter = Partial<Record<'actorId' | 'action' | 'subjectType' | 'subjectId' | 'from' | 'to', string | string[]>>;

/** The query string's filters, read as the GraphQL filter is: one value each, times in ISO 8601. */
export function filterFromQuery(query: QueryFilter): AuditLogFilter {
  const one = (key: keyof QueryFilter): string | null => {
    const value = query[key];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') throw new BadUserInputError(`Give ${key} once.`, key);
    return value;
  };
  const time = (key: 'from' | 'to'): Date | null => {
    const value = one(key);
    if (value === null) return null;
    const date = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new BadUserInputError(`${key} is not an ISO 8601 time.`, key);
    return date;
  };
  return {
    actorId: one('actorId'),
    action: one('action'),
    subjectType: one('subjectType'),
    subjectId: one('subjectId'),
    from: time('from'),
    to: time('to'),
  };
}

/**
 * GET /exports/workspaces/:id/audit.csv?actorId=&action=&subjectType=&subjectId=&from=&to= : the workspace's audit
 * log, newest first, with the same filters and the same rule as `auditLog` (its `exportAuditLog` entry of OPERATIONS:
 * coordinators and platform admins), with
 * a bearer token like GraphQL. 401 without a session, 404 for a workspace the caller cannot see, 403 for other
 * roles, 400 for a malformed filter. Written in batches, so a long log never sits in memory.
 */
@Controller('exports/workspaces')
export class AuditCsvController {
  constructor(
    private readonly auditLog: AuditLogService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id/audit.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: QueryFilter, @Res() res: Response): Promise<void> {
    await this.auditLog.authorize(actor, id, 'exportAuditLog');
    const filter = filterFromQuery(query);
    // Validates before the first byte: afterwards the status can no longer change.
    const batches = this.auditLog.batches(id, filter);
    const first = await batches.next();
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneByOrFail({ id });
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${workspace.slug}.csv"`);
    // The log names people and unpublished objects: no shared cache may keep it.
    res.setHeader('Cache-Control', 'no-store');
    res.write(stringify([HEADERS], { bom: true, record_delimiter: 'windows' }));
    try {
      if (!first.done) res.write(await this.rows(first.value));
      for await (const batch of batches) res.write(await this.rows(batch));
      res.end();
    } catch (error) {
      // Headers are gone: cut the response so that the client sees an incomplete download, not a short valid file.
      res.destroy(error as Error);
    }
  }

  private async rows(events: AuditEventEntity[]): Promise<string> {
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
    const users = actorIds.length ? await this.dataSource.getRepository(UserEntity).findBy({ id: In(actorIds) }) : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return stringify(
      events.map((e) =>
        [
          e.seq,
          e.at.toISOString(),
          e.actorId ? (names.get(e.actorId) ?? '') : 'System',
          e.actorId ?? '',
          e.action,
          e.subjectType,
          e.subjectId,
          e.data ? JSON.stringify(e.data) : '',
          e.hash,
          e.prevHash ?? '',
        ].map((cell) => spreadsheetSafeText(String(cell))),
      ),
      { record_delimiter: 'windows' },
    );
  }
}
