import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useDataClient, useMutation, useQuery, describeError, getFragmentData, graphql, hasErrorCode } from '@mps/web-data-access';
import { ProseHtml } from '@mps/web-editor';
import { bidiSlot, ConfirmDialog, formatDateTime, LoadingSkeleton, useReturnFocusOnUnmount, withBdi } from '@mps/web-ui';
import { problemMessage, QueryError } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESTORE_REVISION_MUTATION, SECTION_QUERY } from '../profile-documents';
import { historyFallback } from './history-focus';

/** What the dialog shows of a revision. */
export const REVISION_DIALOG_FIELDS = graphql(`
  fragment RevisionDialogFields on Revision {
    id
    number
    createdAt
    summary
    html
    author {
      id
      displayName
    }
  }
`);

export const REVISION_QUERY = graphql(`
  query RevisionContent($id: ID!) {
    revision(id: $id) {
      ...RevisionDialogFields
    }
  }
`);

/** One revision as it was saved, with the way to restore it as the newest. */
export function RevisionDialog({
  revisionId,
  sectionId,
  currentRevisionId,
  canRestore,
  onClose,
}: {
  revisionId: string;
  sectionId: string;
  currentRevisionId: string | null;
  canRestore: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  // Rendered only while open (and lazily): Mantine's own focus return never runs.
  useReturnFocusOnUnmount(historyFallback);
  const client = useDataClient();
  const { data, error, refetch } = useQuery(REVISION_QUERY, { variables: { id: revisionId } });
  const [restore, { loading: restoring }] = useMutation(RESTORE_REVISION_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const revision = getFragmentData(REVISION_DIALOG_FIELDS, data?.revision);

  const doRestore = async () => {
    if (!currentRevisionId) return;
    setRestoreError(null);
    try {
      const result = await restore({ variables: { sectionId, revisionId, baseRevisionId: currentRevisionId } });
      const created = result.data?.restoreRevision;
      setConfirming(false);
      onClose();
      if (created && revision) {
        notifications.show({
          color: 'green',
          message: t('history.restored', { from: revision.number, number: created.number }),
        });
      }
    } catch (err) {
      if (hasErrorCode(err, 'CONFLICT')) {
        await client.query({ query: SECTION_QUERY, variables: { id: sectionId }, fetchPolicy: 'network-only' }).catch(() => undefined);
        setRestoreError(t('history.restoreConflict'));
      } else {
        setRestoreError(problemMessage(t, describeError(err)));
      }
    }
  };

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        // Escape in the restore confirmation closes the confirmation only (Mantine listens on the window).
        closeOnEscape={!confirming}
        size="min(900px, 96vw)"
        title={revision ? t('history.revision', { number: revision.number }) : t('history.loadingRevision')}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {error && !revision ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !revision ? (
          <LoadingSkeleton rows={5} />
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {withBdi(t('history.byline', { author: bidiSlot('author'), time: formatDateTime(revision.createdAt) }), { author: revision.author.displayName })}
              {revision.summary ? <> · “<bdi>{revision.summary}</bdi>”</> : null}
            </Text>
            {revision.id !== currentRevisionId ? (
              <Text size="sm" fw={600}>
                {t('history.oldNotice')}
              </Text>
            ) : null}
            <ProseHtml html={revision.html} />
            <Group justify="flex-end" gap="sm">
              {canRestore ? (
                <Button leftSection={<IconRestore size={18} aria-hidden />} onClick={() => setConfirming(true)}>
                  {t('history.restore')}
                </Button>
              ) : null}
              <Button variant="default" onClick={onClose}>
                {t('history.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ConfirmDialog
        opened={confirming}
        title={t('history.restoreTitle', { number: revision?.number ?? '' })}
        confirmLabel={t('history.restoreConfirm', { number: revision?.number ?? '' })}
        loading={restoring}
        error={restoreError}
        onCancel={() => {
          setConfirming(false);
          setRestoreError(null);
        }}
        onConfirm={() => void doRestore()}
      >
        {t('history.restoreBody', { number: revision?.number ?? '' })}
      </ConfirmDialog>
    </>
  );
}
