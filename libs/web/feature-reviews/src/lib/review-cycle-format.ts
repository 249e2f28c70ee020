import { ORGANIZATION_KINDS, type OrganizationKind } from '@mps/shared-domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calendar days from `now` to `closesAt` in the reader's time zone: 0 when the cycle closes later today,
 * 1 tomorrow, negative once the date has passed. Calendar days, not 24-hour blocks, because that is how
 * people read a deadline ("closes tomorrow" at 09:00 is tomorrow even if it is 20 hours away).
 */
export function calendarDaysUntil(closesAt: string | Date, now: Date = new Date()): number {
  const end = new Date(closesAt);
  const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  // Rounded: a day across a daylight-saving change is 23 or 25 hours long.
  return Math.round((startOfDay(end) - startOfDay(now)) / DAY_MS);
}

export type ClosingState =
  /** Closed: when, and whether by itself at its date. */
  | { kind: 'closed'; closedAt: string | null; automatically: boolean }
  /** Open, and the closing moment has passed: the closing job is about to run. */
  | { kind: 'closing-now'; closesAt: string }
  | { kind: 'today'; closesAt: string }
  | { kind: 'tomorrow'; closesAt: string }
  | { kind: 'days'; closesAt: string; days: number };

/** Where a cycle stands against its closing date, for a line such as "Closes in 5 days (12 May 2026, 17:00)". */
export function closingState(
  cycle: { status: string; closesAt: string; closedAt: string | null; closedAutomatically: boolean },
  now: Date = new Date(),
): ClosingState {
  if (cycle.status === 'CLOSED') return { kind: 'closed', closedAt: cycle.closedAt, automatically: cycle.closedAutomatically };
  if (new Date(cycle.closesAt).getTime() <= now.getTime()) return { kind: 'closing-now', closesAt: cycle.closesAt };
  const days = calendarDaysUntil(cycle.closesAt, now);
  if (days <= 0) return { kind: 'today', closesAt: cycle.closesAt };
  if (days === 1) return { kind: 'tomorrow', closesAt: cycle.closesAt };
  return { kind: 'days', closesAt: cycle.closesAt, days };
}

/** Open cycles first, those closing soonest leading; then closed ones, most recently closed first. */
export function compareCycles(
  a: { status: string; closesAt: string; closedAt: string | null },
  b: { status: string; closesAt: string; closedAt: string | null },
): number {
  if (a.status !== b.status) return a.status === 'OPEN' ? -1 : 1;
  if (a.status === 'OPEN') return Date.parse(a.closesAt) - Date.parse(b.closesAt);
  return Date.parse(b.closedAt ?? b.closesAt) - Date.parse(a.closedAt ?? a.closesAt);
}

/** "2026-05-12T17:00" in local time, as a datetime-local input holds it. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The closing moment a new cycle starts with: two weeks ahead, at 17:00 local time (the end of a working
 * day, rather than whatever minute the form happened to be opened).
 */
export function defaultClosingValue(now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 14, 17, 0, 0, 0);
  return toLocalInputValue(d);
}

/** The reader's time zone, e.g. "Europe/Chisinau (UTC+02:00)", shown beside the closing time. */
export function timeZoneLabel(at: Date = new Date(), timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = timeZone ? offsetIn(zone, at) : -at.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${zone} (UTC${sign}${hh}:${mm})`;
}

/** Minutes east of UTC in a named zone at a moment (for tests and a zone other than the browser's). */
function offsetIn(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The order organisations are grouped in when people pick them: the voices a review is for come first. */
export const ORGANISATION_KIND_ORDER: readonly OrganizationKind[] = [
  'CIVIL_SOCIETY',
  'ACADEMIA',
  'INTERNATIONAL_ORGANIZATION',
  'MINISTRY',
  'GOVERNMENT_AGENCY',
  'OTHER',
];

export interface KindGroup<T> {
  kind: OrganizationKind;
  organisations: T[];
}

/** Organisations grouped by kind (in ORGANISATION_KIND_ORDER), each group sorted by name; empty groups left out. */
export function groupByKind<T extends { kind: string; name: string }>(organisations: readonly T[]): KindGroup<T>[] {
  const kindOf = (o: T): OrganizationKind =>
    (ORGANIZATION_KINDS as readonly string[]).includes(o.kind) ? (o.kind as OrganizationKind) : 'OTHER';
  return ORGANISATION_KIND_ORDER.map((kind) => ({
    kind,
    organisations: organisations.filter((o) => kindOf(o) === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.organisations.length > 0);
}

/** "Ministry of Labour (MoL)", or the name alone when there is no acronym. */
export function organisationName(org: { name: string; acronym: string | null }): string {
  return org.acronym ? `${org.name} (${org.acronym})` : org.name;
}

/** The acronym when there is one (column headers, short lists), else the name. */
export function organisationShort(org: { name: string; acronym: string | null }): string {
  return org.acronym || org.name;
}

