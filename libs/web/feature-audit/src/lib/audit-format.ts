/** The API's ids are uuids; anything else can match no event (and the API refuses it). */
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The form's filter values as typed: ids, an action, a type, and dates as YYYY-MM-DD (local days). */
export interface AuditFilterForm {
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER_FORM: AuditFilterForm = { actorId: '', action: '', subjectType: '', subjectId: '', from: '', to: '' };

/** The filter the API takes (AuditLogFilter): empty fields left out, `to` is the end of its (local) day. */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

const startOfLocalDay = (day: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
};

export type AuditFilterProblem = 'subjectId' | 'range';

/** Checks what the server would refuse, so the problem shows beside its field. */
export function filterProblems(form: AuditFilterForm): AuditFilterProblem[] {
  const problems: AuditFilterProblem[] = [];
  if (form.subjectId.trim() && !isUuid(form.subjectId.trim())) problems.push('subjectId');
  const from = startOfLocalDay(form.from);
  const to = startOfLocalDay(form.to);
  if (from && to && to < from) problems.push('range');
  return problems;
}

export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.actorId) filter.actorId = form.actorId;
  if (form.action) filter.action = form.action;
  if (form.subjectType) filter.subjectType = form.subjectType;
  if (form.subjectId.trim()) filter.subjectId = form.subjectId.trim();
  const from = startOfLocalDay(form.from);
  if (from) filter.from = from.toISOString();
  const to = startOfLocalDay(form.to);
  if (to) {
    // "Until 3 May" includes all of 3 May: the API's `to` is exclusive.
    to.setDate(to.getDate() + 1);
    filter.to = to.toISOString();
  }
  return filter;
}

/** Where the API serves the filtered log as CSV (bearer token required). */
export function auditCsvUrl(workspaceId: string, filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return `/exports/workspaces/${encodeURIComponent(workspaceId)}/audit.csv${query ? `?${query}` : ''}`;
}

/** The first characters of a SHA-256 hash: enough to compare by eye, the full value stays in the title and CSV. */
export const shortHash = (hash: string | null | undefined): string => (hash ? hash.slice(0, 10) : '');

type Data = Record<string, unknown> | null | undefined;
const asData = (data: unknown): Data => (data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** A readable name for the object from what the event recorded (a title or a name, after a rename the new one). */
export function subjectName(data: unknown): string | null {
  const d = asData(data);
  if (!d) return null;
  const after = d['after'];
  const afterObject = asData(after);
  return text(d['title']) ?? text(d['name']) ?? text(after) ?? text(afterObject?.['name']) ?? text(d['email']) ?? null;
}

/** The app's page for the object, where there is one. */
export function subjectPath(subjectType: string, subjectId: string, data: unknown): string | null {
  if (subjectType === 'Profile') return `/profiles/${encodeURIComponent(subjectId)}`;
  const profileId = text(asData(data)?.['profileId']);
  if (subjectType === 'Section' && profileId) {
    return `/profiles/${encodeURIComponent(profileId)}/sections/${encodeURIComponent(subjectId)}`;
  }
  return null;
}
