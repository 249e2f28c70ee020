import { Anchor, Card, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useQuery, useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, formatDate, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PrepareReleaseForm } from './prepare-release-form';
import { ReadinessChecklist } from './readiness-checklist';
import { ReleaseDetail } from './release-detail';
import { ReleaseStatusBadge } from './release-status-badge';
import { WORKSPACE_RELEASES_QUERY } from './releases-documents';

/**
 * Releases of the workspace's profiles. Everyone who reads the workspace sees the list; those who read every draft
 * see the release gate's checklist; coordinators prepare, review the candidate, publish and withdraw. The profile and
 * the open release are in the address (?profile=, ?release=) so that a link or a reload keeps them.
 */
export function ReleasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('releases.title'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id;
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(WORKSPACE_RELEASES_QUERY, { variables: { id: workspaceId ?? '' }, skip: !workspaceId });
  const profiles = data?.workspace.profiles ?? [];
  const profile = profiles.find((p) => p.id === params.get('profile')) ?? profiles[0] ?? null;
  const releaseId = params.get('release');
  const select = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };

  let body: React.ReactNode;
  if (current.loading) body = <LoadingSkeleton variant="table" />;
  else if (!workspaceId) body = <Text>{t('releases.noWorkspace')}</Text>;
  else if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingSkeleton variant="table" />;
  else if (!profile)
    body = (
      <EmptyState icon={<IconPackage size={24} />} title={t('releases.noProfileTitle')}>
        {t('releases.noProfileBody')}
      </EmptyState>
    );
  else
    body = (
      <Stack gap="lg">
        {profiles.length > 1 ? (
          <NativeSelect
            label={t('releases.profileLabel')}
            value={profile.id}
            onChange={(event) => select({ profile: event.currentTarget.value, release: null })}
            data={profiles.map((p) => ({ value: p.id, label: `${p.title} (${p.edition})` }))}
            w={{ base: '100%', sm: 420 }}
          />
        ) : null}
        {current.may('releaseReadiness') ? (
          <Stack gap="sm" component="section" aria-labelledby="readiness-title">
            <Title order={2} size="h3" id="readiness-title">
              {t('releases.readinessTitle')}
            </Title>
            <ReadinessChecklist profileId={profile.id} />
          </Stack>
        ) : null}
        {current.may('prepareRelease') ? (
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="prepare-title">
            <Title order={2} size="h3" id="prepare-title" mb="sm">
              {t('releases.prepareTitle')}
            </Title>
            <PrepareReleaseForm
              profileId={profile.id}
              workspaceId={workspaceId}
              onPrepared={(id) => select({ profile: profile.id, release: id })}
            />
          </Card>
        ) : null}
        <Stack gap="sm" component="section" aria-labelledby="list-title">
          <Title order={2} size="h3" id="list-title">
            {t('releases.listTitle', { profile: profile.title, edition: profile.edition })}
          </Title>
          {profile.releases.length === 0 ? (
            <EmptyState icon={<IconPackage size={24} />} title={t('releases.emptyTitle')}>
              {t('releases.emptyBody')}
            </EmptyState>
          ) : (
            <ResponsiveTable aria-label={t('releases.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('releases.version')}</Table.Th>
                  <Table.Th scope="col">{t('releases.statusLabel')}</Table.Th>
                  <Table.Th scope="col">{t('releases.prepared')}</Table.Th>
                  <Table.Th scope="col">{t('releases.publishedColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {profile.releases.map((r) => (
                  <Table.Tr key={r.id} aria-current={r.id === releaseId ? 'true' : undefined}>
                    <Table.Td>
                      <Anchor component={Link} to={`?profile=${profile.id}&release=${r.id}`} fw={600}>
                        {t('releases.versionLink', { version: r.version })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td data-label={t('releases.statusLabel')}>
                      <ReleaseStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td data-label={t('releases.prepared')}>{formatDate(r.createdAt)}</Table.Td>
                    <Table.Td data-label={t('releases.publishedColumn')}>{r.publishedAt ? formatDate(r.publishedAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ResponsiveTable>
          )}
        </Stack>
        {releaseId && profile.releases.some((r) => r.id === releaseId) ? (
          <ReleaseDetail key={releaseId} releaseId={releaseId} workspaceId={workspaceId} mayManage={current.may('publishRelease')} />
        ) : null}
      </Stack>
    );

  return (
    <>
      <PageHeader eyebrow={current.workspace?.name} title={t('releases.title')} description={t('releases.description')} />
      {body}
    </>
  );
}
