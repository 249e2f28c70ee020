import { describe, expect, it } from 'vitest';
import { signatoryRows, type SignOffLike } from './sign-off-rows';

const rev = (n: number) => ({ id: `r${n}`, number: n });
const so = (id: string, org: string, overrides: Partial<SignOffLike> = {}): SignOffLike => ({
  id,
  decision: 'APPROVE',
  stale: false,
  superseded: false,
  organization: { id: org },
  revision: rev(3),
  ...overrides,
});

describe('signatoryRows', () => {
  const required = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  it('gives each required organisation its current decision, a stale one, or awaiting', () => {
    const current = [so('1', 'a'), so('2', 'b', { decision: 'REQUEST_CHANGES' })];
    const history = [
      so('1', 'a'),
      so('2', 'b', { decision: 'REQUEST_CHANGES' }),
      so('3', 'c', { stale: true, revision: rev(2) }),
      so('0', 'a', { superseded: true, stale: true, revision: rev(1) }),
    ];
    expect(signatoryRows(required, current, history).map((r) => [r.organization.id, r.state, r.signOff?.id ?? null])).toEqual([
      ['a', 'approved', '1'],
      ['b', 'changes-requested', '2'],
      ['c', 'stale', '3'],
      ['d', 'awaiting', null],
    ]);
  });

  it('a superseded stale decision does not make the organisation look stale', () => {
    const history = [so('0', 'd', { superseded: true, stale: true })];
    expect(signatoryRows([{ id: 'd' }], [], history)[0]!.state).toBe('awaiting');
  });
});
