import { MantineProvider } from '@mantine/core';
import { readIndicatorBlockAttrs, type DocumentFigure } from '@mps/shared-domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndicatorBlockDialog } from './indicator-block-dialog';
import { IndicatorBlockView } from './indicator-block-view';

const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });
const noop = () => undefined;
const CATALOGUE = [
  { code: 'IMM.STOCK', name: 'Immigrant stock', unit: 'persons' },
  { code: 'REM.IN', name: 'Remittance inflows', unit: 'USD million' },
];
const figure = (over: Partial<DocumentFigure>): DocumentFigure => ({
  indicatorCode: 'IMM.STOCK',
  indicatorName: 'Immigrant stock',
  gmgPart: 'IV',
  definition: 'Foreign-born residents',
  unit: 'persons',
  period: '2022',
  sex: 'TOTAL',
  ageGroup: '',
  countryCode: '',
  value: 41250,
  dataGap: false,
  organizationName: 'Ministry of Internal Affairs',
  sourceName: 'Register of foreign residents',
  comparability: 'COMPARABLE',
  selection: 'SINGLE',
  footnote: null,
  ...over,
});

describe('insert indicator table or chart', () => {
  afterEach(cleanup);

  it('inserts the indicators, display and periods chosen', async () => {
    const onSubmit = vi.fn();
    renderInMantine(<IndicatorBlockDialog opened catalogue={CATALOGUE} initial={null} onSubmit={onSubmit} onRemove={noop} onClose={noop} />);
    const dialog = screen.getByRole('dialog', { name: 'Insert indicator table or chart' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Immigrant stock \(IMM\.STOCK\)/ }));
    await userEvent.click(within(dialog).getByRole('radio', { name: /Chart/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Periods' }), '2021, 2022');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(onSubmit).toHaveBeenCalledWith({
      codes: ['IMM.STOCK'],
      periods: ['2021', '2022'],
      sex: 'TOTAL',
      ageGroup: '',
      countryCode: '',
      display: 'chart',
      caption: '',
    });
  });

  it('says what to fix: no indicator chosen, a period that is not one', async () => {
    const onSubmit = vi.fn();
    renderInMantine(<IndicatorBlockDialog opened catalogue={CATALOGUE} initial={null} onSubmit={onSubmit} onRemove={noop} onClose={noop} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Periods' }), 'last year');
    await userEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(screen.getByText('Choose at least one indicator (at most 8)')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Periods' })).toHaveAccessibleDescription(/Enter periods as years/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('changes an existing block, and offers to remove it', async () => {
    const onRemove = vi.fn();
    const initial = readIndicatorBlockAttrs({ codes: ['REM.IN'], caption: 'Remittances' })!;
    renderInMantine(<IndicatorBlockDialog opened catalogue={CATALOGUE} initial={initial} onSubmit={noop} onRemove={onRemove} onClose={noop} />);
    expect(screen.getByRole('dialog', { name: 'Change indicator table or chart' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Remittance inflows/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Remove table' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
  });
});

describe('indicator table and chart', () => {
  afterEach(cleanup);
  const figures = [figure({ period: '2021', value: 38700 }), figure({ period: '2022', value: 41250 })];

  it('draws a table with its caption, column and row headers, unit and source', async () => {
    renderInMantine(<IndicatorBlockView attrs={readIndicatorBlockAttrs({ codes: ['IMM.STOCK'], caption: 'Immigrant stock' })!} figures={figures} />);
    // The table's code arrives on demand (indicator-figures.tsx).
    const table = await screen.findByRole('table', { name: 'Immigrant stock' });
    expect(within(table).getByRole('columnheader', { name: '2022' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Immigrant stock (persons)' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '41,250' })).toBeInTheDocument();
    expect(screen.getByText('Source: Ministry of Internal Affairs, Register of foreign residents.')).toBeInTheDocument();
  });

  it('words the table and writes its numbers in the interface language', async () => {
    const { default: i18n } = await import('i18next');
    await i18n.changeLanguage('fr');
    try {
      renderInMantine(<IndicatorBlockView attrs={readIndicatorBlockAttrs({ codes: ['IMM.STOCK'], caption: 'Immigrant stock' })!} figures={figures} />);
      const table = await screen.findByRole('table', { name: 'Immigrant stock' });
      expect(within(table).getByRole('columnheader', { name: 'Indicateur (unité)' })).toBeInTheDocument();
      expect(within(table).getByRole('cell', { name: new Intl.NumberFormat('fr').format(41250) })).toBeInTheDocument();
      expect(screen.getByText('Source : Ministry of Internal Affairs, Register of foreign residents.')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('gives a chart its table as the text alternative, and shows it on request', async () => {
    renderInMantine(<IndicatorBlockView attrs={readIndicatorBlockAttrs({ codes: ['IMM.STOCK'], display: 'chart', caption: 'Stock over time' })!} figures={figures} />);
    // The table is there for screen readers while the chart shows.
    expect(await screen.findByRole('table', { name: 'Stock over time' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when nothing matches, and while figures load', async () => {
    const { unmount } = renderInMantine(<IndicatorBlockView attrs={readIndicatorBlockAttrs({ codes: ['NONE'] })!} figures={figures} />);
    expect(await screen.findByText('No figures for these indicators, periods and disaggregation yet.')).toBeInTheDocument();
    unmount();
    renderInMantine(<IndicatorBlockView attrs={readIndicatorBlockAttrs({ codes: ['IMM.STOCK'] })!} figures={null} />);
    expect(screen.getByRole('status', { name: 'Loading figures' })).toBeInTheDocument();
  });
});
