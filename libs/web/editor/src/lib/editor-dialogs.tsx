import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseHref } from './extensions';

/** Dialog titles as headings people notice. */
const TITLE_STYLES = { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };

/** The footer of the link and footnote dialogs: Remove (when editing an existing one) on the left, Cancel and submit on the right. */
function DialogActions({ removeLabel, submitLabel, onRemove, onClose }: { removeLabel: string | null; submitLabel: string; onRemove(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="sm">
      {removeLabel ? (
        <Button variant="subtle" color="red.8" onClick={onRemove}>
          {removeLabel}
        </Button>
      ) : (
        <span />
      )}
      <Group gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('editor.dialogCancel')}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </Group>
    </Group>
  );
}

export interface LinkDialogProps {
  opened: boolean;
  /** The address of the link at the cursor, when there is one. */
  initialHref: string;
  /** Ask for the words to show when nothing is selected. */
  askForText: boolean;
  onSubmit(href: string, text: string | null): void;
  onRemove(): void;
  onClose(): void;
}

export function LinkDialog({ opened, initialHref, askForText, onSubmit, onRemove, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initialHref ? t('editor.linkEditTitle') : t('editor.linkAddTitle')}
      centered
      styles={TITLE_STYLES}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {opened ? (
        <LinkForm initialHref={initialHref} askForText={askForText} onSubmit={onSubmit} onRemove={onRemove} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function LinkForm({ initialHref, askForText, onSubmit, onRemove, onClose }: Omit<LinkDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initialHref);
  const [text, setText] = useState('');
  const [hrefError, setHrefError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseHref(href);
    const hrefProblem = normalised ? null : t('editor.linkInvalid');
    const textProblem = askForText && !text.trim() ? t('editor.linkTextRequired') : null;
    setHrefError(hrefProblem);
    setTextError(textProblem);
    if (hrefProblem || textProblem || !normalised) return;
    onSubmit(normalised, askForText ? text.trim() : null);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.linkAddTitle')}>
      <Stack gap="md">
        <TextInput
          label={t('editor.linkAddress')}
          description={t('editor.linkAddressHint')}
          value={href}
          onChange={(e) => setHref(e.currentTarget.value)}
          error={hrefError}
          data-autofocus
          type="url"
          inputMode="url"
          autoComplete="off"
        />
        {askForText ? (
          <TextInput
            label={t('editor.linkText')}
            description={t('editor.linkTextHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={textError}
          />
        ) : null}
        <DialogActions
          removeLabel={initialHref ? t('editor.linkRemove') : null}
          submitLabel={initialHref ? t('editor.linkUpdate') : t('editor.linkApply')}
          onRemove={onRemove}
          onClose={onClose}
        />
      </Stack>
    </form>
  );
}

export interface FootnoteDialogProps {
  opened: boolean;
  /** The note's text when editing an existing footnote; null when adding one. */
  initialText: string | null;
  onSubmit(text: string): void;
  onRemove(): void;
  onClose(): void;
}

export function FootnoteDialog({ opened, initialText, onSubmit, onRemove, onClose }: FootnoteDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initialText === null ? t('editor.footnoteAddTitle') : t('editor.footnoteEditTitle')}
      centered
      styles={TITLE_STYLES}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {opened ? <FootnoteForm initialText={initialText} onSubmit={onSubmit} onRemove={onRemove} onClose={onClose} /> : null}
    </Modal>
  );
}

function FootnoteForm({ initialText, onSubmit, onRemove, onClose }: Omit<FootnoteDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('editor.footnoteRequired'));
      return;
    }
    onSubmit(text.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.footnoteAddTitle')}>
      <Stack gap="md">
        <Textarea
          label={t('editor.footnoteText')}
          description={t('editor.footnoteHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          data-autofocus
        />
        <DialogActions
          removeLabel={initialText !== null ? t('editor.footnoteRemove') : null}
          submitLabel={initialText === null ? t('editor.footnoteApply') : t('editor.footnoteUpdate')}
          onRemove={onRemove}
          onClose={onClose}
        />
      </Stack>
    </form>
  );
}
