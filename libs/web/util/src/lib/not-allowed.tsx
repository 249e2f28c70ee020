import { Anchor, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLeaveFirstPaint } from './first-paint';
import { usePageTitle } from './page-title';

/** Shown when the person's role does not allow the page (the server refuses the actions too). */
export function NotAllowed({ body }: { body: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  useLeaveFirstPaint();
  return (
    <Stack gap="md" maw="42rem">
      <IconLock size={40} aria-hidden color="var(--mantine-color-gray-7)" />
      <Title order={1}>{t('notAllowed.title')}</Title>
      <Text size="lg">{body}</Text>
      <Anchor component={Link} to="/my-work" size="lg">
        {t('notAllowed.back')}
      </Anchor>
    </Stack>
  );
}
