import { Client } from 'pg';
import { AuditChainRow, verifyAuditChains } from '@mps/api-core';
import { exitWith, log, withProductDatabase } from './database-target';

/**
 * `npm run audit:verify`: recomputes every audit chain of the product's database (DATABASE_URL or the embedded one
 * in DATA_DIR) and prints OK with counts, or names the first broken link and exits 1. Read-only; safe while the
 * server runs. See docs/operations.md.
 */
async function main(): Promise<void> {
  const report = await withProductDatabase('verify', async (url) => {
    const client = new Client({ connectionString: url, application_name: 'mps-audit-verify' });
    await client.connect();
    try {
      return await verifyAuditChains(async (sql, params) => (await client.query<AuditChainRow>(sql, params)).rows);
    } finally {
      await client.end();
    }
  });
  if (report.ok) {
    log('info', `Audit log OK: ${report.rows} events in ${report.chains} chains, every link holds`, {
      chains: report.chains,
      rows: report.rows,
    });
    return;
  }
  const b = report.broken!;
  log('error', `Audit log BROKEN at chain ${b.chain}, sequence ${b.seq}, event ${b.id}: ${b.problem} expected ${b.expected ?? 'none'}, found ${b.found ?? 'none'}`, {
    ...b,
    checkedRows: report.rows,
  });
  process.exit(1);
}

main().catch(exitWith);
