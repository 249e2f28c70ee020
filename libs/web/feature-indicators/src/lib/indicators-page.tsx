import { Alert, Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartLine, IconPlus, IconUpload, IconWorld } from '@tabler/icons-react';
import { useQuery, useCurrentWorkspace } from '@mps/web-data-access';
import { GMG_PARTS } from '@mps/shared-domain';
import { EmptyState, formatDate, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link } from 'react-router';
import { CatalogueVersionsPanel, IndicatorFormModal } from './indicator-forms';
import { INDICATORS_QUERY } from './indicators-documents';
import { disaggregationText } from './labels';

/**
 * The workspace's indicator catalogue, grouped by the parts of the GMG common set, with the figures each holds, the
 * differing figures still waiting for a coordinator, and the adopted catalogue version.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.title'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id;
  const { data, error, refetch } = useQuery(INDICATORS_QUERY, { variables: { workspaceId: workspaceId ?? '' }, skip: !workspaceId });
  const [adding, setAdding] = useState(false);

  let body: React.ReactNode;
  if (current.loading) body = <LoadingSkeleton variant="table" />;
  else if (!workspaceId) body = <Text>{t('indicators.noWorkspace')}</Text>;
  else if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingSkeleton variant="table" />;
  else if (data.indicators.length === 0)
    body = (
      <EmptyState icon={<IconChartLine size={24} />} title={t('indicators.emptyTitle')}>
        {t('indicators.emptyBody')}
      </EmptyState>
    );
  else {
    const adopted = data.indicatorCatalogueVersions[0];
    const differing = data.differingFigures;
    body = (
      <Stack gap="xl">
        <Text>
          {adopted
            ? t('indicators.adopted', { number: adopted.number, date: formatDate(adopted.adoptedOn), decision: adopted.decision })
            : t('indicators.notAdopted')}
        </Text>
        {differing.length ? (
          <Alert color="orange" variant="light" title={t('indicators.differingTitle', { count: differing.length })} component="section" aria-labelledby="differing-title">
            <Text size="sm" mb="xs" id="differing-title">
              {t('indicators.differingBody')}
            </Text>
            <List size="sm">
              {differing.map((d) => (
                <List.Item key={`${d.indicatorId}|${d.period}|${d.sex}|${d.ageGroup ?? ''}|${d.countryCode ?? ''}`}>
                  <Anchor component={Link} to={`/indicators/${d.indicator.id}#differing`}>
                    {t('indicators.differingItem', { code: d.indicator.code, name: d.indicator.name, period: d.period, slice: disaggregationText(t, d) })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {GMG_PARTS.map((part) => {
          const rows = data.indicators.filter((i) => i.gmgPart === part);
          if (!rows.length) return null;
          return (
            <Stack gap="sm" component="section" key={part} aria-labelledby={`part-${part}`}>
              <Title order={2} size="h3" id={`part-${part}`}>
                {t('indicators.partTitle', { part, title: t(`indicators.gmgPart.${part}`) })}
              </Title>
              <ResponsiveTable aria-labelledby={`part-${part}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.code')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.name')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.unit')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.figures')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((i) => {
                    const periods = [...new Set(i.dataPoints.map((p) => p.period))].sort();
                    return (
                      <Table.Tr key={i.id}>
                        <Table.Td data-label={t('indicators.code')}>
                          <Text ff="monospace" size="sm">
                            {i.code}
                          </Text>
                        </Table.Td>
                        <Table.Td data-label={t('indicators.name')}>
                          <Anchor component={Link} to={`/indicators/${i.id}`} fw={600}>
                            {i.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td data-label={t('indicators.unit')}>{i.unit}</Table.Td>
                        <Table.Td data-label={t('indicators.figures')}>
                          {periods.length
                            ? t('indicators.figureCount', { count: i.dataPoints.length, from: periods[0], to: periods.at(-1) })
                            : t('indicators.noFigures')}
                        </Table.Td>
                        <Table.Td data-label={t('indicators.status')}>
                          {/* Plain words, not a badge: a badge would cut "To be confirmed by the TWG" short. */}
                          <Text size="sm" fw={600} c={i.toBeConfirmed ? 'yellow.9' : 'green.8'}>
                            {i.toBeConfirmed ? t('indicators.toBeConfirmed') : t('indicators.confirmed')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </ResponsiveTable>
            </Stack>
          );
        })}
        {current.may('adoptIndicatorCatalogue') && workspaceId ? (
          <CatalogueVersionsPanel workspaceId={workspaceId} versions={data.indicatorCatalogueVersions} />
        ) : null}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow={current.workspace?.name}
        title={t('indicators.title')}
        description={t('indicators.description')}
        actions={
          <Group gap="sm">
            {current.workspace?.kind === 'REGIONAL' ? (
              <Button component={Link} to="/indicators/regional" variant="default" leftSection={<IconWorld size={18} aria-hidden />}>
                {t('indicators.regionalAction')}
              </Button>
            ) : null}
            {current.may('createIndicator') && workspaceId ? (
              <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
                {t('indicators.forms.addAction')}
              </Button>
            ) : null}
            {current.may('importIndicatorData') ? (
              <Button component={Link} to="/indicators/import" leftSection={<IconUpload size={18} aria-hidden />}>
                {t('indicators.importAction')}
              </Button>
            ) : null}
          </Group>
        }
      />
      {workspaceId ? <IndicatorFormModal opened={adding} onClose={() => setAdding(false)} workspaceId={workspaceId} /> : null}
      {body}
    </>
  );
}
