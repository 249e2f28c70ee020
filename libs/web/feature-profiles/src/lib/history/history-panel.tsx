import { Badge, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsDiff, IconEye } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '@mps/web-data-access';
import { formatDateTime } from '@mps/web-ui';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../profile-page.module.css';

/** The dialogs open on demand, in their own chunks (the comparison brings the diff library). */
const CompareDialog = lazy(() => import('./compare-dialog').then((m) => ({ default: m.CompareDialog })));
const RevisionDialog = lazy(() => import('./revision-dialog').then((m) => ({ default: m.RevisionDialog })));

/** What the history list shows of each revision. */
export const REVISION_SUMMARY_FIELDS = graphql(`
  fragment RevisionSummaryFields on Revision {
    id
    number
    createdAt
    summary
    restoredFromId
    author {
      id
      displayName
    }
  }
`);

/** The newest revisions shown at first; older ones on request. */
const VISIBLE_REVISIONS = 6;

export interface HistoryPanelProps {
  sectionId: string;
  revisions: ReadonlyArray<FragmentType<typeof REVISION_SUMMARY_FIELDS>>;
  currentRevisionId: string | null;
  canEdit: boolean;
}

/** Every revision, newest first: open any, compare two, restore an old one. */
export function HistoryPanel({ sectionId, currentRevisionId, canEdit, ...props }: HistoryPanelProps) {
  const { t } = useTranslation();
  const revisions = getFragmentData(REVISION_SUMMARY_FIELDS, props.revisions);
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
      .filter((r) => r !== undefined)
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
          {/* Above the list and sticky while it scrolls: reachable without scrolling past a long history. */}
          {revisions.length > 1 ? (
            <Stack gap={4} mb="sm" className={classes.historyActions}>
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
                        <bdi>{revision.author.displayName}</bdi> · {formatDateTime(revision.createdAt)}
                      </Text>
                      {revision.summary ? (
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          “<bdi>{revision.summary}</bdi>”
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
        </>
      )}
      <Suspense fallback={null}>
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
      </Suspense>
    </section>
  );
}
