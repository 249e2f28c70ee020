import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What throttles sign-ins, kept in PostgreSQL so that every API instance sees
 * the same counts. One row per key: `account-address` is one e-mail tried from
 * one client address; `address` is every e-mail tried from that address (its
 * `email` is ''). Password reset requests use their own two keys the same way: `reset-account` (one e-mail, any
 * address; `address` is '') and `reset-address`. The rules are in libs/api/auth (login-throttle.policy.ts).
 */
@Entity({ name: 'login_throttles' })
@Index('ix_login_throttles_last_attempt_at', ['lastAttemptAt'])
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  scope!: 'account-address' | 'address' | 'reset-account' | 'reset-address';

  @PrimaryColumn({ type: 'text' })
  email!: string;

  @PrimaryColumn({ type: 'text' })
  address!: string;

  /** Failed attempts in a row (an attempt counts when admitted; a successful one is taken back). */
  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', name: 'last_attempt_at' })
  lastAttemptAt!: Date;
}
