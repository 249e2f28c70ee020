import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import type { Role, WorkspaceKind } from '@mps/shared-domain';
import { useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, usePageTitle } from '@mps/web-util';
import { CreateWorkspaceForm } from './create-workspace-form';

export function WorkspacesPage() {
  const { t } = useTranslation();
  usePageTitle(t('workspaces.title'));
  const { user } = useAuth();
  const current = useCurrentWorkspace();
  const isAdmin = user?.isPlatformAdmin ?? false;

  let list: React.ReactNode;
  if (current.loading) list = <LoadingSkeleton variant="table" rows={3} />;
  else if (current.error && current.workspaces.length === 0) list = <QueryError error={current.error} />;
  else if (current.workspaces.length === 0)
    list = (
      <EmptyState headingOrder={3} icon={<IconBuildingCommunity size={24} />} title={t('workspaces.emptyTitle')}>
        {isAdmin ? t('workspaces.emptyBodyAdmin') : t('workspaces.emptyBody')}
      </EmptyState>
    );
  else
    list = (
      <ResponsiveTable>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workspaces.name')}</Table.Th>
            <Table.Th scope="col">{t('workspaces.kind')}</Table.Th>
            <Table.Th scope="col">{t('workspaces.country')}</Table.Th>
            <Table.Th scope="col">{t('workspaces.yourRole')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('admin.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {current.workspaces.map((w) => {
            const isCurrent = w.id === current.workspace?.id;
            return (
              <Table.Tr key={w.id}>
                <Table.Td>
                  <Text fw={600}>{w.name}</Text>
                  {isCurrent ? (
                    <Badge mt={4} variant="outline" color="navy" radius="sm" tt="none">
                      {t('workspaces.current')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td data-label={t('workspaces.kind')}>{t(`workspaceKinds.${w.kind as WorkspaceKind}`)}</Table.Td>
                <Table.Td data-label={t('workspaces.country')}>{w.countryCode ?? t('workspaces.noCountry')}</Table.Td>
                <Table.Td data-label={t('workspaces.yourRole')}>
                  {w.myRole ? t(`roles.${w.myRole as Role}`) : isAdmin ? t('header.platformAdmin') : t('roles.none')}
                </Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to="/my-work"
                    size="sm"
                    variant={isCurrent ? 'default' : 'filled'}
                    onClick={() => current.selectWorkspace(w.id)}
                    aria-label={t('workspaces.openNamed', { name: w.name })}
                  >
                    {t('workspaces.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ResponsiveTable>
    );

  return (
    <>
      <PageHeader title={t('workspaces.title')} description={t('workspaces.description')} />
      <Stack gap={48}>
        <Stack component="section" aria-labelledby="ws-list-heading" gap="md">
          <Title order={2} id="ws-list-heading">
            {t('workspaces.listHeading')}
          </Title>
          {list}
        </Stack>
        {isAdmin ? <CreateWorkspaceForm /> : null}
      </Stack>
    </>
  );
}
