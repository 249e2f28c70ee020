import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './form-error';
import { LazyModal } from './lazy-modal/lazy-modal';

export interface ConfirmDialogProps {
  opened: boolean;
  title: ReactNode;
  /** What will happen, in plain words, and whether it can be undone. */
  children: ReactNode;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** 'danger' for destructive actions (red confirm button). */
  tone?: 'danger' | 'default';
  loading?: boolean;
  /** An error to show inside the dialog (e.g. the server refused). */
  error?: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before anything destructive. Cancel is the default focus. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'default',
  loading = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  return (
    <LazyModal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      radius="md"
      closeOnClickOutside={!loading}
      closeOnEscape={!loading}
      closeButtonProps={{ 'aria-label': t('closeDialog') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <Text component="div">{children}</Text>
        {error ? <FormError>{error}</FormError> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={loading} data-autofocus>
            {cancelLabel ?? t('confirm.cancel')}
          </Button>
          <Button color={tone === 'danger' ? 'red.8' : undefined} onClick={onConfirm} loading={loading}>
            {confirmLabel ?? t('confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </LazyModal>
  );
}
