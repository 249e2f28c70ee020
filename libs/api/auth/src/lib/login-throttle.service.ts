import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { admit, THROTTLE_RULES, ThrottleScope, ThrottleState } from './login-throttle.policy';

interface Key {
  scope: ThrottleScope;
  email: string;
  address: string;
}

/** What to take back when the attempt turns out to be the right password. */
export interface AdmittedAttempt {
  email: string;
  address: string;
  /** The lock this attempt put on its address key, if it was the one to reach the limit. */
  addressLockSet: Date | null;
}

export type ThrottleDecision = { admitted: true; attempt: AdmittedAttempt } | { admitted: false; retryAfterSeconds: number };

/** Rows that stayed quiet this long matter to no rule any more. */
const FORGET_ROWS_AFTER = '2 days';

/**
 * Applies the login throttle policy to its rows in PostgreSQL, so that all API
 * instances share the counts. Admission is one short transaction that locks the
 * two rows (always in the same order: no deadlocks); the password is checked
 * afterwards, with no transaction or lock held during the slow hash.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async admit(email: string, address: string): Promise<ThrottleDecision> {
    return this.admitKeys(
      [
        { scope: 'account-address', email, address },
        { scope: 'address', email: '', address },
      ],
      { email, address },
    );
  }

  /** A password reset request: counted per e-mail (from anywhere) and per client address; never taken back. */
  async admitResetRequest(email: string, address: string): Promise<ThrottleDecision> {
    return this.admitKeys(
      [
        { scope: 'reset-account', email, address: '' },
        { scope: 'reset-address', email: '', address },
      ],
      { email, address },
    );
  }

  private async admitKeys(keys: [Key, Key], attempt: { email: string; address: string }): Promise<ThrottleDecision> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO login_throttles (scope, email, address, failures, last_attempt_at)
         VALUES ($1, $2, $3, 0, to_timestamp(0)), ($4, $5, $6, 0, to_timestamp(0))
         ON CONFLICT DO NOTHING`,
        keys.flatMap((k) => [k.scope, k.email, k.address]),
      );
      const rows: Array<Key & { failures: number; locked_until: Date | null; last_attempt_at: Date; now: Date }> =
        await manager.query(
          `SELECT scope, email, address, failures, locked_until, last_attempt_at, clock_timestamp() AS now
             FROM login_throttles
            WHERE (scope, email, address) IN (($1, $2, $3), ($4, $5, $6))
            ORDER BY scope, email, address
              FOR UPDATE`,
          keys.flatMap((k) => [k.scope, k.email, k.address]),
        );
      const now = rows[0]!.now;
      const decisions = keys.map((key) => {
        const row = rows.find((r) => r.scope === key.scope)!;
        const state: ThrottleState = { failures: row.failures, lockedUntil: row.locked_until, lastAttemptAt: row.last_attempt_at };
        return { key, decision: admit(THROTTLE_RULES[key.scope], state, now) };
      });
      const refusals = decisions.flatMap(({ decision }) => (decision.admitted ? [] : [decision.retryAfterMs]));
      if (refusals.length > 0) {
        return { admitted: false as const, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...refusals) / 1000)) };
      }
      let addressLockSet: Date | null = null;
      for (const { key, decision } of decisions) {
        if (!decision.admitted) continue;
        if (key.scope === 'address') addressLockSet = decision.next.lockedUntil;
        await manager.query(
          `UPDATE login_throttles SET failures = $4, locked_until = $5, last_attempt_at = $6
            WHERE scope = $1 AND email = $2 AND address = $3`,
          [key.scope, key.email, key.address, decision.next.failures, decision.next.lockedUntil, decision.next.lastAttemptAt],
        );
      }
      return { admitted: true as const, attempt: { ...attempt, addressLockSet } };
    });
  }

  /** The right password: the account is free again from this address, and the attempt no longer counts against it. */
  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM login_throttles WHERE scope = 'account-address' AND email = $1 AND address = $2`, [
        attempt.email,
        attempt.address,
      ]);
      await manager.query(
        `UPDATE login_throttles
            SET failures = GREATEST(failures - 1, 0),
                locked_until = CASE WHEN locked_until = $2 THEN NULL ELSE locked_until END
          WHERE scope = 'address' AND email = '' AND address = $1`,
        [attempt.address, attempt.addressLockSet],
      );
    });
  }

  /** A wrong password: the attempt already counted; only old rows are trimmed as we go. */
  async failed(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttles WHERE last_attempt_at < now() - $1::interval AND (locked_until IS NULL OR locked_until < now())`, [
      FORGET_ROWS_AFTER,
    ]);
  }
}
