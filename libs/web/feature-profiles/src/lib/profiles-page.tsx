import { Anchor, Stack, Table, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQuery, useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, formatDate, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, usePageTitle } from '@mps/web-util';
import { NewProfileButton } from './new-profile-dialog';
import { WORKSPACE_PROFILES_QUERY } from './profiles-documents';

export function ProfilesPage() {
  const { t } = useTranslation();
  usePageTitle(t('profiles.title'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id;
  const { data, error, refetch } = useQuery(WORKSPACE_PROFILES_QUERY, {
    variables: { id: workspaceId ?? '' },
    skip: !workspaceId,
  });
  const profiles = data?.workspace.profiles ?? [];
  // Next editions start from a published release of an earlier edition.
  const publishedReleases = profiles.flatMap((p) =>
    p.releases.filter((r) => r.status === 'PUBLISHED').map((r) => ({ id: r.id, label: `${p.title} (${p.edition}): ${r.version}` })),
  );

  let body: React.ReactNode;
  if (current.loading) body = <LoadingSkeleton variant="table" />;
  else if (!workspaceId) body = <Text>{t('profiles.noWorkspace')}</Text>;
  else if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingSkeleton variant="table" />;
  else if (profiles.length === 0)
    body = (
      <EmptyState icon={<IconFileText size={24} />} title={t('profiles.emptyTitle')}>
        {t('profiles.emptyBody')}
      </EmptyState>
    );
  else
    body = (
      <ResponsiveTable>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('profiles.profileTitle')}</Table.Th>
            <Table.Th scope="col">{t('profiles.edition')}</Table.Th>
            <Table.Th scope="col">{t('profiles.sections')}</Table.Th>
            <Table.Th scope="col">{t('profiles.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profiles.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/profiles/${p.id}`} fw={600}>
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td data-label={t('profiles.edition')}>{p.edition}</Table.Td>
              <Table.Td data-label={t('profiles.sections')}>
                {t('profiles.sectionsCount', { count: p.sections.length })}
              </Table.Td>
              <Table.Td data-label={t('profiles.created')}>{formatDate(p.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    );

  return (
    <>
      <PageHeader
        eyebrow={current.workspace?.name}
        title={t('profiles.title')}
        description={current.workspace ? t('profiles.description', { workspace: current.workspace.name }) : undefined}
        actions={
          workspaceId && current.may('createProfile') ? (
            <NewProfileButton workspaceId={workspaceId} publishedReleases={publishedReleases} />
          ) : undefined
        }
      />
      <Stack gap="md">{body}</Stack>
    </>
  );
}
