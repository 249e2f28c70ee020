import { Badge, Button, Checkbox, Group, Modal, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsDiff, IconEye, IconRestore } from '@tabler/icons-react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode, type RevisionSummaryFieldsFragment } from '@mps/web-data-access';
import { ConfirmDialog, formatDateTime, LoadingSkeleton } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, QueryError } from '@mps/web-util';
import { DiffLegend, DiffSideBySide, DiffText } from '@mps/web-editor';
import { DIFF_REVISIONS_QUERY, RESTORE_REVISION_MUTATION, REVISION_QUERY, SECTION_QUERY } from './profile-documents';
import classes from './profile-page.module.css';

/** The newest revisions shown at first; older ones on request. */
const VISIBLE_REVISIONS = 6;

export interface HistoryPanelProps {
  sectionId: string;
  revisions: readonly RevisionSummaryFieldsFragment[];
  currentRevisionId: string | null;
  canEdit: boolean;
}

/** Every revision, newest first: open any, compare two, restore an old one. */
export function HistoryPanel({ sectionId, revisions, currentRevisionId, canEdit }: HistoryPanelProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ fromId: string; toId: string } | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? revisions : revisions.slice(0, VISIBLE_REVISIONS);
  const numberOf = (id: string | null) => revisions.find((r) => r.id === id)?.number;

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => (checked ? [...current.filter((x) => x !== id), id].slice(-2) : current.filter((x) => x !== id)));

  const compare = () => {
    const [a, b] = selected
      .map((id) => revisions.find((r) => r.id === id))
      .filter((r): r is RevisionSummaryFieldsFragment => !!r)
      .sort((x, y) => x.number - y.number);
    if (a && b) setComparing({ fromId: a.id, toId: b.id });
  };

  return (
    <section aria-labelledby="history-heading" className={classes.panelSection}>
      <Title order={2} size="h5" id="history-heading" mb="xs">
        {t('history.title')}
      </Title>
      {revisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <>
          <ol className={classes.history} aria-label={t('history.listLabel')}>
            {shown.map((revision) => {
              const restoredFrom = numberOf(revision.restoredFromId);
              return (
                <li key={revision.id}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={700} size="sm">
                          {t('history.revision', { number: revision.number })}
                        </Text>
                        {revision.id === currentRevisionId ? (
                          <Badge size="sm" variant="light" color="navy" tt="none">
                            {t('history.current')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="sm">
                        {revision.author.displayName} · {formatDateTime(revision.createdAt)}
                      </Text>
                      {revision.summary ? (
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          “{revision.summary}”
                        </Text>
                      ) : null}
                      {revision.restoredFromId ? (
                        <Text size="sm" c="dimmed">
                          {restoredFrom !== undefined
                            ? t('history.restoredFrom', { number: restoredFrom })
                            : t('history.restoredFromUnknown')}
                        </Text>
                      ) : null}
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        px={4}
                        leftSection={<IconEye size={16} aria-hidden />}
                        onClick={() => setOpenId(revision.id)}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {t('history.open', { number: revision.number })}
                      </Button>
                    </Stack>
                    {revisions.length > 1 ? (
                      <Checkbox
                        size="sm"
                        label={t('history.compareCheck')}
                        aria-label={t('history.compareCheckNamed', { number: revision.number })}
                        checked={selected.includes(revision.id)}
                        onChange={(e) => toggle(revision.id, e.currentTarget.checked)}
                        styles={{ label: { paddingInlineStart: 6 } }}
                      />
                    ) : null}
                  </Group>
                </li>
              );
            })}
          </ol>
          {revisions.length > shown.length ? (
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setShowAll(true)}>
              {t('history.showOlder', { count: revisions.length - shown.length })}
            </Button>
          ) : null}
          {revisions.length > 1 ? (
            <Stack gap={4} mt="sm">
              <Button
                variant="default"
                leftSection={<IconArrowsDiff size={18} aria-hidden />}
                disabled={selected.length !== 2}
                onClick={compare}
              >
                {t('history.compareSelected')}
              </Button>
              <Text size="xs" c="dimmed" aria-live="polite">
                {selected.length === 2 ? t('history.compareReady') : t('history.compareHint')}
              </Text>
            </Stack>
          ) : null}
        </>
      )}
      {openId ? (
        <RevisionDialog
          revisionId={openId}
          sectionId={sectionId}
          currentRevisionId={currentRevisionId}
          canRestore={canEdit && openId !== currentRevisionId && !!currentRevisionId}
          onClose={() => setOpenId(null)}
        />
      ) : null}
      {comparing ? <CompareDialog {...comparing} onClose={() => setComparing(null)} /> : null}
    </section>
  );
}

function RevisionDialog({
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
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(REVISION_QUERY, { variables: { id: revisionId } });
  const [restore, { loading: restoring }] = useMutation(RESTORE_REVISION_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const revision = data?.revision;

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
              {t('history.byline', { author: revision.author.displayName, time: formatDateTime(revision.createdAt) })}
              {revision.summary ? ` · “${revision.summary}”` : ''}
            </Text>
            {revision.id !== currentRevisionId ? (
              <Text size="sm" fw={600}>
                {t('history.oldNotice')}
              </Text>
            ) : null}
            <div className="mps-prose" dangerouslySetInnerHTML={{ __html: revision.html }} />
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

function CompareDialog({ fromId, toId, onClose }: { fromId: string; toId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'side' | 'inline'>('side');
  const [showAll, setShowAll] = useState(false);
  const { data, error, refetch } = useQuery(DIFF_REVISIONS_QUERY, { variables: { fromId, toId } });
  const diff = data?.diffRevisions;
  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1100px, 96vw)"
      title={diff ? t('history.compareTitle', { from: diff.from.number, to: diff.to.number }) : t('history.comparing')}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {error && !diff ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !diff ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={28} width={240} />
          <LoadingSkeleton rows={4} label={t('history.comparing')} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <DiffLegend hunks={diff.hunks} />
            <Switch label={t('diff.showAll')} checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
            <Group gap={0} role="group" aria-label={t('history.viewLabel')}>
              {(['side', 'inline'] as const).map((value, i) => (
                <Button
                  key={value}
                  size="sm"
                  variant={view === value ? 'filled' : 'default'}
                  aria-pressed={view === value}
                  onClick={() => setView(value)}
                  style={i === 0 ? { borderStartEndRadius: 0, borderEndEndRadius: 0 } : { borderStartStartRadius: 0, borderEndStartRadius: 0 }}
                >
                  {value === 'side' ? t('history.sideBySide') : t('history.inline')}
                </Button>
              ))}
            </Group>
          </Group>
          {view === 'side' ? (
            <DiffSideBySide
              hunks={diff.hunks}
              beforeTitle={t('history.olderTitle', { number: diff.from.number })}
              afterTitle={t('history.newerTitle', { number: diff.to.number })}
              collapse={!showAll}
            />
          ) : (
            <div className="mps-diff-column">
              <DiffText
                hunks={diff.hunks}
                side="inline"
                collapse={!showAll}
                label={t('history.inlineLabel', { from: diff.from.number, to: diff.to.number })}
              />
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('history.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
