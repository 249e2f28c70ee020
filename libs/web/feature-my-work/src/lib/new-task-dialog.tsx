import { Button, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, describeError } from '@mps/web-data-access';
import { createTaskSchema, INPUT_LIMITS, sectionLabel } from '@mps/shared-domain';
import { FormError, LoadingSkeleton, useReturnFocusOnUnmount } from '@mps/web-ui';
import { QueryError, showProblem, translateFieldError, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CREATE_TASK_MUTATION, TASK_FORM_OPTIONS_QUERY } from './my-work-documents';

/** The end of the chosen day where the person is: "due on the 5th" means by the end of the 5th. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();

/**
 * A coordinator's new task: profile, optional section, what needs doing, details, one assignee (an organisation,
 * whose members may all take it, or a person) and an optional due date. The shared schema checks the fields here
 * and the server again; the server's refusals land beside their field.
 */
export function NewTaskDialog({ workspaceId, opened, onClose }: { workspaceId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  // My work renders the dialog only while it is open: Mantine's own focus return never runs.
  useReturnFocusOnUnmount();
  const options = useQuery(TASK_FORM_OPTIONS_QUERY, { variables: { workspaceId }, skip: !opened });
  const form = useSchemaForm(createTaskSchema, {
    title: '',
    description: '',
    assigneeUserId: '',
    assigneeOrganizationId: '',
    dueAt: '',
  });
  const [profileId, setProfileId] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [kind, setKind] = useState<'organization' | 'person'>('organization');
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_TASK_MUTATION, { refetchQueries: ['MyWork'] });

  const workspace = options.data?.workspace;
  const profiles = workspace?.profiles ?? [];
  const profile = profiles.find((p) => p.id === profileId) ?? profiles[0] ?? null;
  const people = (workspace?.members ?? []).filter((m) => m.active && m.role !== 'OBSERVER');
  const pickKind = (next: string) => {
    setKind(next === 'person' ? 'person' : 'organization');
    form.setValues({ assigneeUserId: '', assigneeOrganizationId: '' });
    form.clearFieldError('assigneeUserId');
  };
  const close = () => {
    form.reset();
    setFormError(null);
    setSectionId('');
    onClose();
  };

  const submit = form.submitWith(async (parsed) => {
    if (!profile) return;
    setFormError(null);
    try {
      await create({
        variables: {
          input: {
            profileId: profile.id,
            sectionId: sectionId || null,
            title: parsed.title,
            description: parsed.description,
            assigneeUserId: parsed.assigneeUserId,
            assigneeOrganizationId: parsed.assigneeOrganizationId,
            dueAt: form.values.dueAt ? endOfDay(form.values.dueAt) : null,
          },
        },
      });
      notifications.show({ color: 'green', message: t('myWork.newTask.created', { title: parsed.title }) });
      close();
    } catch (error) {
      setFormError(
        showProblem(form, t, describeError(error), {
          title: ['title'],
          description: ['description'],
          assigneeUserId: ['assigneeUserId', 'assigneeOrganizationId'],
          dueAt: ['dueAt'],
        }),
      );
    }
  });

  // The schema names one field for "choose one assignee": show it beside the select that is on screen.
  const assigneeError = translateFieldError(t, form.errors['assigneeUserId'] ?? form.errors['assigneeOrganizationId'], t(kind === 'person' ? 'myWork.newTask.person' : 'myWork.newTask.organization').toLocaleLowerCase());

  return (
    <Modal closeButtonProps={{ 'aria-label': t('closeDialog', { ns: 'ui' }) }} opened={opened} onClose={close} title={t('myWork.newTask.title')} size="lg">
      {options.error && !options.data ? (
        <QueryError error={options.error} onRetry={() => void options.refetch()} />
      ) : !workspace ? (
        <LoadingSkeleton rows={4} />
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('myWork.newTask.title')}>
          <Stack gap="sm">
            {formError ? <FormError>{formError}</FormError> : null}
            <NativeSelect
              label={t('myWork.newTask.profile')}
              value={profile?.id ?? ''}
              onChange={(event) => {
                setProfileId(event.currentTarget.value);
                setSectionId('');
              }}
              data={profiles.map((p) => ({ value: p.id, label: `${p.title} (${p.edition})` }))}
            />
            <NativeSelect
              label={t('myWork.newTask.section')}
              value={sectionId}
              onChange={(event) => setSectionId(event.currentTarget.value)}
              data={[
                { value: '', label: t('myWork.newTask.noSection') },
                ...(profile?.sections ?? []).filter((s) => !s.archived).map((s) => ({ value: s.id, label: sectionLabel(s) })),
              ]}
            />
            <TextInput {...form.field('title', t('myWork.newTask.titleLabel'), { messageLabel: t('myWork.newTask.titleLabel').toLocaleLowerCase() })} description={t('myWork.newTask.titleHint')} maxLength={INPUT_LIMITS.textMax} />
            <Textarea {...form.field('description', t('myWork.newTask.description'))} rows={3} maxLength={INPUT_LIMITS.reasonMax} />
            <Radio.Group label={t('myWork.newTask.assigneeKind')} value={kind} onChange={pickKind}>
              <Stack gap={6} mt={6}>
                <Radio value="organization" label={t('myWork.newTask.kindOrganization')} />
                <Radio value="person" label={t('myWork.newTask.kindPerson')} />
              </Stack>
            </Radio.Group>
            {kind === 'organization' ? (
              <NativeSelect
                label={t('myWork.newTask.organization')}
                value={form.values.assigneeOrganizationId}
                onChange={(event) => form.setFieldValue('assigneeOrganizationId', event.currentTarget.value)}
                error={assigneeError}
                data={[{ value: '', label: t('myWork.newTask.pick') }, ...workspace.organizations.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))]}
              />
            ) : (
              <NativeSelect
                label={t('myWork.newTask.person')}
                value={form.values.assigneeUserId}
                onChange={(event) => form.setFieldValue('assigneeUserId', event.currentTarget.value)}
                error={assigneeError}
                data={[
                  { value: '', label: t('myWork.newTask.pick') },
                  ...people.map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.organization.acronym ?? m.organization.name})` })),
                ]}
              />
            )}
            <TextInput {...form.field('dueAt', t('myWork.newTask.dueAt'))} type="date" w={{ base: '100%', sm: 220 }} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('myWork.newTask.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('myWork.newTask.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
