import { describe, expect, it } from '@jest/globals';
import { nextExpiry, othersPresent, PresenceEntry, samePresence } from './presence';

const entry = (over: Partial<PresenceEntry>): PresenceEntry => ({
  id: 'e',
  userId: 'u',
  displayName: 'Someone',
  organizationAcronym: null,
  organizationName: null,
  activity: 'VIEWING',
  expiresAt: 2_000,
  ...over,
});

describe('othersPresent', () => {
  it('leaves out the viewer and expired entries, and counts one person once, editing if any tab edits', () => {
    const people = othersPresent(
      [
        entry({ id: '1', userId: 'me', displayName: 'Me' }),
        entry({ id: '2', userId: 'amina', displayName: 'Amina Diallo', organizationAcronym: 'MIA' }),
        entry({ id: '3', userId: 'amina', displayName: 'Amina Diallo', organizationAcronym: 'MIA', activity: 'EDITING' }),
        entry({ id: '4', userId: 'gone', displayName: 'Gone', expiresAt: 1_000 }),
      ],
      'me',
      1_000,
    );
    expect(people).toEqual([
      { userId: 'amina', displayName: 'Amina Diallo', organizationAcronym: 'MIA', organizationName: null, activity: 'EDITING' },
    ]);
  });

  it('lists editors first, then by name', () => {
    const names = othersPresent(
      [
        entry({ id: '1', userId: 'b', displayName: 'Bruno' }),
        entry({ id: '2', userId: 'z', displayName: 'Zoe', activity: 'EDITING' }),
        entry({ id: '3', userId: 'a', displayName: 'Ana' }),
      ],
      'me',
      0,
    ).map((p) => p.displayName);
    expect(names).toEqual(['Zoe', 'Ana', 'Bruno']);
  });
});

describe('samePresence and nextExpiry', () => {
  it('tells a changed activity from an unchanged list', () => {
    const before = othersPresent([entry({ userId: 'a' })], 'me', 0);
    const after = othersPresent([entry({ userId: 'a', activity: 'EDITING' })], 'me', 0);
    expect(samePresence(before, othersPresent([entry({ userId: 'a' })], 'me', 0))).toBe(true);
    expect(samePresence(before, after)).toBe(false);
    expect(samePresence(before, [])).toBe(false);
  });

  it('answers the earliest expiry still ahead', () => {
    expect(nextExpiry([entry({ expiresAt: 500 }), entry({ expiresAt: 3_000 }), entry({ expiresAt: 1_500 })], 1_000)).toBe(1_500);
    expect(nextExpiry([entry({ expiresAt: 500 })], 1_000)).toBeNull();
  });
});
