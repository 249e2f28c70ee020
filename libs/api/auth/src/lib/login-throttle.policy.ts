import { isIPv6 } from 'node:net';

/**
 * Sign-in throttling rules, as pure functions of a key's state and the time.
 *
 * Two keys are checked for every attempt:
 * - `account-address`: one e-mail from one client address. A few free failures,
 *   then lock-outs that double with every further failure. It is keyed by the
 *   address too, so failures sent from elsewhere never lock the owner out.
 * - `address`: every e-mail from one client address, so one address cannot try
 *   many accounts (password spraying). Generous enough for an office behind one
 *   address; a success does not reset it (one known account must not buy more guesses).
 *
 * While a key is locked, every attempt is refused at once, the right password
 * included, and the refusal neither counts nor extends the lock.
 * An attempt counts as a failure when it is admitted (before the password is
 * checked), so parallel attempts cannot slip past the limit; a successful one is
 * taken back afterwards.
 */
export type ThrottleScope = 'account-address' | 'address' | 'reset-account' | 'reset-address';

export interface ThrottleRule {
  /** Failures allowed before the first lock-out. */
  freeFailures: number;
  firstLockMs: number;
  maxLockMs: number;
  /** A key quiet for this long starts again from zero failures. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;

export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ThrottleRule>> = {
  'account-address': { freeFailures: 5, firstLockMs: MINUTE, maxLockMs: 60 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE },
  address: { freeFailures: 20, firstLockMs: MINUTE, maxLockMs: 60 * MINUTE, forgetAfterMs: 15 * MINUTE },
  // Password reset requests (ADR 0015): every request counts, since each one may send a mail. Per e-mail from any
  // address, so nobody can flood one mailbox; per address across e-mails, so nobody can mail everyone.
  'reset-account': { freeFailures: 3, firstLockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE, forgetAfterMs: 60 * MINUTE },
  'reset-address': { freeFailures: 10, firstLockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE, forgetAfterMs: 60 * MINUTE },
};

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date;
}

export type Admission =
  | { admitted: true; next: ThrottleState }
  | { admitted: false; retryAfterMs: number };

/** How long a key is locked once it has `failures` failures: 0 below the free allowance, then doubling up to the cap. */
export function lockDurationMs(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.maxLockMs, rule.firstLockMs * 2 ** doublings);
}

/** Admits an attempt (counting it as a failure, and locking the key when that reaches the limit) or refuses it. */
export function admit(rule: ThrottleRule, state: ThrottleState | null, now: Date): Admission {
  if (state?.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { admitted: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const remembered = state && now.getTime() - state.lastAttemptAt.getTime() < rule.forgetAfterMs ? state.failures : 0;
  const failures = remembered + 1;
  const lockMs = lockDurationMs(rule, failures);
  return {
    admitted: true,
    next: { failures, lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null, lastAttemptAt: now },
  };
}

/**
 * The key under which a client address is counted: IPv4 as is (also when
 * IPv4-mapped), IPv6 by its /64 prefix, since one subscriber holds a whole /64.
 */
export function clientAddressKey(ip: string | undefined | null): string {
  if (!ip) return 'unknown';
  const address = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
