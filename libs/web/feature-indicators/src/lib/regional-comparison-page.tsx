import { Anchor, Button, Group, List, MultiSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, describeError, useCurrentWorkspace, type RegionalComparisonQuery } from '@mps/web-data-access';
import { COMPARISON_FLAGS, type ComparisonFlag } from '@mps/shared-domain';
import { ConfirmDialog, EmptyState, formatDate, FormError, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { figureText } from './labels';
import { regionalComparisonCsv } from './regional-csv';
import {
  ADD_REGIONAL_MEMBER_MUTATION,
  REGIONAL_COMPARISON_QUERY,
  REGIONAL_MEMBERS_QUERY,
  REMOVE_REGIONAL_MEMBER_MUTATION,
} from './regional-documents';

type Comparison = RegionalComparisonQuery['regionalComparison'];

/**
 * A regional workspace's comparison of its member countries (issue 11 item 8): the member list (kept by coordinators),
 * a choice of indicators, and per indicator a table country × period from each country's published figures, every
 * flag said in words beside the figure (never colour alone), with a CSV download of what is shown.
 */
export function RegionalComparisonPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.regional.title'));
  const current = useCurrentWorkspace();
  const workspace = current.workspace;
  const [codes, setCodes] = useState<string[]>([]);
  const regional = workspace?.kind === 'REGIONAL';
  const { data, error, refetch, previousData } = useQuery(REGIONAL_COMPARISON_QUERY, {
    variables: { workspaceId: workspace?.id ?? '', indicatorCodes: codes },
    skip: !workspace || !regional,
  });
  const shown = data ?? previousData;

  let body: React.ReactNode;
  if (current.loading) body = <LoadingSkeleton variant="table" />;
  else if (!workspace) body = <Text>{t('indicators.noWorkspace')}</Text>;
  else if (!regional) body = <Text>{t('indicators.regional.nationalWorkspace')}</Text>;
  else if (error && !shown) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!shown) body = <LoadingSkeleton variant="table" />;
  else {
    const comparison = shown.regionalComparison;
    body = (
      <Stack gap="xl">
        <MemberCountries workspaceId={workspace.id} mayManage={current.may('addRegionalMember')} comparison={comparison} onChange={() => void refetch()} />
        {comparison.countries.length === 0 ? null : comparison.available.length === 0 ? (
          <EmptyState icon={<IconWorld size={24} />} title={t('indicators.regional.nothingPublishedTitle')}>
            {t('indicators.regional.nothingPublishedBody')}
          </EmptyState>
        ) : (
          <Stack gap="lg" component="section" aria-labelledby="regional-tables">
            <Title order={2} size="h3" id="regional-tables">
              {t('indicators.regional.tablesTitle')}
            </Title>
            <Group align="flex-end" gap="md" wrap="wrap">
              <MultiSelect
                label={t('indicators.regional.chooseIndicators')}
                description={t('indicators.regional.chooseIndicatorsHint')}
                placeholder={codes.length ? undefined : t('indicators.regional.choosePlaceholder')}
                data={comparison.available.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` }))}
                value={codes}
                onChange={setCodes}
                searchable
                clearable
                maxValues={20}
                // Long indicator names must not widen the page on a phone: a pill ends in an ellipsis instead.
                styles={{ pill: { maxWidth: '100%' } }}
                style={{ flex: '1 1 20rem', minWidth: 0 }}
              />
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                disabled={!data || comparison.cells.length === 0}
                onClick={() => downloadCsv(comparison, workspace.slug)}
              >
                {t('indicators.regional.downloadCsv')}
              </Button>
            </Group>
            {comparison.indicators.length ? (
              <>
                <FlagLegend />
                {comparison.indicators.map((indicator) => (
                  <IndicatorTable key={indicator.code} comparison={comparison} code={indicator.code} />
                ))}
              </>
            ) : (
              <Text c="dimmed">{t('indicators.regional.chooseFirst')}</Text>
            )}
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow={workspace?.name}
        title={t('indicators.regional.title')}
        description={t('indicators.regional.description')}
        back={
          <Anchor component={Link} to="/indicators" size="sm">
            {t('indicators.regional.back')}
          </Anchor>
        }
      />
      {body}
    </>
  );
}

function downloadCsv(comparison: Comparison, slug: string): void {
  const blob = new Blob([regionalComparisonCsv(comparison)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${slug}-regional-comparison.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function FlagLegend() {
  const { t } = useTranslation();
  return (
    <details>
      <summary>
        <Text span fw={600}>
          {t('indicators.regional.legendTitle')}
        </Text>
      </summary>
      <List size="sm" mt="xs">
        {COMPARISON_FLAGS.map((flag) => (
          <List.Item key={flag}>
            <Text span fw={600}>
              {t(`indicators.regional.flag.${flag}`)}
            </Text>
            {': '}
            {t(`indicators.regional.flagHelp.${flag}`)}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

export function IndicatorTable({ comparison, code }: { comparison: Comparison; code: string }) {
  const { t } = useTranslation();
  const indicator = comparison.indicators.find((i) => i.code === code)!;
  const headingId = `regional-${code.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const countryName = new Map(comparison.countries.map((c) => [c.workspaceId, c.name]));
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('indicators.regional.tableTitle', { code: indicator.code, name: indicator.name, unit: indicator.unit })}
      </Title>
      <Text size="sm">
        {indicator.internationalReference
          ? t('indicators.regional.reference', { reference: indicator.internationalReference })
          : t('indicators.regional.noReference')}
      </Text>
      {indicator.definitionsDiffer ? (
        <div>
          <Text size="sm" fw={600}>
            {t('indicators.regional.definitionsDiffer')}
          </Text>
          <List size="sm">
            {indicator.definitions.map((d, index) => (
              <List.Item key={`${d.workspaceId}-${index}`}>
                {t('indicators.regional.definitionOf', { country: countryName.get(d.workspaceId) ?? '', definition: d.definition })}
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <ResponsiveTable aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.regional.country')}</Table.Th>
            {comparison.periods.map((p) => (
              <Table.Th scope="col" key={p}>
                {p}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparison.countries.map((country) => (
            <Table.Tr key={country.workspaceId}>
              <Table.Th scope="row" data-label={t('indicators.regional.country')}>
                {country.name}
              </Table.Th>
              {comparison.periods.map((p) => {
                const cell = comparison.cells.find((c) => c.indicatorCode === code && c.workspaceId === country.workspaceId && c.period === p);
                return (
                  <Table.Td key={p} data-label={p}>
                    {cell ? <CellContent cell={cell} /> : null}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    </Stack>
  );
}

function CellContent({ cell }: { cell: Comparison['cells'][number] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {cell.figures.map((f, index) => (
        <Text size="sm" key={index} fw={600}>
          {figureText(t, { value: f.value, dataGap: f.dataGap, unit: '' })}
          {cell.figures.length > 1 ? (
            <Text span size="xs" fw={400}>
              {' '}
              ({f.organizationName})
            </Text>
          ) : null}
        </Text>
      ))}
      {cell.flags.map((flag) => (
        <Text size="xs" key={flag} c="orange.9">
          {t(`indicators.regional.flag.${flag as ComparisonFlag}`)}
        </Text>
      ))}
      {cell.releaseVersion ? (
        <Text size="xs" c="dimmed">
          {t('indicators.regional.fromRelease', { version: cell.releaseVersion })}
        </Text>
      ) : null}
    </Stack>
  );
}

function MemberCountries({
  workspaceId,
  mayManage,
  comparison,
  onChange,
}: {
  workspaceId: string;
  mayManage: boolean;
  comparison: Comparison;
  onChange(): void;
}) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(REGIONAL_MEMBERS_QUERY, { variables: { workspaceId, withCandidates: mayManage } });
  const [candidate, setCandidate] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ workspaceId: string; name: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [add, adding] = useMutation(ADD_REGIONAL_MEMBER_MUTATION);
  const [remove, removal] = useMutation(REMOVE_REGIONAL_MEMBER_MUTATION);
  const releasesOf = new Map(comparison.countries.map((c) => [c.workspaceId, c.releases]));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!candidate) {
      setFormError(t('indicators.regional.chooseCountry'));
      return;
    }
    try {
      const res = await add({ variables: { workspaceId, memberWorkspaceId: candidate } });
      notifications.show({ color: 'green', message: t('indicators.regional.addedNotice', { name: res.data?.addRegionalMember.name ?? '' }) });
      setCandidate(null);
      await refetch();
      onChange();
    } catch (err) {
      setFormError(describeError(err).message || t('errors.unknown'));
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({ variables: { workspaceId, memberWorkspaceId: removing.workspaceId } });
      notifications.show({ color: 'green', message: t('indicators.regional.removedNotice', { name: removing.name }) });
      setRemoving(null);
      await refetch();
      onChange();
    } catch (err) {
      setRemoveError(describeError(err).message || t('errors.unknown'));
    }
  };

  const members = data?.regionalMembers ?? [];
  const candidates = data?.regionalMemberCandidates ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="regional-members">
      <Title order={2} size="h3" id="regional-members">
        {t('indicators.regional.membersTitle')}
      </Title>
      {!data ? (
        <LoadingSkeleton variant="table" />
      ) : members.length === 0 ? (
        <Text>{mayManage ? t('indicators.regional.noMembersCoordinator') : t('indicators.regional.noMembers')}</Text>
      ) : (
        <List spacing="xs">
          {members.map((m) => {
            const releases = releasesOf.get(m.workspaceId) ?? [];
            return (
              <List.Item key={m.workspaceId}>
                <Group gap="sm" wrap="wrap">
                  <Text fw={600}>{m.countryCode ? `${m.name} (${m.countryCode})` : m.name}</Text>
                  <Text size="sm" c="dimmed">
                    {releases.length
                      ? t('indicators.regional.readsReleases', {
                          releases: releases.map((r) => `${r.profileTitle} ${r.version}${r.publishedAt ? `, ${formatDate(r.publishedAt)}` : ''}`).join('; '),
                        })
                      : t('indicators.regional.nothingPublished')}
                  </Text>
                  {mayManage ? (
                    <Button variant="subtle" color="red" size="compact-sm" onClick={() => setRemoving({ workspaceId: m.workspaceId, name: m.name })}>
                      {t('indicators.regional.removeAction', { name: m.name })}
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {mayManage && data ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="xs">
            {formError ? <FormError title={t('indicators.regional.addFailed')}>{formError}</FormError> : null}
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t('indicators.regional.addLabel')}
                description={t('indicators.regional.addHint')}
                placeholder={candidates.length ? t('indicators.regional.addPlaceholder') : t('indicators.regional.noCandidates')}
                data={candidates.map((c) => ({ value: c.workspaceId, label: c.countryCode ? `${c.name} (${c.countryCode})` : c.name }))}
                value={candidate}
                onChange={setCandidate}
                disabled={!candidates.length}
                searchable
                style={{ flex: '1 1 18rem' }}
              />
              <Button type="submit" loading={adding.loading} disabled={!candidates.length}>
                {t('indicators.regional.addAction')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('indicators.regional.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('indicators.regional.removeConfirm')}
        tone="danger"
        loading={removal.loading}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onCancel={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        {t('indicators.regional.removeBody')}
      </ConfirmDialog>
    </Stack>
  );
}
