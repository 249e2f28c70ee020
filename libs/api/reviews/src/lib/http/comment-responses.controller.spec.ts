import { describe, expect, it } from '@jest/globals';
import { downloadName } from './comment-responses.controller';

describe('downloadName', () => {
  it('keeps letters (accents dropped) and digits, joined by hyphens', () => {
    expect(downloadName('Consultación: trends/remittances 2025', 'csv')).toBe('comment-responses-consultacion-trends-remittances-2025.csv');
  });
  it('never leaves quotes, slashes or an empty name', () => {
    expect(downloadName('"../../etc/passwd"', 'xlsx')).toBe('comment-responses-etc-passwd.xlsx');
    expect(downloadName('«»', 'csv')).toBe('comment-responses-review-cycle.csv');
  });
});
