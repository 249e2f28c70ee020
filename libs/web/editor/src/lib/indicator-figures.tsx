import { Button, Group, Skeleton, Text } from '@mantine/core';
import { DEFAULT_LOCALE, indicatorBlockTable, isLocale, type DocumentFigure, type FigureTable, type IndicatorBlockAttrs } from '@mps/shared-domain';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const IndicatorChart = lazy(() => import('./indicator-chart'));

/** The figures as a real table: caption, column and row headers, the unit in the row header, sources and notes under it. */
export function FigureTableView({ table, id, hidden = false }: { table: FigureTable; id?: string; hidden?: boolean }) {
  const captionId = useId();
  // A wide table scrolls sideways in its own box: keyboard users reach that box with Tab (WCAG 2.1.1), named by the
  // caption. A table only there for screen readers (under a chart) is no scroll box and no tab stop.
  return (
    <div
      className={hidden ? 'mps-figure-table mps-figure-table-static' : 'mps-figure-table'}
      id={id}
      {...(hidden ? {} : { tabIndex: 0, role: 'region', 'aria-labelledby': captionId })}
    >
      <table>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={table.head[i + 1]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes.map((note) => (
        <p key={note} className="mps-figure-note">
          {note}
        </p>
      ))}
    </div>
  );
}

/**
 * The figures of an indicator block, once loaded, as its table or chart (see IndicatorBlockView, which loads this
 * module while the figures load). A chart (recharts) is hidden from screen readers, which get its table instead;
 * "Show as table" shows that table to everyone.
 */
export function IndicatorFigures({ attrs, figures }: { attrs: IndicatorBlockAttrs; figures: readonly DocumentFigure[] }) {
  const { t, i18n } = useTranslation();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  // Its fixed words (headers, sources, "data gap") and its numbers in the interface language.
  const table = indicatorBlockTable(attrs, figures, isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);
  if (table.empty) {
    return (
      <figure className="mps-indicator-block">
        <figcaption>
          <strong>{table.caption}</strong>
        </figcaption>
        <Text size="sm">{t('editor.indicatorNoFigures')}</Text>
      </figure>
    );
  }
  if (!table.chart) {
    return (
      <figure className="mps-indicator-block">
        <FigureTableView table={table} />
      </figure>
    );
  }
  return (
    <figure className="mps-indicator-block" aria-label={table.caption}>
      <Text fw={700} aria-hidden>
        {table.caption}
      </Text>
      <Suspense fallback={<Skeleton height={260} />}>
        <IndicatorChart table={table} />
      </Suspense>
      <Group gap="sm">
        <Button variant="subtle" size="compact-sm" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('editor.hideTable') : t('editor.showTable')}
        </Button>
      </Group>
      <div className={showTable ? undefined : 'visually-hidden'}>
        <FigureTableView table={table} id={tableId} hidden={!showTable} />
      </div>
    </figure>
  );
}
