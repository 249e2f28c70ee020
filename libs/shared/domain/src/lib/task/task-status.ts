/**
 * Tasks (docs/domain.md "Tasks"): what someone must do, for a person or for an organisation, with an optional due
 * date. The status moves only through these pure functions, in the API (by hand: `setTaskStatus`; by the workflow:
 * automatic tasks) and in the web (which changes a person is offered).
 */
export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];

export const isTaskStatus = (value: unknown): value is TaskStatusValue =>
  typeof value === 'string' && (TASK_STATUSES as readonly string[]).includes(value);

/** Work still to do: OPEN or IN_PROGRESS. */
export const isActiveTaskStatus = (status: TaskStatusValue): boolean => status === 'OPEN' || status === 'IN_PROGRESS';

/** Overdue: a due date in the past while the work is still to do. Computed on read, never stored. */
export function isTaskOverdue(task: { status: TaskStatusValue; dueAt: Date | string | null }, now: Date = new Date()): boolean {
  if (task.dueAt === null || !isActiveTaskStatus(task.status)) return false;
  return new Date(task.dueAt).getTime() < now.getTime();
}

/**
 * The changes a person may make by hand. Any status may go to any other, because people make mistakes and
 * circumstances change (a DONE task reopens when the work turns out unfinished, a CANCELLED one when it is needed
 * after all), except that cancelling is a decision about whether the work is wanted, which belongs to those who
 * manage tasks (coordinators). The same status again is not a change (answered as it is, recorded once).
 */
export type TaskStatusChange = { kind: 'unchanged' } | { kind: 'change' } | { kind: 'refused'; reason: 'CANCEL_NEEDS_MANAGER' };

export function taskStatusChange(from: TaskStatusValue, to: TaskStatusValue, actor: { managesTasks: boolean }): TaskStatusChange {
  if (from === to) return { kind: 'unchanged' };
  if (to === 'CANCELLED' && !actor.managesTasks) return { kind: 'refused', reason: 'CANCEL_NEEDS_MANAGER' };
  return { kind: 'change' };
}

/** The statuses a person may choose next for a task, as the web offers them. */
export function taskStatusChoices(from: TaskStatusValue, actor: { managesTasks: boolean }): TaskStatusValue[] {
  return TASK_STATUSES.filter((to) => taskStatusChange(from, to, actor).kind === 'change');
}

/**
 * What the workflow's facts ask of an automatic task (one per stable source key):
 * - REQUIRED: the work is to be done now; a DONE or CANCELLED task reopens (a new comment awaits an answer, a new
 *   revision made the organisation's sign-offs stale, the organisation got its assignment back);
 * - PRESENT: the task should exist, but a DONE one stays done (drafting is finished when the people say so);
 * - FINISHED: the work got done (every sign-off given, the cycle closed, every comment answered);
 * - GONE: the reason went away (the organisation lost the assignment, the section was archived).
 */
export type AutomaticTaskWant = 'REQUIRED' | 'PRESENT' | 'FINISHED' | 'GONE';

/**
 * The change an automatic task needs: 'CREATE' (none yet), a new status, or null (nothing to do). Applying it
 * again with the same facts answers null: this is what makes the workflow's tasks idempotent.
 */
export function automaticTaskChange(current: TaskStatusValue | null, want: AutomaticTaskWant): 'CREATE' | TaskStatusValue | null {
  if (current === null) return want === 'REQUIRED' || want === 'PRESENT' ? 'CREATE' : null;
  switch (want) {
    case 'REQUIRED':
      return isActiveTaskStatus(current) ? null : 'OPEN';
    case 'PRESENT':
      return current === 'CANCELLED' ? 'OPEN' : null;
    case 'FINISHED':
      return isActiveTaskStatus(current) ? 'DONE' : null;
    case 'GONE':
      return isActiveTaskStatus(current) ? 'CANCELLED' : null;
  }
}

/** The kinds of automatic task, each with its stable source key (unique per workspace). */
export const automaticTaskKey = {
  /** "Draft <section>" for an organisation assigned to the section. */
  draft: (sectionId: string, organizationId: string) => `draft:${sectionId}:${organizationId}`,
  /** "Review and sign off <sections>" for a required signatory organisation of a cycle. */
  signOff: (reviewCycleId: string, organizationId: string) => `sign-off:${reviewCycleId}:${organizationId}`,
  /** "Answer the comments on <section>" for an organisation assigned to a section with comments awaiting a disposition. */
  answerComments: (reviewCycleId: string, sectionId: string, organizationId: string) =>
    `answer-comments:${reviewCycleId}:${sectionId}:${organizationId}`,
} as const;
export type AutomaticTaskKind = keyof typeof automaticTaskKey;

export function automaticTaskKind(sourceKey: string | null): AutomaticTaskKind | null {
  if (!sourceKey) return null;
  const prefix = sourceKey.slice(0, sourceKey.indexOf(':'));
  if (prefix === 'draft') return 'draft';
  if (prefix === 'sign-off') return 'signOff';
  if (prefix === 'answer-comments') return 'answerComments';
  return null;
}
