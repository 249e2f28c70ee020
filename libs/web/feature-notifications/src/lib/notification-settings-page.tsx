import { useMutation, useQuery, describeError, type EmailNotificationMode } from '@mps/web-data-access';
import { Alert, Anchor, Button, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { LoadingSkeleton, PageHeader } from '@mps/web-ui';
import { problemMessage, QueryError, usePageTitle } from '@mps/web-util';
import { EMAIL_NOTIFICATION_MODES } from '@mps/shared-domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOTIFICATION_PREFERENCES_QUERY, UPDATE_NOTIFICATION_PREFERENCES } from './notification-documents';

/** How the person is e-mailed about notifications: as they happen, a daily digest, or not at all. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const { data, error, refetch } = useQuery(NOTIFICATION_PREFERENCES_QUERY);
  const [choice, setChoice] = useState<EmailNotificationMode | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saveState] = useMutation(UPDATE_NOTIFICATION_PREFERENCES);
  // The person's pick, else what is stored.
  const selected = choice ?? data?.notificationPreferences.email ?? null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    setSaved(false);
    const result = await save({ variables: { email: selected } }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <>
      <PageHeader
        back={
          <Anchor component={Link} to="/notifications" size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
            {t('notifications.settings.back')}
          </Anchor>
        }
        title={t('notifications.settings.title')}
        description={t('notifications.settings.description')}
      />
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !selected ? (
        <LoadingSkeleton rows={3} />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={640}>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="lg">
              <Radio.Group
                value={selected}
                onChange={(value) => {
                  setChoice(value as EmailNotificationMode);
                  setSaved(false);
                }}
                label={t('notifications.settings.legend')}
                styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700, marginBottom: 8 } }}
              >
                <Stack gap="md">
                  {EMAIL_NOTIFICATION_MODES.map((mode) => (
                    <Radio key={mode} value={mode} label={t(`notifications.settings.${mode}`)} description={t(`notifications.settings.${mode}_help`)} />
                  ))}
                </Stack>
              </Radio.Group>
              {saveState.error ? (
                <Alert color="red" variant="outline" role="alert">
                  {problemMessage(t, describeError(saveState.error))}
                </Alert>
              ) : null}
              <div role="status" aria-live="polite">
                {saved ? (
                  <Alert color="green" variant="light">
                    <Text size="sm">{t('notifications.settings.saved')}</Text>
                  </Alert>
                ) : null}
              </div>
              <Button type="submit" loading={saveState.loading} style={{ alignSelf: 'flex-start' }}>
                {t('notifications.settings.save')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </>
  );
}
