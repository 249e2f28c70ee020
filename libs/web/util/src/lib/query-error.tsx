import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { describeError } from '@mps/web-data-access';
import { useTranslation } from 'react-i18next';
import { useLeaveFirstPaint } from './first-paint';
import { problemMessage } from './problem-message';

/** A failed page load: what happened and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = problemMessage(t, describeError(error));
  // In place of what the server painted first, if anything: the problem shows at once.
  useLeaveFirstPaint();
  return (
    <Alert
      color="red"
      variant="outline"
      radius="md"
      role="alert"
      icon={<IconAlertCircle aria-hidden />}
      title={t('errors.loadFailed')}
      styles={{ root: { borderWidth: 2 }, title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="black">
          {message}
        </Text>
        {onRetry ? (
          <Button size="sm" variant="default" onClick={onRetry}>
            {t('errors.tryAgain')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
