import { createHash } from 'node:crypto';

/**
 * The tamper-evident audit chain (docs/adr/0008-audit-hash-chain.md). The database links each new row (trigger
 * `audit_events_link`, SQL function `audit_event_hash`); this module recomputes the same hashes independently, so a
 * verification does not trust the database's own function.
 */

/** The version tag that starts every canonical line; a new serialisation would get a new tag. */
export const AUDIT_CHAIN_VERSION = 'mps-audit-v1';
/** The chain of events that belong to no workspace (workspace creation by a platform admin, sign-ins...). */
export const PLATFORM_CHAIN = 'platform';

/** One audit row as stored, every field in its canonical text form (see AUDIT_ROW_COLUMNS). */
export interface AuditChainRow {
  chain: string;
  /** Decimal text. */
  seq: string;
  id: string;
  /** UTC, microseconds: 2026-01-31T12:00:00.123456Z. */
  at: string;
  actorId: string | null;
  workspaceId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** PostgreSQL's text output of the jsonb value (deterministic for a stored value). */
  data: string | null;
  prevHash: string | null;
  hash: string;
}

/** The SELECT list that reads a row in the canonical text form AuditChainRow expects. */
export const AUDIT_ROW_COLUMNS = `chain, seq::text AS seq, id::text AS id,
  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
  actor_id::text AS "actorId", workspace_id::text AS "workspaceId", action, subject_type AS "subjectType",
  subject_id::text AS "subjectId", data::text AS data, prev_hash AS "prevHash", hash`;

const field = (value: string | null): string => (value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`);

/** The line a row's hash is taken over: the version tag, then each field length-prefixed, joined by `|`. */
export function canonicalAuditLine(row: Omit<AuditChainRow, 'hash'>): string {
  return [
    AUDIT_CHAIN_VERSION,
    ...[row.chain, row.seq, row.id, row.at, row.actorId, row.workspaceId, row.action, row.subjectType, row.subjectId, row.data, row.prevHash].map(field),
  ].join('|');
}

/** SHA-256 (hex) of the canonical line. */
export function auditRowHash(row: Omit<AuditChainRow, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditLine(row), 'utf8').digest('hex');
}

/** The first link that does not hold, with what was expected and what was found. */
export interface BrokenAuditLink {
  chain: string;
  seq: string;
  id: string;
  problem: 'hash' | 'prev_hash' | 'seq';
  expected: string | null;
  found: string | null;
}

export interface AuditChainReport {
  ok: boolean;
  chains: number;
  rows: number;
  /** Present when ok is false: the first broken link (chains in name order, rows in sequence order). */
  broken?: BrokenAuditLink;
}

/** Runs one parameterised query and returns its rows (a pg client or a TypeORM DataSource both fit). */
export type AuditQuery = (sql: string, params: unknown[]) => Promise<AuditChainRow[]>;

const BATCH = 2000;

/**
 * Walks every chain (or only `onlyChain`) in sequence order, in batches, and checks that each row's sequence
 * follows its predecessor's, that its prev_hash is its predecessor's hash, and that its hash is the hash of its
 * fields. Stops at the first broken link.
 */
export async function verifyAuditChains(query: AuditQuery, onlyChain?: string): Promise<AuditChainReport> {
  let chains = 0;
  let rows = 0;
  let last: AuditChainRow | null = null;
  for (;;) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (onlyChain !== undefined) {
      params.push(onlyChain);
      where.push(`chain = $${params.length}`);
    }
    if (last) {
      params.push(last.chain, last.seq);
      where.push(`(chain, seq) > ($${params.length - 1}, $${params.length}::bigint)`);
    }
    // Order by the columns, not the text aliases of the SELECT list (seq 10 would sort before 2).
    const batch = await query(
      `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_events.chain, audit_events.seq LIMIT ${BATCH}`,
      params,
    );
    for (const row of batch) {
      const previous = last && last.chain === row.chain ? last : null;
      if (!previous) chains += 1;
      rows += 1;
      const broken = checkLink(previous, row);
      if (broken) return { ok: false, chains, rows, broken };
      last = row;
    }
    if (batch.length < BATCH) return { ok: true, chains, rows };
  }
}

/** Checks one row against its predecessor in the same chain (null for the chain's first row). */
export function checkLink(previous: AuditChainRow | null, row: AuditChainRow): BrokenAuditLink | null {
  const at = { chain: row.chain, seq: row.seq, id: row.id };
  const expectedSeq = previous ? (BigInt(previous.seq) + 1n).toString() : '1';
  if (row.seq !== expectedSeq) return { ...at, problem: 'seq', expected: expectedSeq, found: row.seq };
  const expectedPrev = previous ? previous.hash : null;
  if (row.prevHash !== expectedPrev) return { ...at, problem: 'prev_hash', expected: expectedPrev, found: row.prevHash };
  const expectedHash = auditRowHash(row);
  if (row.hash !== expectedHash) return { ...at, problem: 'hash', expected: expectedHash, found: row.hash };
  return null;
}
