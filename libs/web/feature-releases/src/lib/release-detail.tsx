import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, describeError } from '@mps/web-data-access';
import { INPUT_LIMITS, isLocale, portalPaths, sectionLabel, withdrawReleaseSchema } from '@mps/shared-domain';
import { ConfirmDialog, formatDateTime, FormError, LoadingSkeleton, ResponsiveTable } from '@mps/web-ui';
import { DocumentDownloads, problemMessage, QueryError, showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseStatusBadge } from './release-status-badge';
import { PUBLISH_RELEASE_MUTATION, RELEASE_QUERY, WITHDRAW_RELEASE_MUTATION, WORKSPACE_RELEASES_QUERY } from './releases-documents';

/**
 * One release: what it froze (numbers, titles and revision numbers as they were), its Word and PDF files, and for
 * coordinators the next step of its life: publish a candidate (after a confirmation), withdraw a published release
 * (with a reason).
 */
export function ReleaseDetail({ releaseId, workspaceId, mayManage }: { releaseId: string; workspaceId: string; mayManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(RELEASE_QUERY, { variables: { id: releaseId } });
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [publishError, setPublishError] = useState<string | null>(null);
  const refetchList = { refetchQueries: [{ query: WORKSPACE_RELEASES_QUERY, variables: { id: workspaceId } }] };
  const [publish, { loading: publishing }] = useMutation(PUBLISH_RELEASE_MUTATION, refetchList);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingSkeleton variant="table" />;
  const release = data.release;

  const confirmPublish = async () => {
    setPublishError(null);
    try {
      await publish({ variables: { id: release.id } });
      setConfirming(false);
      notifications.show({ color: 'green', message: t('releases.published', { version: release.version }) });
    } catch (err) {
      const problem = describeError(err);
      setPublishError([problemMessage(t, problem), ...problem.blockers].join(' '));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="release-detail-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="release-detail-title">
              {t('releases.detailTitle', { version: release.version })}
            </Title>
            <Text size="sm" c="dimmed">
              <bdi>{release.profileTitle}</bdi> · <bdi>{release.edition}</bdi>
            </Text>
          </div>
          <ReleaseStatusBadge status={release.status} />
        </Group>
        <Text size="sm">
          {t('releases.preparedOn', { date: formatDateTime(release.createdAt) })}
          {release.publishedAt ? ` · ${t('releases.publishedOn', { date: formatDateTime(release.publishedAt) })}` : ''}
          {release.withdrawnAt ? ` · ${t('releases.withdrawnOn', { date: formatDateTime(release.withdrawnAt) })}` : ''}
        </Text>
        {release.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{release.notes}</Text> : null}
        {release.withdrawalReason ? (
          <Text size="sm">
            <strong>{t('releases.withdrawalReason')}</strong> {release.withdrawalReason}
          </Text>
        ) : null}
        <DocumentDownloads kind="release" id={release.id} baseName={`${release.profileTitle} ${release.edition} release ${release.version}`} />
        {release.status !== 'CANDIDATE' || mayManage ? (
          <Group>
            {release.status !== 'CANDIDATE' ? (
              // The portal is served by the server: a plain link, a full page load.
              <Button component="a" href={portalPaths.release(release.id, isLocale(i18n.language) ? i18n.language : undefined)} variant="default">
                {t('releases.viewOnPortal')}
              </Button>
            ) : null}
            {release.status === 'PUBLISHED' ? (
              // Open data needs no sign-in: plain links anyone may share (issue 11 item 7).
              <>
                <Anchor href={portalPaths.openData(release.id, 'csv')} download>
                  {t('releases.openDataCsv')}
                </Anchor>
                <Anchor href={portalPaths.openData(release.id, 'json')}>{t('releases.openDataJson')}</Anchor>
              </>
            ) : null}
            {mayManage && release.status === 'CANDIDATE' ? <Button onClick={() => setConfirming(true)}>{t('releases.publish')}</Button> : null}
            {mayManage && release.status === 'PUBLISHED' ? (
              <Button variant="default" color="red" onClick={() => setWithdrawing(true)}>
                {t('releases.withdraw')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        <ResponsiveTable aria-label={t('releases.frozenSections')}>
          <Table.Caption>{t('releases.frozenSectionsCaption', { count: release.sections.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('releases.section')}</Table.Th>
              <Table.Th scope="col">{t('releases.revision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {release.sections.map((s) => (
              <Table.Tr key={s.sectionId}>
                <Table.Td style={{ paddingInlineStart: `calc(${s.depth} * var(--mantine-spacing-md) + var(--mantine-spacing-xs))` }}>
                  {sectionLabel(s)}
                </Table.Td>
                <Table.Td data-label={t('releases.revision')}>{t('releases.revisionNumber', { number: s.revisionNumber })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('releases.publishTitle', { version: release.version })}
        confirmLabel={t('releases.publishConfirm')}
        loading={publishing}
        error={publishError}
        onConfirm={() => void confirmPublish()}
        onCancel={() => {
          setConfirming(false);
          setPublishError(null);
        }}
      >
        {t('releases.publishBody')}
      </ConfirmDialog>
      <Modal
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
        title={t('releases.withdrawTitle', { version: release.version })}
        centered
        closeButtonProps={{ 'aria-label': t('releases.close') }}
      >
        {withdrawing ? <WithdrawForm releaseId={release.id} version={release.version} workspaceId={workspaceId} onDone={() => setWithdrawing(false)} /> : null}
      </Modal>
    </Card>
  );
}

export function WithdrawForm({
  releaseId,
  version,
  workspaceId,
  onDone,
}: {
  releaseId: string;
  version: string;
  workspaceId: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(withdrawReleaseSchema, { reason: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WITHDRAW_RELEASE_MUTATION, {
    refetchQueries: [{ query: WORKSPACE_RELEASES_QUERY, variables: { id: workspaceId } }],
  });
  const submit = form.submitWith(async ({ reason }) => {
    setFormError(null);
    try {
      await withdraw({ variables: { id: releaseId, reason } });
      notifications.show({ color: 'green', message: t('releases.withdrawn', { version }) });
      onDone();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { reason: ['reason'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('releases.withdrawTitle', { version })}>
      <Stack gap="md">
        <Text size="sm">{t('releases.withdrawBody')}</Text>
        {formError ? <FormError>{formError}</FormError> : null}
        <Textarea {...form.field('reason', t('releases.reasonLabel'))} rows={3} maxLength={INPUT_LIMITS.reasonMax} data-autofocus />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('releases.cancel')}
          </Button>
          <Button type="submit" color="red.8" loading={loading}>
            {t('releases.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
