import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@mps/web-data-access';
import { formatNumber, LoadingSkeleton, ResponsiveTable } from '@mps/web-ui';
import { QueryError } from '@mps/web-util';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INDICATOR_SERIES_QUERY } from './indicators-documents';
import { figureText } from './labels';

/** Colours with enough contrast on white, told apart by their dash pattern too (never colour alone). */
const LINES = [
  { stroke: '#1d4ed8', dash: undefined },
  { stroke: '#b45309', dash: '6 3' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '8 3 2 3' },
];

/**
 * The indicator over time: a line per supplying organisation across periods (the chosen figure where organisations
 * differ), and the same figures in a table, which is what screen readers get (the chart is hidden from them). Below,
 * the figures as each published edition froze them.
 */
export function OverTime({ indicatorId, unit }: { indicatorId: string; unit: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(INDICATOR_SERIES_QUERY, { variables: { indicatorId } });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingSkeleton variant="table" />;
  const { points, editions } = data.indicatorSeries;
  if (!points.length && !editions.length) return <Text c="dimmed">{t('indicators.noSeries')}</Text>;
  const organizations = [...new Set(points.map((p) => p.organizationName))];
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    for (const p of points.filter((x) => x.period === period)) row[p.organizationName] = p.dataGap ? null : (p.value ?? null);
    return row;
  });
  return (
    <Stack gap="md">
      {periods.length > 1 ? (
        <figure style={{ margin: 0 }} aria-hidden>
          <div style={{ width: '100%', height: 280 }}>
            <ResponsiveContainer>
              {/* A picture of the table below (hidden from screen readers): not a keyboard stop either. */}
              <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e5e7eb" />
                <XAxis dataKey="period" />
                <YAxis width={72} tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })} />
                <Tooltip formatter={(v) => (typeof v === 'number' ? figureText(t, { value: v, dataGap: false, unit }) : String(v))} />
                <Legend />
                {organizations.map((name, index) => {
                  const look = LINES[index % LINES.length]!;
                  return (
                    <Line
                      key={name}
                      type="linear"
                      dataKey={name}
                      stroke={look.stroke}
                      strokeDasharray={look.dash}
                      strokeWidth={2}
                      connectNulls={false}
                      isAnimationActive={false}
                    />
                  );
                })}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ) : null}
      <ResponsiveTable aria-label={t('indicators.seriesTableLabel')}>
        <Table.Caption>{t('indicators.seriesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.period')}</Table.Th>
            <Table.Th scope="col">{t('indicators.value')}</Table.Th>
            <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((p, index) => (
            <Table.Tr key={`${p.period}-${p.organizationName}-${index}`}>
              <Table.Th scope="row" data-label={t('indicators.period')}>
                {p.period}
              </Table.Th>
              <Table.Td data-label={t('indicators.value')}>
                {figureText(t, { ...p, unit })}
                {p.differing ? ` (${t('indicators.differsShort')})` : ''}
              </Table.Td>
              <Table.Td data-label={t('indicators.organisation')}>{p.organizationName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
      {editions.length ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('indicators.editionsTitle')}
          </Title>
          <ResponsiveTable aria-label={t('indicators.editionsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.release')}</Table.Th>
                <Table.Th scope="col">{t('indicators.period')}</Table.Th>
                <Table.Th scope="col">{t('indicators.value')}</Table.Th>
                <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {editions.flatMap((e) =>
                e.points.map((p, index) => (
                  <Table.Tr key={`${e.releaseId}-${index}`}>
                    <Table.Td data-label={t('indicators.release')}>{t('indicators.releaseLabel', { version: e.version, edition: e.edition })}</Table.Td>
                    <Table.Td data-label={t('indicators.period')}>{p.period}</Table.Td>
                    <Table.Td data-label={t('indicators.value')}>{figureText(t, { ...p, unit })}</Table.Td>
                    <Table.Td data-label={t('indicators.organisation')}>{p.organizationName}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </ResponsiveTable>
        </Stack>
      ) : null}
    </Stack>
  );
}
