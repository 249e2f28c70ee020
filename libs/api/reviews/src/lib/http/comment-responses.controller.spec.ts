import { describe, expect, it } from '@jest/globals';
import { downloadName, neutraliseFormula } from './comment-responses.controller';

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1'])('makes %j text with a leading apostrophe', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });
  it.each(['Plain words', '', ' =not first', "'already quoted", '9.8% of GDP'])('leaves %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('downloadName', () => {
  it('keeps letters (accents dropped) and digits, joined by hyphens', () => {
    expect(downloadName('Consultación: trends/remittances 2025', 'csv')).toBe('comment-responses-consultacion-trends-remittances-2025.csv');
  });
  it('never leaves quotes, slashes or an empty name', () => {
    expect(downloadName('"../../etc/passwd"', 'xlsx')).toBe('comment-responses-etc-passwd.xlsx');
    expect(downloadName('«»', 'csv')).toBe('comment-responses-review-cycle.csv');
  });
});
