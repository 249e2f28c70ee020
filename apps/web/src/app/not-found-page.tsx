import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@mps/web-util';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text size="lg">{t('notFound.body')}</Text>
      <Anchor component={Link} to="/" size="lg">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
