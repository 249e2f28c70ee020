import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLoader2, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveIndicator } from './section-editing-machine';

export interface SaveBarProps {
  indicator: SaveIndicator;
  summary: string;
  onSummaryChange(summary: string): void;
  /** The number of the revision just saved, shown while the text is unchanged since. */
  savedAs: number | null;
  /** "Done" instead of "Cancel": everything is saved. */
  done: boolean;
  onSave(): void;
  onCancel(): void;
}

/** Below the editor: an optional summary of the change, where the text stands, Save and Cancel. */
export function SaveBar({ indicator, summary, onSummaryChange, savedAs, done, onSave, onCancel }: SaveBarProps) {
  const { t } = useTranslation();
  const saving = indicator === 'saving';
  const status: Record<SaveIndicator, { icon: ReactNode; text: string }> = {
    saving: { icon: <IconLoader2 size={18} aria-hidden className="mps-spin" />, text: t('editor.statusSaving') },
    'not-saved': { icon: <IconAlertCircle size={18} aria-hidden />, text: t('editor.statusNotSaved') },
    unsaved: { icon: <IconPencil size={18} aria-hidden />, text: t('editor.statusUnsaved') },
    saved: { icon: <IconCircleCheck size={18} aria-hidden />, text: t('editor.statusSaved') },
    'no-changes': { icon: null, text: t('editor.statusNoChanges') },
  };
  const { icon, text } = status[indicator];

  return (
    <Paper withBorder radius="md" p="sm" className="mps-savebar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('editor.summary')}
          description={t('editor.summaryHint')}
          value={summary}
          onChange={(e) => onSummaryChange(e.currentTarget.value)}
          maxLength={500}
          size="sm"
          style={{ flex: '1 1 16rem' }}
        />
        <Group gap="sm" wrap="wrap" align="center" style={{ flex: '0 1 auto' }}>
          <Group gap={6} wrap="nowrap" miw="8.5rem" c={indicator === 'not-saved' ? 'red.9' : undefined}>
            {icon}
            <Text size="sm" fw={600} role="status" aria-live="polite" aria-label={t('editor.statusLabel')}>
              {text}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button onClick={onSave} loading={saving} aria-keyshortcuts="Control+S Meta+S">
              {t('editor.save')}
            </Button>
            <Button variant="default" onClick={onCancel} disabled={saving}>
              {done ? t('editor.done') : t('editor.cancel')}
            </Button>
          </Group>
        </Group>
      </Group>
      {savedAs !== null ? (
        <Text size="sm" c="dimmed" mt={6}>
          {t('editor.savedAs', { number: savedAs })}
        </Text>
      ) : null}
    </Paper>
  );
}
