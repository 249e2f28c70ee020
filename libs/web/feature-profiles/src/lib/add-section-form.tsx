import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError } from '@mps/web-data-access';
import { INPUT_LIMITS, sectionSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { z } from 'zod';
import { sectionLabel } from './format';
import { refetchProfile } from './outline-dialog';
import type { OutlineSection } from './outline-nav';
import { ADD_SECTION_MUTATION } from './profile-documents';

/** The title's rule is the API's; where it goes and whether it is numbered are picked from lists. */
const addSectionSchema = sectionSchema.extend({ parentId: z.string(), numbered: z.boolean() });

/** The form of "Add section" (AddSectionButton), loaded with the other outline forms (outline-forms.ts). */
export function AddSectionForm({
  profileId,
  sections,
  defaultParentId,
  onDone,
}: {
  profileId: string;
  sections: readonly OutlineSection[];
  defaultParentId: string | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useSchemaForm(addSectionSchema, { title: '', parentId: defaultParentId ?? '', numbered: true });
  const [formError, setFormError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(ADD_SECTION_MUTATION, refetchProfile(profileId));

  const submit = form.submitWith(async ({ title, parentId, numbered }) => {
    setFormError(null);
    try {
      const result = await add({ variables: { input: { profileId, title, parentId: parentId || null, numbered } } });
      const created = result.data?.addSection;
      onDone();
      notifications.show({ color: 'green', message: t('outline.added', { title }) });
      if (created) void navigate(`/profiles/${profileId}/sections/${created.id}`);
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { title: ['title'], parentId: ['parentId'] }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('outline.addTitle')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        <TextInput {...form.field('title', t('outline.titleLabel'))} maxLength={INPUT_LIMITS.textMax} data-autofocus />
        <NativeSelect
          {...form.field('parentId', t('outline.parentLabel'))}
          description={t('outline.parentHint')}
          data={[
            { value: '', label: t('outline.topLevel') },
            ...sections.map((s) => ({
              value: s.id,
              label: `${'\u00a0\u00a0'.repeat(s.depth)}${s.numbered ? sectionLabel(s) : t('outline.unnumberedOption', { section: s.title })}`,
            })),
          ]}
        />
        <Checkbox
          {...form.field('numbered', t('outline.numbered'), { type: 'checkbox' })}
          description={t('outline.numberedHint')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
