import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useAuth } from '@mps/web-data-access';
import { LoadingSkeleton } from '@mps/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

/** Renders its children only for a signed-in person; restores a session after a reload first. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, user, userError, reloadUser, signOutReason, retryRestore, logout } = useAuth();
  const location = useLocation();

  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    const keepNext = signOutReason !== 'logout' && next !== '/' && next !== '/my-work';
    return <Navigate to={keepNext ? `/login?next=${encodeURIComponent(next)}` : '/login'} replace />;
  }
  if (status === 'unreachable' || (status === 'signed-in' && !user && userError)) {
    return (
      <Container size="sm" py="xl">
        <Stack gap="md">
          <Title order={1}>{t('unreachable.title')}</Title>
          <Text size="lg">{t('unreachable.body')}</Text>
          <Group>
            <Button onClick={status === 'unreachable' ? retryRestore : reloadUser}>{t('unreachable.retry')}</Button>
            <Button variant="default" onClick={() => void logout()}>
              {t('unreachable.signInAgain')}
            </Button>
          </Group>
        </Stack>
      </Container>
    );
  }
  if (status === 'restoring' || !user) {
    return (
      <Container size="md" py="xl">
        <LoadingSkeleton variant="page" label={t('app.restoring')} />
      </Container>
    );
  }
  return <>{children}</>;
}
