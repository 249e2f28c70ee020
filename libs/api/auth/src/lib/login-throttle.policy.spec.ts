import { describe, expect, it } from '@jest/globals';
import { admit, clientAddressKey, lockDurationMs, THROTTLE_RULES, type ThrottleState } from './login-throttle.policy';

const rule = THROTTLE_RULES['account-address'];
const MINUTE = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

/** Runs failed attempts one after another, each as soon as it is admitted. */
function failRepeatedly(times: number, start = 0): { state: ThrottleState | null; locks: number[] } {
  let state: ThrottleState | null = null;
  let now = start;
  const locks: number[] = [];
  for (let i = 0; i < times; i += 1) {
    if (state?.lockedUntil) now = Math.max(now, state.lockedUntil.getTime() - Date.UTC(2026, 0, 1));
    const result = admit(rule, state, at(now));
    if (!result.admitted) throw new Error('refused');
    state = result.next;
    locks.push(state.lockedUntil ? state.lockedUntil.getTime() - at(now).getTime() : 0);
  }
  return { state, locks };
}

describe('login throttle policy', () => {
  it('allows the free failures, then locks for periods that double up to the cap', () => {
    const { locks } = failRepeatedly(13);
    expect(locks.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(locks.slice(4).map((ms) => ms / MINUTE)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('refuses every attempt while locked, with the time left, without extending the lock', () => {
    const { state } = failRepeatedly(5);
    const refused = admit(rule, state, at(20_000));
    expect(refused).toEqual({ admitted: false, retryAfterMs: MINUTE - 20_000 });
    expect(admit(rule, state, at(MINUTE))).toMatchObject({ admitted: true, next: { failures: 6 } });
  });

  it('forgets the failures of a key that stayed quiet long enough', () => {
    const { state } = failRepeatedly(3);
    expect(admit(rule, state, at(rule.forgetAfterMs + 1))).toMatchObject({ admitted: true, next: { failures: 1, lockedUntil: null } });
  });

  it('never locks for less than nothing or more than the cap', () => {
    expect(lockDurationMs(rule, 0)).toBe(0);
    expect(lockDurationMs(rule, 10_000)).toBe(rule.maxLockMs);
  });

  it.each([
    [undefined, 'unknown'],
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts the address %s as %s', (ip, key) => {
    expect(clientAddressKey(ip)).toBe(key);
  });
});
