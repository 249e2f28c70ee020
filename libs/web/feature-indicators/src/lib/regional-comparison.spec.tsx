import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegionalComparisonQuery } from '@mps/web-data-access';
import { IndicatorTable } from './regional-comparison-page';
import { regionalComparisonCsv } from './regional-csv';

type Comparison = RegionalComparisonQuery['regionalComparison'];

const figure = (value: number | null, overrides: Partial<Comparison['cells'][number]['figures'][number]> = {}) => ({
  __typename: 'RegionalFigure' as const,
  value,
  dataGap: value === null,
  unit: 'persons',
  organizationName: 'Statistics Office',
  sourceType: 'CENSUS' as const,
  sourceName: 'Census',
  definition: 'Foreign-born residents.',
  comparability: 'COMPARABLE' as const,
  comparabilityNote: null,
  footnote: null,
  ...overrides,
});

const comparison: Comparison = {
  workspaceId: 'r',
  countries: [
    { workspaceId: 'n', name: 'Norland', countryCode: 'XN', releases: [] },
    { workspaceId: 'v', name: 'Valdoria', countryCode: 'XV', releases: [] },
  ],
  available: [{ code: 'IMM.STOCK', name: 'Migrant stock' }],
  indicators: [
    {
      code: 'IMM.STOCK',
      name: 'Migrant stock',
      unit: 'persons',
      internationalReference: 'UN Rev. 1',
      definitionsDiffer: true,
      definitions: [
        { workspaceId: 'n', definition: 'Foreign-born residents.', internationalReference: 'UN Rev. 1' },
        { workspaceId: 'v', definition: '=Foreign citizens with a permit.', internationalReference: null },
      ],
    },
  ],
  periods: ['2018'],
  cells: [
    { indicatorCode: 'IMM.STOCK', workspaceId: 'n', period: '2018', releaseVersion: '2019.1', flags: [], figures: [figure(34800)] },
    {
      indicatorCode: 'IMM.STOCK',
      workspaceId: 'v',
      period: '2018',
      releaseVersion: '2019.1',
      flags: ['DEFINITION_DIFFERS_BETWEEN_COUNTRIES', 'NOT_COMPARABLE'],
      figures: [figure(126800, { definition: '=Foreign citizens with a permit.', comparability: 'NOT_COMPARABLE', comparabilityNote: 'Citizenship, not birth.' })],
    },
  ],
};

describe('regional comparison', () => {
  it('shows a table per indicator, countries by period, every flag in words beside the figure', () => {
    render(
      <MantineProvider>
        <IndicatorTable comparison={comparison} code="IMM.STOCK" />
      </MantineProvider>,
    );
    const table = screen.getByRole('table', { name: 'IMM.STOCK Migrant stock (persons)' });
    const valdoria = within(table).getByRole('row', { name: /Valdoria/ });
    expect(within(valdoria).getByText('126,800')).toBeInTheDocument();
    expect(within(valdoria).getByText('Definition differs from other countries')).toBeInTheDocument();
    expect(within(valdoria).getByText('Not comparable')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Norland/ })).queryByText('Not comparable')).toBeNull();
    expect(screen.getByText('Member countries define this indicator differently:')).toBeInTheDocument();
    expect(screen.getByText('International reference (regional catalogue): UN Rev. 1')).toBeInTheDocument();
  });

  it('downloads the comparison as CSV: a header, a line per figure, flags in words, formulas neutralised', () => {
    const lines = regionalComparisonCsv(comparison).trim().split('\n');
    expect(lines[0]).toBe('indicator_code,indicator_name,country,country_code,period,value,unit,data_gap,organisation,source,definition,comparability,comparability_note,release,flags');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("Valdoria,XV,2018,126800,persons,false,Statistics Office,Census,'=Foreign citizens with a permit.,NOT_COMPARABLE");
    expect(lines[2]).toContain('Definition differs from other countries; Not comparable');
    expect(regionalComparisonCsv({ ...comparison, cells: [] }).trim().split('\n')).toHaveLength(1);
  });
});
