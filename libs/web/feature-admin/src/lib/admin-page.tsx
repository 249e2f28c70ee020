import { Stack } from '@mantine/core';
import { useQuery, useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { LoadingSkeleton, PageHeader } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { NotAllowed, QueryError, usePageTitle } from '@mps/web-util';
import { ADMIN_WORKSPACE_QUERY } from './admin-documents';
import { MembersSection } from './members-section';
import { OrganisationsSection } from './organisations-section';

export function AdminPage() {
  const { t } = useTranslation();
  const current = useCurrentWorkspace();
  const { user } = useAuth();
  if (current.loading) return <LoadingSkeleton variant="page" />;
  if (!current.workspace || !current.canAdminister) return <NotAllowed body={t('notAllowed.adminBody')} />;
  return <AdminWorkspace workspaceId={current.workspace.id} currentUserId={user?.id ?? null} />;
}

function AdminWorkspace({ workspaceId, currentUserId }: { workspaceId: string; currentUserId: string | null }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const { data, error, refetch } = useQuery(ADMIN_WORKSPACE_QUERY, { variables: { id: workspaceId } });
  const workspace = data?.workspace;

  return (
    <>
      <PageHeader
        eyebrow={workspace?.name}
        title={t('admin.title')}
        description={workspace ? t('admin.description', { workspace: workspace.name }) : undefined}
      />
      {error && !workspace ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !workspace ? (
        <LoadingSkeleton variant="table" rows={5} />
      ) : (
        <Stack gap={48}>
          <OrganisationsSection workspaceId={workspace.id} organizations={workspace.organizations} />
          <MembersSection
            workspaceId={workspace.id}
            members={workspace.members}
            invitations={workspace.invitations}
            organizations={workspace.organizations}
            currentUserId={currentUserId}
          />
        </Stack>
      )}
    </>
  );
}
