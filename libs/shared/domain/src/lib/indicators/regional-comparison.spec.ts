import { describe, expect, it } from '@jest/globals';
import { figureFlags, mergeFlags, normalizeDefinition, RegionalFigure, usualDefinitions } from './regional-comparison';

const figure = (country: string, overrides: Partial<RegionalFigure> = {}): RegionalFigure => ({
  country,
  indicatorCode: 'IMM.STOCK',
  period: '2022',
  value: 100,
  dataGap: false,
  definition: 'Foreign-born persons usually resident.',
  nationalDefinition: null,
  internationalReference: 'UN Rev. 1: usual residence',
  comparability: 'COMPARABLE',
  differing: false,
  ...overrides,
});

describe('regional comparison flags', () => {
  it('compares definitions by their words, not by case, spacing or a closing full stop', () => {
    expect(normalizeDefinition('  Foreign-born   persons usually resident. ')).toBe(normalizeDefinition('foreign-born persons usually resident'));
  });

  it('flags the country whose definition is not the one most countries use, and nobody when all agree', () => {
    const agree = [figure('A'), figure('B'), figure('C', { definition: 'foreign-born persons usually resident' })];
    const usual = usualDefinitions(agree);
    expect(agree.map((f) => figureFlags(f, usual.get(f.indicatorCode), 'UN Rev. 1: usual residence'))).toEqual([[], [], []]);

    const oneApart = [figure('A'), figure('B'), figure('C', { nationalDefinition: 'Foreign citizens holding a residence permit' })];
    const usual2 = usualDefinitions(oneApart);
    expect(oneApart.map((f) => figureFlags(f, usual2.get(f.indicatorCode), null))).toEqual([[], [], ['DEFINITION_DIFFERS_BETWEEN_COUNTRIES']]);
  });

  it('flags every country when two definitions are used by as many countries each', () => {
    const tie = [figure('A'), figure('B', { nationalDefinition: 'Citizens of another country' })];
    const usual = usualDefinitions(tie);
    expect(usual.get('IMM.STOCK')).toBeNull();
    expect(tie.every((f) => figureFlags(f, usual.get(f.indicatorCode), null).includes('DEFINITION_DIFFERS_BETWEEN_COUNTRIES'))).toBe(true);
  });

  it('flags another international reference, partial and no comparability, differing national figures and gaps', () => {
    const usual = 'foreign-born persons usually resident';
    expect(figureFlags(figure('A', { internationalReference: 'Citizenship concept' }), usual, 'UN Rev. 1: usual residence')).toEqual(['DIFFERS_FROM_REFERENCE']);
    expect(figureFlags(figure('A', { internationalReference: null }), usual, 'UN Rev. 1: usual residence')).toEqual(['DIFFERS_FROM_REFERENCE']);
    expect(figureFlags(figure('A', { comparability: 'PARTLY_COMPARABLE' }), usual, null)).toEqual(['DIFFERS_FROM_REFERENCE']);
    expect(figureFlags(figure('A', { comparability: 'NOT_COMPARABLE' }), usual, null)).toEqual(['NOT_COMPARABLE']);
    expect(figureFlags(figure('A', { differing: true }), usual, null)).toEqual(['DIFFERING_NATIONAL_FIGURES']);
    expect(figureFlags(figure('A', { dataGap: true, value: null, nationalDefinition: 'Other' }), usual, null)).toEqual(['GAP']);
  });

  it('merges the flags of several figures of one cell in a stable order', () => {
    expect(mergeFlags([['GAP'], ['NOT_COMPARABLE', 'GAP'], []])).toEqual(['NOT_COMPARABLE', 'GAP']);
  });
});
