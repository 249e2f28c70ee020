import { describe, expect, it } from '@jest/globals';
import {
  automaticTaskChange,
  automaticTaskKey,
  automaticTaskKind,
  isTaskOverdue,
  TASK_STATUSES,
  taskStatusChange,
  taskStatusChoices,
  type AutomaticTaskWant,
  type TaskStatusValue,
} from './task-status';

const NOW = new Date('2026-06-15T12:00:00Z');

describe('isTaskOverdue', () => {
  it('is overdue only with a past due date while the work is still to do', () => {
    const past = '2026-06-15T11:59:59Z';
    const future = '2026-06-15T12:00:01Z';
    expect(isTaskOverdue({ status: 'OPEN', dueAt: past }, NOW)).toBe(true);
    expect(isTaskOverdue({ status: 'IN_PROGRESS', dueAt: new Date(past) }, NOW)).toBe(true);
    expect(isTaskOverdue({ status: 'DONE', dueAt: past }, NOW)).toBe(false);
    expect(isTaskOverdue({ status: 'CANCELLED', dueAt: past }, NOW)).toBe(false);
    expect(isTaskOverdue({ status: 'OPEN', dueAt: future }, NOW)).toBe(false);
    expect(isTaskOverdue({ status: 'OPEN', dueAt: null }, NOW)).toBe(false);
  });
});

describe('taskStatusChange', () => {
  it('lets any status move to any other, except that only task managers cancel', () => {
    for (const from of TASK_STATUSES) {
      for (const to of TASK_STATUSES) {
        const worker = taskStatusChange(from, to, { managesTasks: false });
        const manager = taskStatusChange(from, to, { managesTasks: true });
        if (from === to) {
          expect({ from, to, worker, manager }).toEqual({ from, to, worker: { kind: 'unchanged' }, manager: { kind: 'unchanged' } });
        } else if (to === 'CANCELLED') {
          expect({ from, to, worker, manager }).toEqual({
            from,
            to,
            worker: { kind: 'refused', reason: 'CANCEL_NEEDS_MANAGER' },
            manager: { kind: 'change' },
          });
        } else {
          expect({ from, to, worker, manager }).toEqual({ from, to, worker: { kind: 'change' }, manager: { kind: 'change' } });
        }
      }
    }
  });

  it('offers the statuses a person may choose next', () => {
    expect(taskStatusChoices('OPEN', { managesTasks: false })).toEqual(['IN_PROGRESS', 'DONE']);
    expect(taskStatusChoices('DONE', { managesTasks: true })).toEqual(['OPEN', 'IN_PROGRESS', 'CANCELLED']);
  });
});

describe('automaticTaskChange', () => {
  const table: Array<[TaskStatusValue | null, AutomaticTaskWant, ReturnType<typeof automaticTaskChange>]> = [
    [null, 'REQUIRED', 'CREATE'],
    [null, 'PRESENT', 'CREATE'],
    [null, 'FINISHED', null],
    [null, 'GONE', null],
    ['OPEN', 'REQUIRED', null],
    ['IN_PROGRESS', 'REQUIRED', null],
    ['DONE', 'REQUIRED', 'OPEN'],
    ['CANCELLED', 'REQUIRED', 'OPEN'],
    ['OPEN', 'PRESENT', null],
    ['IN_PROGRESS', 'PRESENT', null],
    ['DONE', 'PRESENT', null],
    ['CANCELLED', 'PRESENT', 'OPEN'],
    ['OPEN', 'FINISHED', 'DONE'],
    ['IN_PROGRESS', 'FINISHED', 'DONE'],
    ['DONE', 'FINISHED', null],
    ['CANCELLED', 'FINISHED', null],
    ['OPEN', 'GONE', 'CANCELLED'],
    ['IN_PROGRESS', 'GONE', 'CANCELLED'],
    ['DONE', 'GONE', null],
    ['CANCELLED', 'GONE', null],
  ];
  it.each(table)('%s wanted %s -> %s', (current, want, expected) => {
    expect(automaticTaskChange(current, want)).toBe(expected);
  });

  it('is idempotent: applying the answer and asking again changes nothing', () => {
    for (const current of [null, ...TASK_STATUSES]) {
      for (const want of ['REQUIRED', 'PRESENT', 'FINISHED', 'GONE'] as const) {
        const first = automaticTaskChange(current, want);
        const after: TaskStatusValue | null = first === null ? current : first === 'CREATE' ? 'OPEN' : first;
        expect({ current, want, again: automaticTaskChange(after, want) }).toEqual({ current, want, again: null });
      }
    }
  });
});

describe('automaticTaskKey', () => {
  it('names each kind with a stable key that tells its kind back', () => {
    expect(automaticTaskKind(automaticTaskKey.draft('s', 'o'))).toBe('draft');
    expect(automaticTaskKind(automaticTaskKey.signOff('c', 'o'))).toBe('signOff');
    expect(automaticTaskKind(automaticTaskKey.answerComments('c', 's', 'o'))).toBe('answerComments');
    expect(automaticTaskKind(null)).toBe(null);
    expect(automaticTaskKind('other:x')).toBe(null);
  });
});
