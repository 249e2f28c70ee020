import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconFileText, IconPrinter } from '@tabler/icons-react';
import { ProseHtml } from '@mps/web-editor';
import { EmptyState, formatDateTime } from '@mps/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDraft } from '../editing/section-editing-machine';
import classes from '../profile-page.module.css';

export interface SectionReadingProps {
  /** The saved text as HTML, when the section has a revision. */
  html: string | null;
  /** The review side's reading view (highlighted passages, commenting), shown instead of the plain HTML. */
  reading?: ReactNode;
  currentRevisionId: string | null;
  canEdit: boolean;
  /** A local draft left from an earlier editing session (recovered-draft state). */
  draft: LocalDraft | null;
  onRestoreDraft(): void;
  onDiscardDraft(): void;
  /** Fetch the editor's code early (the person is about to edit). */
  onPreloadEditor(): void;
}

/** The saved text, and the offer to restore or discard a local draft left behind. */
export function SectionReading({ html, reading, currentRevisionId, canEdit, draft, onRestoreDraft, onDiscardDraft, onPreloadEditor }: SectionReadingProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {draft ? (
        <Alert
          color="yellow"
          variant="light"
          radius="md"
          icon={<IconDeviceFloppy aria-hidden />}
          title={t('draft.notice', { time: formatDateTime(draft.savedAt) })}
          styles={{ root: { border: '2px solid var(--mantine-color-yellow-7)' }, title: { color: '#0b0c0c' }, message: { color: '#0b0c0c' } }}
          className={classes.noPrint}
        >
          <Stack gap="sm">
            <Text size="sm">
              {canEdit ? t('draft.explain') : t('draft.explainReadOnly')}
              {canEdit && draft.baseRevisionId !== currentRevisionId ? ` ${t('draft.newerSaved')}` : ''}
            </Text>
            <Group gap="sm">
              {canEdit ? (
                <Button size="sm" onClick={onRestoreDraft} onMouseEnter={onPreloadEditor}>
                  {t('draft.restore')}
                </Button>
              ) : null}
              <Button size="sm" variant="default" onClick={onDiscardDraft}>
                {t('draft.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {html !== null ? (
        (reading ?? <ProseHtml html={html} />)
      ) : (
        <EmptyState icon={<IconFileText size={24} />} title={t('section.emptyTitle')} headingOrder={2}>
          {canEdit ? t('section.emptyBodyEditor') : t('section.emptyBody')}
        </EmptyState>
      )}
      {html !== null ? (
        <Group className={classes.noPrint}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t('section.print')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
