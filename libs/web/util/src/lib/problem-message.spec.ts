import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { fieldForProblem, problemMessage } from './problem-message';

const t = i18n.t.bind(i18n);

describe('problemMessage', () => {
  it("uses the server's message for invalid input and conflicts", () => {
    expect(problemMessage(t, { code: 'CONFLICT', message: 'Already a member of this workspace.', blockers: [] })).toBe(
      'Already a member of this workspace.',
    );
  });

  it('uses our own words for refusals and outages', () => {
    expect(problemMessage(t, { code: 'FORBIDDEN', message: 'Forbidden resource', blockers: [] })).toMatch(/not allowed/);
    expect(problemMessage(t, { code: 'NETWORK', message: 'Failed to fetch', blockers: [] })).toMatch(/could not reach/);
  });

  it('places a server message beside the field it names', () => {
    const problem = { code: 'BAD_USER_INPUT' as const, message: 'Password must be at least 12 characters long.', blockers: [] };
    expect(fieldForProblem(problem, { email: ['email'], password: ['password'] })).toBe('password');
    expect(fieldForProblem({ ...problem, code: 'FORBIDDEN' }, { password: ['password'] })).toBeNull();
  });
});
