import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useCurrentWorkspace } from '@mps/web-data-access';
import { LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DifferingFiguresCard } from './differing-figures';
import { FigureFormModal, type FigureValues, IndicatorFormModal } from './indicator-forms';
import { INDICATOR_QUERY } from './indicators-documents';
import { disaggregationText, figureText, organizationLabel } from './labels';

/** The chart library is large: it loads with the indicator page's "Over time" part, never with the catalogue or the import. */
const OverTime = lazy(() => import('./over-time').then((m) => ({ default: m.OverTime })));

/** One indicator: its definition and references, its figures over time, differing figures, and every figure. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId = '' } = useParams();
  const current = useCurrentWorkspace();
  const { data, error, refetch } = useQuery(INDICATOR_QUERY, { variables: { id: indicatorId } });
  const indicator = data?.indicator;
  const [editing, setEditing] = useState(false);
  const [figureForm, setFigureForm] = useState<{ figure?: FigureValues } | null>(null);
  usePageTitle(indicator ? indicator.name : t('indicators.title'));
  const back = (
    <Anchor component={Link} to="/indicators" size="sm">
      {t('indicators.back')}
    </Anchor>
  );
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!indicator) return <LoadingSkeleton variant="table" />;
  const workspaceId = current.workspace?.id ?? null;
  const ownOrganizationId = current.membership?.organization.id ?? null;
  // Coordinators enter figures for every organisation, focal points for their own (the server decides either way).
  const mayEnterForAll = current.can('data:enter-any');
  const mayCorrect = (organizationId: string) => current.may('recordDataPoint') && (mayEnterForAll || organizationId === ownOrganizationId);

  const facts: Array<[string, React.ReactNode]> = [
    [t('indicators.code'), <Text ff="monospace" key="code">{indicator.code}</Text>],
    [t('indicators.unit'), indicator.unit],
    [t('indicators.gmgPartLabel'), t('indicators.partTitle', { part: indicator.gmgPart, title: t(`indicators.gmgPart.${indicator.gmgPart}`) })],
    [t('indicators.internationalReference'), indicator.internationalReference ?? '—'],
    [t('indicators.sdgTarget'), indicator.sdgTarget ?? '—'],
    [t('indicators.gcmObjective'), indicator.gcmObjective ? t('indicators.gcmObjectiveValue', { number: indicator.gcmObjective }) : '—'],
  ];

  return (
    <>
      <PageHeader
        back={back}
        eyebrow={indicator.code}
        title={indicator.name}
        description={indicator.definition}
        actions={
          <Group gap="sm">
            {indicator.toBeConfirmed ? (
              <Text fw={600} c="yellow.9">
                {t('indicators.toBeConfirmed')}
              </Text>
            ) : null}
            {current.may('updateIndicator') ? (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('indicators.forms.editAction')}
              </Button>
            ) : null}
            {current.may('recordDataPoint') ? <Button onClick={() => setFigureForm({})}>{t('indicators.forms.enterAction')}</Button> : null}
          </Group>
        }
      />
      {workspaceId ? (
        <>
          <IndicatorFormModal opened={editing} onClose={() => setEditing(false)} workspaceId={workspaceId} indicator={indicator} />
          <FigureFormModal
            opened={figureForm !== null}
            onClose={() => setFigureForm(null)}
            workspaceId={workspaceId}
            indicator={indicator}
            ownOrganizationId={ownOrganizationId}
            mayChooseOrganization={mayEnterForAll}
            figure={figureForm?.figure}
          />
        </>
      ) : null}
      <Stack gap="xl">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="facts-title">
          <Title order={2} size="h3" id="facts-title" mb="sm">
            {t('indicators.factsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
            {facts.map(([term, value]) => (
              <div key={term}>
                <Text component="dt" size="sm" fw={600}>
                  {term}
                </Text>
                <Text component="dd" m={0}>
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Card>

        <Stack gap="sm" component="section" aria-labelledby="over-time-title">
          <Title order={2} size="h3" id="over-time-title">
            {t('indicators.overTimeTitle')}
          </Title>
          <Suspense fallback={<LoadingSkeleton variant="table" />}>
            <OverTime indicatorId={indicator.id} unit={indicator.unit} />
          </Suspense>
        </Stack>

        {indicator.differingFigures.length ? (
          <Stack gap="sm" component="section" aria-labelledby="differing-title" id="differing">
            <Title order={2} size="h3" id="differing-title">
              {t('indicators.differingSectionTitle')}
            </Title>
            <Text>{t('indicators.differingExplained')}</Text>
            {indicator.differingFigures.map((slice) => (
              <DifferingFiguresCard
                key={`${slice.period}|${slice.sex}|${slice.ageGroup ?? ''}|${slice.countryCode ?? ''}`}
                indicatorId={indicator.id}
                slice={slice}
                mayResolve={current.may('resolveDifferingFigures')}
              />
            ))}
          </Stack>
        ) : null}

        <Stack gap="sm" component="section" aria-labelledby="figures-title">
          <Group justify="space-between">
            <Title order={2} size="h3" id="figures-title">
              {t('indicators.allFiguresTitle', { count: indicator.dataPoints.length })}
            </Title>
            {current.may('importIndicatorData') ? (
              <Anchor component={Link} to="/indicators/import">
                {t('indicators.importAction')}
              </Anchor>
            ) : null}
          </Group>
          {indicator.dataPoints.length === 0 ? (
            <Text c="dimmed">{t('indicators.noFigures')}</Text>
          ) : (
            <ResponsiveTable aria-labelledby="figures-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('indicators.period')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.disaggregation')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.value')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.source')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.comparability')}</Table.Th>
                  {current.may('recordDataPoint') ? (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('indicators.forms.correctAction')}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {indicator.dataPoints.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td data-label={t('indicators.period')}>{p.period}</Table.Td>
                    <Table.Td data-label={t('indicators.disaggregation')}>{disaggregationText(t, p)}</Table.Td>
                    <Table.Td data-label={t('indicators.value')}>
                      {figureText(t, p)}
                      {p.note ? (
                        <Text size="xs" c="dimmed">
                          {p.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-label={t('indicators.organisation')}>{organizationLabel(p.organization)}</Table.Td>
                    <Table.Td data-label={t('indicators.source')}>
                      {t(`indicators.sourceType.${p.sourceType}`)}: {p.sourceName}
                      {p.nationalDefinition ? (
                        <Text size="xs" c="dimmed">
                          {t('indicators.definedAs', { definition: p.nationalDefinition })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-label={t('indicators.comparability')}>
                      {t(`indicators.comparabilityLevel.${p.comparability}`)}
                      {p.comparabilityNote ? (
                        <Text size="xs" c="dimmed">
                          {p.comparabilityNote}
                        </Text>
                      ) : null}
                    </Table.Td>
                    {current.may('recordDataPoint') ? (
                      <Table.Td>
                        {mayCorrect(p.organization.id) ? (
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            aria-label={t('indicators.forms.correctActionLabel', { period: p.period, organisation: organizationLabel(p.organization) })}
                            onClick={() =>
                              setFigureForm({
                                figure: {
                                  organizationId: p.organization.id,
                                  period: p.period,
                                  sex: p.sex,
                                  ageGroup: p.ageGroup ?? null,
                                  countryCode: p.countryCode ?? null,
                                  value: p.value ?? null,
                                  dataGap: p.dataGap,
                                  unit: p.unit,
                                  sourceType: p.sourceType,
                                  sourceName: p.sourceName,
                                  nationalDefinition: p.nationalDefinition ?? null,
                                  comparability: p.comparability,
                                  comparabilityNote: p.comparabilityNote ?? null,
                                  note: p.note ?? null,
                                },
                              })
                            }
                          >
                            {t('indicators.forms.correctAction')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ResponsiveTable>
          )}
        </Stack>
      </Stack>
    </>
  );
}
