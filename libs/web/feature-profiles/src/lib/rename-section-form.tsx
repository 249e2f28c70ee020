import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError } from '@mps/web-data-access';
import { INPUT_LIMITS, sectionSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { RENAME_SECTION_MUTATION } from './profile-documents';

/** Renames a section (coordinators); the dialog opens with its current title. */
export function RenameSectionForm({ sectionId, title, onDone }: { sectionId: string; title: string; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(sectionSchema, { title });
  const [formError, setFormError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RENAME_SECTION_MUTATION);

  const submit = form.submitWith(async ({ title: newTitle }) => {
    setFormError(null);
    try {
      await rename({ variables: { id: sectionId, title: newTitle } });
      notifications.show({ color: 'green', message: t('outline.renamed', { title: newTitle }) });
      onDone();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { title: ['title'] }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('outline.rename')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        <TextInput {...form.field('title', t('outline.titleLabel'))} maxLength={INPUT_LIMITS.textMax} data-autofocus />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.renameSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
