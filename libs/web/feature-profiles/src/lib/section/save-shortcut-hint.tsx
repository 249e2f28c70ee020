import { Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the hint stays on screen. */
const HINT_MS = 4000;

function isSaveShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';
}

/**
 * Ctrl/Cmd+S on a section that is not being edited: the browser's "Save page" would save the app's HTML shell,
 * which is never what a person wants here. The shortcut is taken and a short hint says what it does instead.
 * While editing, the editor's own shortcut (capture phase) saves first and marks the event handled: this one steps
 * aside (and while the editor is still loading, the shortcut is only kept from the browser). Returns the hint to show.
 */
export function useSaveShortcutWhileReading(canEdit: boolean, editing: boolean): string | null {
  const { t } = useTranslation();
  const [hint, setHint] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const canEditRef = useRef(canEdit);
  const editingRef = useRef(editing);
  useEffect(() => {
    canEditRef.current = canEdit;
    editingRef.current = editing;
  }, [canEdit, editing]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (editingRef.current) return;
      setHint(canEditRef.current ? t('section.saveShortcutReading') : t('section.saveShortcutReadOnly'));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setHint(null), HINT_MS);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer.current);
    };
  }, [t]);
  // Editing: the hint no longer applies.
  return editing ? null : hint;
}

/** Where the hint is announced: a polite status, always present so that screen readers hear what appears in it. */
export function SaveShortcutHint({ hint }: { hint: string | null }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" role="status" aria-live="polite" aria-label={t('section.saveShortcutLabel')} mb={hint ? 'sm' : 0} fw={600}>
      {hint}
    </Text>
  );
}
