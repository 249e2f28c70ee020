import { Alert, Button, Group, List, Modal, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsJoin, IconDeviceFloppy, IconDownload } from '@tabler/icons-react';
import { ConfirmDialog, formatDateTime, FormError } from '@mps/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiffLegend, DiffSideBySide } from './diff-view';
import { wordDiff } from '@mps/shared-domain';

/** The newer saved version the merge view shows (any revision with these fields). */
export interface MergeRevision {
  number: number;
  text: string;
  createdAt: string;
  author: { displayName: string };
}

export interface MergeViewProps {
  opened: boolean;
  theirs: MergeRevision;
  /** Plain text of the person's draft (same form as a revision's text). */
  mineText: string;
  saving: boolean;
  error: string | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onCombine(): void;
  onClose(): void;
}

/**
 * Shown when a save is refused because someone else saved first: both versions,
 * word-level differences, and three ways on. Nothing is lost whatever is chosen.
 */
export function MergeView({ opened, theirs, mineText, saving, error, onKeepMine, onTakeTheirs, onCombine, onClose }: MergeViewProps) {
  const { t } = useTranslation();
  const [confirmTake, setConfirmTake] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const hunks = useMemo(() => wordDiff(theirs.text, mineText), [theirs.text, mineText]);
  const theirTitle = t('merge.theirTitle', { number: theirs.number, author: theirs.author.displayName });
  const labels = { inserted: t('merge.onlyMineShort'), deleted: t('merge.onlyTheirsShort') };

  return (
    <>
      <Modal
        opened={opened}
        onClose={onClose}
        title={t('merge.title')}
        size="min(1100px, 96vw)"
        fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': t('merge.decideLater') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
      >
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} styles={{ message: { color: '#0b0c0c' } }}>
            {t('merge.explain', {
              author: theirs.author.displayName,
              number: theirs.number,
              time: formatDateTime(theirs.createdAt),
            })}
          </Alert>
          <Stack gap={4}>
            <Text fw={700}>{t('merge.chooseHeading')}</Text>
            <List size="sm" spacing={2}>
              <List.Item>
                <strong>{t('merge.keepMine')}</strong>: {t('merge.keepMineHint')}
              </List.Item>
              <List.Item>
                <strong>{t('merge.takeTheirs')}</strong>: {t('merge.takeTheirsHint')}
              </List.Item>
              <List.Item>
                <strong>{t('merge.combine')}</strong>: {t('merge.combineHint')}
              </List.Item>
            </List>
          </Stack>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <DiffLegend hunks={hunks} addedText={t('merge.onlyMine')} removedText={t('merge.onlyTheirs')} />
            <Switch label={t('diff.showAll')} checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
          </Group>
          <DiffSideBySide hunks={hunks} beforeTitle={theirTitle} afterTitle={t('merge.mineTitle')} labels={labels} collapse={!showAll} />
          {error ? <FormError>{error}</FormError> : null}
          <Group gap="sm" wrap="wrap" className="mps-merge-actions">
            <Button leftSection={<IconDeviceFloppy size={18} aria-hidden />} onClick={onKeepMine} loading={saving}>
              {t('merge.keepMine')}
            </Button>
            <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => setConfirmTake(true)} disabled={saving}>
              {t('merge.takeTheirs')}
            </Button>
            <Button variant="default" leftSection={<IconArrowsJoin size={18} aria-hidden />} onClick={onCombine} disabled={saving}>
              {t('merge.combine')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={confirmTake}
        title={t('merge.takeTheirsConfirmTitle')}
        tone="danger"
        confirmLabel={t('merge.takeTheirsConfirm')}
        cancelLabel={t('merge.keepDraft')}
        onCancel={() => setConfirmTake(false)}
        onConfirm={() => {
          setConfirmTake(false);
          onTakeTheirs();
        }}
      >
        {t('merge.takeTheirsConfirmBody')}
      </ConfirmDialog>
    </>
  );
}

