import { Button, Group, Modal, Skeleton, Stack, Switch } from '@mantine/core';
import { useQuery } from '@mps/web-data-access';
import { documentDiff, documentDiffHunks } from '@mps/shared-domain';
import { DiffLegend, DocumentDiffSideBySide, DocumentDiffText } from '@mps/web-editor';
import { LoadingSkeleton, useReturnFocusOnUnmount } from '@mps/web-ui';
import { QueryError } from '@mps/web-util';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIFF_REVISIONS_QUERY } from '../profile-documents';
import { historyFallback } from './history-focus';

/**
 * Differences between two revisions, side by side or inline, as documents: headings, lists and tables stay what
 * they are, with word-level changes marked inside (the shared documentDiff, on the revisions' content).
 */
export function CompareDialog({ fromId, toId, onClose }: { fromId: string; toId: string; onClose(): void }) {
  const { t } = useTranslation();
  // Rendered only while open (and lazily): Mantine's own focus return never runs.
  useReturnFocusOnUnmount(historyFallback);
  const [view, setView] = useState<'side' | 'inline'>('side');
  const [showAll, setShowAll] = useState(false);
  const { data, error, refetch } = useQuery(DIFF_REVISIONS_QUERY, { variables: { fromId, toId } });
  const diff = data?.diffRevisions;
  const from = diff?.from.content;
  const to = diff?.to.content;
  const changes = useMemo(() => (diff ? documentDiff(from, to).blocks : []), [diff, from, to]);
  const hunks = useMemo(() => documentDiffHunks(changes), [changes]);
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
            <DiffLegend hunks={hunks} />
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
            <DocumentDiffSideBySide
              blocks={changes}
              beforeTitle={t('history.olderTitle', { number: diff.from.number })}
              afterTitle={t('history.newerTitle', { number: diff.to.number })}
              collapse={!showAll}
            />
          ) : (
            <div className="mps-diff-column">
              <DocumentDiffText
                blocks={changes}
                side="inline"
                headingOffset={1}
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
