import { describe, expect, it } from 'vitest';
import { auditCsvUrl, EMPTY_FILTER_FORM, filterProblems, shortHash, subjectName, subjectPath, toAuditFilter } from './audit-format';

describe('audit filters', () => {
  it('leaves empty fields out and makes the end date inclusive (local days)', () => {
    expect(toAuditFilter(EMPTY_FILTER_FORM)).toEqual({});
    expect(toAuditFilter({ ...EMPTY_FILTER_FORM, action: 'section.saved', from: '2026-05-01', to: '2026-05-03', subjectId: ' x ' })).toEqual({
      action: 'section.saved',
      subjectId: 'x',
      from: new Date(2026, 4, 1).toISOString(),
      to: new Date(2026, 4, 4).toISOString(),
    });
  });

  it('names the problems the server would refuse', () => {
    expect(filterProblems({ ...EMPTY_FILTER_FORM, subjectId: 'abc', from: '2026-05-03', to: '2026-05-01' })).toEqual(['subjectId', 'range']);
    expect(filterProblems({ ...EMPTY_FILTER_FORM, subjectId: '11111111-1111-4111-8111-111111111111', from: '2026-05-03', to: '2026-05-03' })).toEqual([]);
  });

  it('puts the same filters in the CSV address', () => {
    expect(auditCsvUrl('ws/1', {})).toBe('/exports/workspaces/ws%2F1/audit.csv');
    expect(auditCsvUrl('ws-1', { action: 'section.saved', from: '2026-05-01T00:00:00.000Z' })).toBe(
      '/exports/workspaces/ws-1/audit.csv?action=section.saved&from=2026-05-01T00%3A00%3A00.000Z',
    );
  });
});

describe('audit rows', () => {
  it('names the object from what the event recorded', () => {
    expect(subjectName({ title: 'A.1' })).toBe('A.1');
    expect(subjectName({ before: 'Old', after: 'New' })).toBe('New');
    expect(subjectName({ before: { name: 'Old' }, after: { name: 'New', acronym: null } })).toBe('New');
    expect(subjectName(null)).toBeNull();
    expect(subjectName(['x'])).toBeNull();
  });

  it('links profiles and sections (with their profile) only', () => {
    expect(subjectPath('Profile', 'p-1', null)).toBe('/profiles/p-1');
    expect(subjectPath('Section', 's-1', { profileId: 'p-1' })).toBe('/profiles/p-1/sections/s-1');
    expect(subjectPath('Section', 's-1', {})).toBeNull();
    expect(subjectPath('Membership', 'm-1', { profileId: 'p-1' })).toBeNull();
  });

  it('shortens hashes', () => {
    expect(shortHash('abcdef0123456789')).toBe('abcdef0123');
    expect(shortHash(null)).toBe('');
  });
});
