import { Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, describeError } from '@mps/web-data-access';
import { createProfileSchema, INPUT_LIMITS, startNextEditionSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { CREATE_PROFILE_MUTATION, START_NEXT_EDITION_MUTATION, WORKSPACE_PROFILES_QUERY } from './profiles-documents';

/** A published release a next edition may start from. */
export interface PublishedRelease {
  id: string;
  label: string;
}

const newProfileSchema = createProfileSchema.extend({ template: z.enum(['iom-standard', 'empty']) });

/** "New profile" (coordinators): from the standard outline or empty, or the next edition of a published release. */
export function NewProfileButton({ workspaceId, publishedReleases }: { workspaceId: string; publishedReleases: readonly PublishedRelease[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('profiles.new')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('profiles.newTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {open ? <NewProfileForm workspaceId={workspaceId} publishedReleases={publishedReleases} onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}

export function NewProfileForm({
  workspaceId,
  publishedReleases,
  onDone,
}: {
  workspaceId: string;
  publishedReleases: readonly PublishedRelease[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'new' | 'next'>('new');
  return (
    <Stack gap="md">
      {publishedReleases.length ? (
        <SegmentedControl
          aria-label={t('profiles.startFrom')}
          value={mode}
          onChange={(value) => setMode(value as 'new' | 'next')}
          data={[
            { value: 'new', label: t('profiles.modeNew') },
            { value: 'next', label: t('profiles.modeNext') },
          ]}
        />
      ) : null}
      {mode === 'new' ? (
        <CreateProfileForm workspaceId={workspaceId} onDone={onDone} />
      ) : (
        <NextEditionForm workspaceId={workspaceId} publishedReleases={publishedReleases} onDone={onDone} />
      )}
    </Stack>
  );
}

function useAfterCreate(onDone: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (created: { id: string; title: string } | undefined) => {
    onDone();
    if (!created) return;
    notifications.show({ color: 'green', message: t('profiles.created_notice', { title: created.title }) });
    void navigate(`/profiles/${created.id}`);
  };
}

function CreateProfileForm({ workspaceId, onDone }: { workspaceId: string; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(newProfileSchema, { title: '', edition: '', template: 'iom-standard' as 'iom-standard' | 'empty' });
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_PROFILE_MUTATION, {
    refetchQueries: [{ query: WORKSPACE_PROFILES_QUERY, variables: { id: workspaceId } }],
  });
  const after = useAfterCreate(onDone);
  const submit = form.submitWith(async ({ title, edition, template }) => {
    setFormError(null);
    try {
      const result = await create({
        variables: { input: { workspaceId, title, edition, templateKey: template === 'empty' ? null : template } },
      });
      after(result.data?.createProfile);
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { title: ['title'], edition: ['edition'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('profiles.newTitle')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        <TextInput {...form.field('title', t('profiles.titleLabel'))} maxLength={INPUT_LIMITS.textMax} data-autofocus />
        <TextInput {...form.field('edition', t('profiles.editionField'))} description={t('profiles.editionHint')} maxLength={INPUT_LIMITS.editionMax} />
        <NativeSelect
          {...form.field('template', t('profiles.templateLabel'))}
          data={[
            { value: 'iom-standard', label: t('profiles.templateStandard') },
            { value: 'empty', label: t('profiles.templateEmpty') },
          ]}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('profiles.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('profiles.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NextEditionForm({
  workspaceId,
  publishedReleases,
  onDone,
}: {
  workspaceId: string;
  publishedReleases: readonly PublishedRelease[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(startNextEditionSchema, { releaseId: publishedReleases[0]?.id ?? '', title: '', edition: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [start, { loading }] = useMutation(START_NEXT_EDITION_MUTATION, {
    refetchQueries: [{ query: WORKSPACE_PROFILES_QUERY, variables: { id: workspaceId } }],
  });
  const after = useAfterCreate(onDone);
  const submit = form.submitWith(async (input) => {
    setFormError(null);
    try {
      const result = await start({ variables: { input } });
      after(result.data?.startNextEdition);
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { title: ['title'], edition: ['edition'], releaseId: ['releaseId'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('profiles.nextTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('profiles.nextBody')}</Text>
        {formError ? <FormError>{formError}</FormError> : null}
        <NativeSelect
          {...form.field('releaseId', t('profiles.releaseLabel'))}
          data={publishedReleases.map((r) => ({ value: r.id, label: r.label }))}
        />
        <TextInput {...form.field('title', t('profiles.titleLabel'))} maxLength={INPUT_LIMITS.textMax} />
        <TextInput {...form.field('edition', t('profiles.editionField'))} description={t('profiles.editionHint')} maxLength={INPUT_LIMITS.editionMax} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('profiles.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('profiles.nextSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
