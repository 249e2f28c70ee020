import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { documentExportUrl, downloadFile, FileDownloadError, useAuthorizedFetch, type DocumentFormat } from '@mps/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const FORMATS: DocumentFormat[] = ['pdf', 'docx'];

/** What a failed download says, by HTTP status (0: the server could not be reached); anything else: "try again". */
const FAILURE_MESSAGES = {
  0: 'errors.network',
  401: 'errors.sessionEnded',
  403: 'downloads.forbidden',
  404: 'errors.notFound',
  412: 'downloads.tooLarge',
  429: 'downloads.busy',
} as const;
type FailureMessage = (typeof FAILURE_MESSAGES)[keyof typeof FAILURE_MESSAGES] | 'downloads.failed';
const failureMessage = (status: number): FailureMessage =>
  (FAILURE_MESSAGES as Partial<Record<number, FailureMessage>>)[status] ?? 'downloads.failed';

/**
 * "Download PDF" and "Download Word" for a release, or "Download draft (PDF / Word)" for a profile's current draft.
 * The server builds the file (a large profile takes a while): the clicked button shows it is working and says so to
 * screen readers; a failure is said in words next to the buttons, and the other button waits meanwhile.
 */
export function DocumentDownloads({ kind, id, baseName }: { kind: 'release' | 'draft'; id: string; baseName: string }) {
  const { t, i18n } = useTranslation();
  const authorizedFetch = useAuthorizedFetch();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (format: DocumentFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      await downloadFile(authorizedFetch, documentExportUrl(kind, id, format, i18n.resolvedLanguage ?? i18n.language), `${baseName}.${format}`);
    } catch (err) {
      const status = err instanceof FileDownloadError ? err.status : -1;
      setFailure(t(failureMessage(status)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap={6}>
      <Group gap="sm">
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === format}
            loaderProps={{ 'aria-label': t('downloads.preparing') }}
            disabled={busy !== null && busy !== format}
            onClick={() => void download(format)}
          >
            {t(`downloads.${kind}.${format}`)}
          </Button>
        ))}
      </Group>
      <div aria-live="polite">
        {busy ? (
          <Text size="sm" c="dimmed">
            {t('downloads.preparing')}
          </Text>
        ) : null}
      </div>
      {failure ? (
        <Alert color="red" role="alert" title={t('downloads.failedTitle')}>
          {failure}
        </Alert>
      ) : null}
    </Stack>
  );
}
