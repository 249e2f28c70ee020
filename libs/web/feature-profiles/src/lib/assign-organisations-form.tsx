import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError } from '@mps/web-data-access';
import { FormError } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, useSchemaForm } from '@mps/web-util';
import { z } from 'zod';
import { ASSIGN_SECTION_MUTATION } from './profile-documents';

export interface Organisation {
  id: string;
  name: string;
  acronym: string | null;
}

/** Any set of the workspace's organisations, none included (the API checks they belong to it). */
const assignSchema = z.object({ organizationIds: z.array(z.string()) });

/** Which organisations draft a section: their focal points may edit it. */
export function AssignOrganisationsForm({
  sectionId,
  assigned,
  organisations,
  onDone,
}: {
  sectionId: string;
  assigned: string[];
  organisations: readonly Organisation[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(assignSchema, { organizationIds: assigned });
  const [formError, setFormError] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(ASSIGN_SECTION_MUTATION);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));

  const submit = form.submitWith(async ({ organizationIds }) => {
    setFormError(null);
    try {
      await assign({ variables: { sectionId, organizationIds } });
      notifications.show({ color: 'green', message: t('outline.assigned') });
      onDone();
    } catch (err) {
      setFormError(problemMessage(t, describeError(err)));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('outline.assign')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        {sorted.length === 0 ? (
          <Text>{t('outline.noOrganisations')}</Text>
        ) : (
          <Checkbox.Group {...form.field('organizationIds', t('outline.assignLabel'))} description={t('outline.assignHint')}>
            <Stack gap="xs" mt="xs">
              {sorted.map((org) => (
                <Checkbox key={org.id} value={org.id} label={org.acronym ? `${org.name} (${org.acronym})` : org.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
