import { describe, expect, it } from 'vitest';
import {
  calendarDaysUntil,
  closingState,
  compareCycles,
  defaultClosingValue,
  groupByKind,
  timeZoneLabel,
  toLocalInputValue,
} from './review-cycle-format';

// Local-time constructors, so the expectations hold in any time zone the tests run in.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('calendarDaysUntil', () => {
  it('counts calendar days, not 24-hour blocks', () => {
    const now = at(2026, 5, 4, 20, 0);
    expect(calendarDaysUntil(at(2026, 5, 4, 23, 0), now)).toBe(0);
    expect(calendarDaysUntil(at(2026, 5, 5, 9, 0), now)).toBe(1);
    expect(calendarDaysUntil(at(2026, 5, 18, 17, 0), now)).toBe(14);
    expect(calendarDaysUntil(at(2026, 5, 3, 17, 0), now)).toBe(-1);
  });

  it('crosses month and year ends', () => {
    expect(calendarDaysUntil(at(2027, 1, 2, 8), at(2026, 12, 30, 18))).toBe(3);
  });
});

describe('closingState', () => {
  const open = (closesAt: Date) => ({ status: 'OPEN', closesAt: closesAt.toISOString(), closedAt: null, closedAutomatically: false });
  const now = at(2026, 5, 4, 10, 0);

  it('says how many days are left, or today / tomorrow', () => {
    expect(closingState(open(at(2026, 5, 9, 17)), now)).toMatchObject({ kind: 'days', days: 5 });
    expect(closingState(open(at(2026, 5, 5, 17)), now)).toMatchObject({ kind: 'tomorrow' });
    expect(closingState(open(at(2026, 5, 4, 17)), now)).toMatchObject({ kind: 'today' });
  });

  it('an open cycle past its closing moment is closing now (the closing job has yet to run)', () => {
    expect(closingState(open(at(2026, 5, 4, 9, 59)), now)).toMatchObject({ kind: 'closing-now' });
  });

  it('a closed cycle says when, and whether it closed by itself', () => {
    const closedAt = at(2026, 5, 1, 17).toISOString();
    expect(closingState({ status: 'CLOSED', closesAt: closedAt, closedAt, closedAutomatically: true }, now)).toEqual({
      kind: 'closed',
      closedAt,
      automatically: true,
    });
  });
});

describe('compareCycles', () => {
  it('puts open cycles first, soonest closing first, then closed ones, latest closed first', () => {
    const c = (id: string, status: string, closesAt: string, closedAt: string | null = null) => ({ id, status, closesAt, closedAt });
    const cycles = [
      c('closed-early', 'CLOSED', '2026-01-10T00:00:00Z', '2026-01-09T00:00:00Z'),
      c('open-late', 'OPEN', '2026-06-30T00:00:00Z'),
      c('closed-late', 'CLOSED', '2026-03-10T00:00:00Z', '2026-03-10T00:00:00Z'),
      c('open-soon', 'OPEN', '2026-05-10T00:00:00Z'),
    ];
    expect(cycles.sort(compareCycles).map((x) => x.id)).toEqual(['open-soon', 'open-late', 'closed-late', 'closed-early']);
  });
});

describe('defaultClosingValue', () => {
  it('is two weeks ahead at 17:00 local time, in the datetime-local format', () => {
    expect(defaultClosingValue(at(2026, 12, 25, 9, 41))).toBe('2027-01-08T17:00');
    expect(toLocalInputValue(at(2026, 3, 5, 8, 7))).toBe('2026-03-05T08:07');
  });
});

describe('timeZoneLabel', () => {
  it('names the zone and its offset from UTC at that moment', () => {
    expect(timeZoneLabel(new Date('2026-07-01T12:00:00Z'), 'Europe/Chisinau')).toBe('Europe/Chisinau (UTC+03:00)');
    expect(timeZoneLabel(new Date('2026-01-15T12:00:00Z'), 'Europe/Chisinau')).toBe('Europe/Chisinau (UTC+02:00)');
    expect(timeZoneLabel(new Date('2026-01-15T12:00:00Z'), 'America/Bogota')).toBe('America/Bogota (UTC-05:00)');
    expect(timeZoneLabel(new Date('2026-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe('Asia/Kathmandu (UTC+05:45)');
  });
});

describe('groupByKind', () => {
  it('groups civil society, academia and international organisations before ministries, names sorted, empty groups left out', () => {
    const orgs = [
      { id: '1', name: 'Ministry of Labour', kind: 'MINISTRY' },
      { id: '2', name: 'State University', kind: 'ACADEMIA' },
      { id: '3', name: 'Migrant Rights Network', kind: 'CIVIL_SOCIETY' },
      { id: '4', name: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION' },
      { id: '5', name: 'Diaspora Forum', kind: 'CIVIL_SOCIETY' },
      { id: '6', name: 'Ministry of Interior', kind: 'MINISTRY' },
    ];
    expect(groupByKind(orgs).map((g) => [g.kind, g.organisations.map((o) => o.name)])).toEqual([
      ['CIVIL_SOCIETY', ['Diaspora Forum', 'Migrant Rights Network']],
      ['ACADEMIA', ['State University']],
      ['INTERNATIONAL_ORGANIZATION', ['IOM']],
      ['MINISTRY', ['Ministry of Interior', 'Ministry of Labour']],
    ]);
  });
});
