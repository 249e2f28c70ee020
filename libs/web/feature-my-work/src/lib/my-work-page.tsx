import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, LoadingSkeleton, PageHeader } from '@mps/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@mps/web-util';

export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const { user } = useAuth();
  const current = useCurrentWorkspace();

  let context: React.ReactNode;
  if (current.loading) {
    context = <LoadingSkeleton rows={1} />;
  } else if (current.workspace && current.role && current.membership) {
    context = (
      <Trans
        i18nKey="myWork.roleIn"
        values={{
          role: t(`roles.${current.role}`),
          organization: current.membership.organization.name,
          workspace: current.workspace.name,
        }}
        components={{ strong: <strong /> }}
      />
    );
  } else if (current.workspace && user?.isPlatformAdmin) {
    context = (
      <Trans i18nKey="myWork.adminIn" values={{ workspace: current.workspace.name }} components={{ strong: <strong /> }} />
    );
  } else {
    context = t('myWork.noWorkspace');
  }

  return (
    <>
      <PageHeader
        eyebrow={current.workspace?.name}
        title={t('myWork.title')}
        description={t('myWork.greeting', { name: user?.displayName ?? '' })}
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Text size="lg" component="div">
            {context}
          </Text>
          {current.role ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t(`roleHelp.${current.role}`)}
            </Text>
          ) : null}
        </Paper>
        <section aria-labelledby="my-tasks-heading">
          <Title order={2} id="my-tasks-heading" mb="md">
            {t('myWork.tasksHeading')}
          </Title>
          <EmptyState
            headingOrder={3}
            icon={<IconChecklist size={24} />}
            title={t('myWork.emptyTitle')}
            action={
              current.workspace ? (
                <Anchor component={Link} to="/profiles">
                  {t('myWork.openProfiles')}
                </Anchor>
              ) : undefined
            }
          >
            {t('myWork.emptyBody')}
          </EmptyState>
        </section>
      </Stack>
    </>
  );
}
