import { describe, expect, it } from '@jest/globals';
import { spreadsheetSafeText } from './spreadsheet-safe-text';

describe('spreadsheetSafeText', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1'])('makes %j text with a leading apostrophe', (value) => {
    expect(spreadsheetSafeText(value)).toBe(`'${value}`);
  });
  it.each(['Plain words', '', ' =not first', "'already quoted", '9.8% of GDP'])('leaves %j as it is', (value) => {
    expect(spreadsheetSafeText(value)).toBe(value);
  });
});
