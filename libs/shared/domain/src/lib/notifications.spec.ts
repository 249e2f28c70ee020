import { describe, expect, it } from '@jest/globals';
import { mayNotify, oneLineTitle } from './notifications';

describe('notifications', () => {
  it('makes a stored title one line for a subject, and cuts it', () => {
    expect(oneLineTitle('A.4\r\nEmigration\u2028Bcc: x@y\u0000')).toBe('A.4 Emigration Bcc: x@y');
    expect(oneLineTitle('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('knows which audit events may notify', () => {
    expect(mayNotify('comment.added', { parentId: null })).toBe(false);
    expect(mayNotify('comment.added', { parentId: 'c-1' })).toBe(true);
    expect(mayNotify('section.signed-off', { decision: 'APPROVE' })).toBe(false);
    expect(mayNotify('section.signed-off', { decision: 'REQUEST_CHANGES' })).toBe(true);
    expect(mayNotify('section.saved', { number: 1 })).toBe(false);
    expect(mayNotify('section.saved', { number: 2 })).toBe(true);
    expect(mayNotify('session.started', null)).toBe(false);
  });
});
