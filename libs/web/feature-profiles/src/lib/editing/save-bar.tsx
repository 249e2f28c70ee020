import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLoader2, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
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

/** The CSS variable with the bar's height: the page's scroll padding while editing (see the editor's stylesheet). */
export const SAVE_BAR_HEIGHT_VAR = '--mps-savebar-height';

/** Publishes the element's height on the document while it is shown, and removes it when it goes. */
function usePublishedHeight(variable: string) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    const root = document.documentElement;
    if (!element) return;
    const publish = () => root.style.setProperty(variable, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(variable);
    };
  }, [variable]);
  return ref;
}

/**
 * Below the editor, sticky at the bottom of the screen while editing: an optional summary of the change, where the
 * text stands, Save and Cancel.
 */
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
  const barRef = usePublishedHeight(SAVE_BAR_HEIGHT_VAR);

  return (
    <Paper ref={barRef} withBorder radius="md" p="sm" className="mps-savebar">
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
