import { Button, Group, List, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError } from '@mps/web-data-access';
import { INPUT_LIMITS, prepareReleaseSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREPARE_RELEASE_MUTATION, RELEASE_READINESS_QUERY, WORKSPACE_RELEASES_QUERY } from './releases-documents';

/**
 * Prepare a release (coordinators): a version and notes. The server decides whether the gate is met; when it is not,
 * its blockers are listed here as well as in the checklist.
 */
export function PrepareReleaseForm({
  profileId,
  workspaceId,
  onPrepared,
}: {
  profileId: string;
  workspaceId: string;
  onPrepared(releaseId: string): void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(prepareReleaseSchema, { version: '', notes: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [blockers, setBlockers] = useState<string[]>([]);
  const [prepare, { loading }] = useMutation(PREPARE_RELEASE_MUTATION, {
    refetchQueries: [
      { query: WORKSPACE_RELEASES_QUERY, variables: { id: workspaceId } },
      { query: RELEASE_READINESS_QUERY, variables: { profileId } },
    ],
  });

  const submit = form.submitWith(async ({ version, notes }) => {
    setFormError(null);
    setBlockers([]);
    try {
      const result = await prepare({ variables: { input: { profileId, version, notes } } });
      const created = result.data?.prepareRelease;
      form.reset();
      notifications.show({ color: 'green', message: t('releases.preparedNotice', { version }) });
      if (created) onPrepared(created.id);
    } catch (err) {
      const problem = describeError(err);
      setBlockers(problem.blockers);
      setFormError(showProblem(form, t, problem, { version: ['version'], notes: ['notes'] }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('releases.prepareTitle')}>
      <Stack gap="sm">
        {formError ? (
          <FormError>
            {formError}
            {blockers.length ? (
              <List size="sm" mt={4}>
                {blockers.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            ) : null}
          </FormError>
        ) : null}
        <TextInput
          {...form.field('version', t('releases.versionLabel'))}
          description={t('releases.versionHint')}
          maxLength={INPUT_LIMITS.releaseVersionMax}
          w={{ base: '100%', sm: 240 }}
        />
        <Textarea {...form.field('notes', t('releases.notesLabel'))} rows={3} maxLength={INPUT_LIMITS.notesMax} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('releases.prepareSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
