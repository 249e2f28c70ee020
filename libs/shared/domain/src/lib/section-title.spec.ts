import { describe, expect, it } from '@jest/globals';
import { sectionLabel, sectionTitleParts } from './section-title';

describe('sectionLabel', () => {
  it('puts the number before the title', () => {
    expect(sectionLabel({ number: 'A.5', title: 'Return migration' })).toBe('A.5 Return migration');
    expect(sectionLabel({ number: '3', title: 'Data' })).toBe('3 Data');
  });

  it('shows the title alone for unnumbered sections', () => {
    expect(sectionLabel({ number: '', title: 'Executive summary' })).toBe('Executive summary');
  });

  it('never repeats a number the title already starts with', () => {
    const cases: Array<[string, string, string]> = [
      ['A.7', 'A.7 Diaspora', 'A.7 Diaspora'],
      ['3.1', '3.1. Data', '3.1 Data'],
      ['3.1', '3.1 – Data sources', '3.1 Data sources'],
      ['3.1', '3.1: Data', '3.1 Data'],
      ['2', '2) Impact', '2 Impact'],
      ['A', 'A. Migration trends', 'A Migration trends'],
      ['A', 'A – Migration trends', 'A Migration trends'],
      ['B.2', '  B.2  Economic development', 'B.2 Economic development'],
      ['A.7', 'A.7', 'A.7'],
    ];
    for (const [number, title, expected] of cases) expect({ number, title, label: sectionLabel({ number, title }) }).toEqual({ number, title, label: expected });
  });

  it('keeps titles that only look like they start with the number', () => {
    const cases: Array<[string, string, string]> = [
      ['1', '10 years of data', '1 10 years of data'],
      ['A.1', 'A.10 Annex', 'A.1 A.10 Annex'],
      ['A', 'A new approach', 'A A new approach'],
      ['A', 'Asylum', 'A Asylum'],
      ['3.1', '3.12 Data', '3.1 3.12 Data'],
    ];
    for (const [number, title, expected] of cases) expect({ number, title, label: sectionLabel({ number, title }) }).toEqual({ number, title, label: expected });
  });
});

describe('sectionTitleParts', () => {
  it('answers the number and the title without it, for views that style them apart', () => {
    expect(sectionTitleParts({ number: 'A.7', title: 'A.7 Diaspora' })).toEqual({ number: 'A.7', title: 'Diaspora' });
    expect(sectionTitleParts({ number: 'A.7', title: 'Diaspora' })).toEqual({ number: 'A.7', title: 'Diaspora' });
    expect(sectionTitleParts({ number: '', title: 'Key data' })).toEqual({ number: '', title: 'Key data' });
  });
});
