import { describe, expect, it } from 'vitest';
import { filterThreads, isMine, organizationCounts, statusCounts, type ThreadLike } from './threads';

const org = (id: string, name: string) => ({ id, name, acronym: null });
const thread = (id: string, author: string, organization: ReturnType<typeof org>, resolved = false, replies: string[] = []): ThreadLike => ({
  id,
  resolved,
  author: { id: author },
  organization,
  replies: replies.map((a) => ({ author: { id: a } })),
});
const cso = org('o-cso', 'Migrant Rights Centre');
const uni = org('o-uni', 'State University');
const threads = [
  thread('t1', 'u-cso', cso),
  thread('t2', 'u-cso', cso, true, ['u-me']),
  thread('t3', 'u-uni', uni),
  thread('t4', 'u-me', uni, true),
];

describe('thread filters', () => {
  it('counts open, resolved, mine (started or answered) and all, within the chosen organisation', () => {
    expect(statusCounts(threads, null, 'u-me')).toEqual({ open: 2, resolved: 2, mine: 2, all: 4 });
    expect(statusCounts(threads, 'o-uni', 'u-me')).toEqual({ open: 1, resolved: 1, mine: 1, all: 2 });
  });

  it('filters by status and organisation together', () => {
    expect(filterThreads(threads, { status: 'open', organizationId: null }, 'u-me').map((t) => t.id)).toEqual(['t1', 't3']);
    expect(filterThreads(threads, { status: 'resolved', organizationId: 'o-cso' }, 'u-me').map((t) => t.id)).toEqual(['t2']);
    expect(filterThreads(threads, { status: 'mine', organizationId: null }, 'u-me').map((t) => t.id)).toEqual(['t2', 't4']);
  });

  it('counts each organisation under the chosen status, listing those with none too', () => {
    expect(organizationCounts(threads, 'open', 'u-me')).toEqual([
      { ...cso, count: 1 },
      { ...uni, count: 1 },
    ]);
    expect(organizationCounts(threads, 'mine', 'u-me').map((o) => o.count)).toEqual([1, 1]);
  });

  it('has nothing of mine before the person is known', () => {
    expect(isMine(threads[0]!, null)).toBe(false);
  });
});
