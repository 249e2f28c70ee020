import { Alert, Button, Group, List, Modal, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowsJoin, IconDeviceFloppy, IconDownload } from '@tabler/icons-react';
import { ConfirmDialog, formatDateTime, FormError, useReturnFocusOnUnmount } from '@mps/web-ui';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentDiff, documentDiffHunks } from '@mps/shared-domain';
import { DiffLegend } from './diff-view';
import { DocumentDiffSideBySide, DocumentDiffText } from './document-diff-view';

/** The newer saved version the merge view shows (any revision with these fields). */
export interface MergeRevision {
  number: number;
  /** The document (ProseMirror JSON), compared block by block with the draft. */
  content: unknown;
  createdAt: string;
  author: { displayName: string };
}

export interface MergeViewProps {
  opened: boolean;
  theirs: MergeRevision;
  /** The person's draft (ProseMirror JSON, as the editor gives it). */
  mineContent: unknown;
  saving: boolean;
  error: string | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onCombine(): void;
  onClose(): void;
}

/**
 * Shown when a save is refused because someone else saved first: both versions,
 * differences marked inside their structure, and three ways on. Nothing is lost whatever is chosen.
 */
export function MergeView({ opened, theirs, mineContent, saving, error, onKeepMine, onTakeTheirs, onCombine, onClose }: MergeViewProps) {
  const { t } = useTranslation();
  // Shown while a conflict lasts and then unmounted: focus goes back to what saved (unless Combine moved it).
  useReturnFocusOnUnmount();
  const [confirmTake, setConfirmTake] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const blocks = useMemo(() => documentDiff(theirs.content, mineContent).blocks, [theirs.content, mineContent]);
  const hunks = useMemo(() => documentDiffHunks(blocks), [blocks]);
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
        // Escape in the "take theirs" confirmation closes the confirmation only (Mantine listens on the window).
        closeOnEscape={!confirmTake}
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
          <DocumentDiffSideBySide blocks={blocks} beforeTitle={theirTitle} afterTitle={t('merge.mineTitle')} labels={labels} collapse={!showAll} />
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


export interface CombineReferenceProps {
  theirs: MergeRevision;
  /** The draft as it is now (ProseMirror JSON); null before the editor has given one. */
  mineContent: unknown;
}

/**
 * Their newer version, read-only, beside the editor while combining, with what the draft does not have yet marked
 * (as additions over the draft), its headings, lists and tables kept, so the person sees what is left to copy in.
 */
export function CombineReference({ theirs, mineContent }: CombineReferenceProps) {
  const { t } = useTranslation();
  // Typing stays responsive on long sections: the comparison follows when React has time.
  const mine = useDeferredValue(mineContent);
  const blocks = useMemo(() => documentDiff(mine, theirs.content).blocks, [mine, theirs.content]);
  return (
    <Paper withBorder radius="md" p="md" className="mps-combine-reference" component="section" aria-labelledby="combine-heading">
      <Title order={2} size="h5" id="combine-heading">
        {t('merge.referenceTitle', { number: theirs.number, author: theirs.author.displayName })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('merge.referenceHint', { time: formatDateTime(theirs.createdAt) })} {t('merge.referenceLegend')}
      </Text>
      <div className="mps-combine-text">
        <DocumentDiffText blocks={blocks} side="after" headingOffset={1} labels={{ inserted: t('merge.onlyTheirsLabel'), deleted: '' }} />
      </div>
    </Paper>
  );
}
