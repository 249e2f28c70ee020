import type { FigureTable } from '@mps/shared-domain';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Colours with enough contrast on white; bars are told apart by the legend and their order too. */
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e', '#4d7c0f', '#374151'];
const compact = new Intl.NumberFormat('en', { notation: 'compact' });

/**
 * A bar chart of a figure table: a group of bars per period, a bar per indicator. Hidden from screen readers (the
 * table is their alternative); loaded on demand so that reading pays for recharts only where a chart is shown.
 */
export default function IndicatorChart({ table }: { table: FigureTable }) {
  const periods = table.head.slice(1);
  const data = periods.map((period, p) => {
    const point: Record<string, string | number | null> = { period };
    for (const row of table.rows) point[row.header] = row.values?.[p] ?? null;
    return point;
  });
  return (
    <div style={{ width: '100%', height: 260 }} aria-hidden data-testid="indicator-chart">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="period" />
          <YAxis width={72} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip />
          <Legend />
          {table.rows.map((row, i) => (
            <Bar key={row.header} dataKey={row.header} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
