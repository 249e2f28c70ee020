import { Button, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDataClient, describeError, MY_WORKSPACES_QUERY } from '@mps/web-data-access';
import {
  displayNameSchema,
  emailSchema,
  nameSchema,
  nationalNeedsCountryCode,
  optionalNewPasswordSchema,
  PASSWORD_MIN_LENGTH,
  workspaceFieldsSchema,
  WORKSPACE_KINDS,
  type WorkspaceKind,
} from '@mps/shared-domain';
import { FormError, PasswordField } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, showProblem, useSchemaForm } from '@mps/web-util';
import { ADD_FIRST_COORDINATOR_MUTATION, CREATE_FIRST_ORGANIZATION_MUTATION, CREATE_WORKSPACE_MUTATION } from './workspaces-documents';

/** "Republic of Norland" -> "republic-of-norland" */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The workspace's rules (shared with the API) and its first coordinator's. */
export const createWorkspaceFormSchema = nationalNeedsCountryCode(
  workspaceFieldsSchema.extend({
    organization: nameSchema,
    email: emailSchema,
    displayName: displayNameSchema,
    password: optionalNewPasswordSchema,
  }),
);

/**
 * Creates a workspace and its first coordinator in three steps: the workspace,
 * its coordinating organisation (a government agency) and the coordinator's membership.
 */
export function CreateWorkspaceForm() {
  const { t } = useTranslation();
  const client = useDataClient();
  const form = useSchemaForm(createWorkspaceFormSchema, {
    name: '',
    slug: '',
    kind: 'NATIONAL' as WorkspaceKind,
    countryCode: '',
    organization: t('createWorkspace.organizationDefault'),
    email: '',
    displayName: '',
    password: '',
  });
  const [slugTouched, setSlugTouched] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.submitWith(async (input) => {
    setFormError(null);
    let workspaceId: string | null = null;
    try {
      const ws = await client.mutate({
        mutation: CREATE_WORKSPACE_MUTATION,
        variables: { input: { name: input.name, slug: input.slug, kind: input.kind, countryCode: input.countryCode } },
      });
      workspaceId = ws.data?.createWorkspace.id ?? null;
      if (!workspaceId) throw new Error('No workspace id returned');
      const org = await client.mutate({
        mutation: CREATE_FIRST_ORGANIZATION_MUTATION,
        variables: { input: { workspaceId, name: input.organization, kind: 'GOVERNMENT_AGENCY' } },
      });
      const organizationId = org.data?.createOrganization.id;
      if (!organizationId) throw new Error('No organisation id returned');
      await client.mutate({
        mutation: ADD_FIRST_COORDINATOR_MUTATION,
        variables: {
          input: {
            workspaceId,
            organizationId,
            email: input.email,
            displayName: input.displayName,
            password: input.password,
            role: 'COORDINATOR',
          },
        },
      });
      notifications.show({
        color: 'green',
        message: t('createWorkspace.created', { name: input.name, coordinator: input.displayName }),
      });
      form.reset();
      setSlugTouched(false);
    } catch (error) {
      const problem = describeError(error);
      if (workspaceId) {
        // The workspace exists: say so, and where to finish.
        setFormError(t('createWorkspace.partial', { name: input.name, reason: problemMessage(t, problem) }));
      } else {
        setFormError(
          showProblem(form, t, problem, {
            slug: ['slug'],
            countryCode: ['countryCode', 'country'],
            kind: ['kind'],
            name: ['name'],
          }),
        );
      }
    } finally {
      if (workspaceId) await client.refetchQueries({ include: [MY_WORKSPACES_QUERY] }).catch(() => undefined);
    }
  });

  const legendStyles = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } };

  return (
    <Paper component="section" aria-labelledby="create-ws-heading" withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <form onSubmit={submit} aria-labelledby="create-ws-heading" noValidate>
        <Stack gap="lg" maw="46rem">
          <div>
            <Title order={2} id="create-ws-heading">
              {t('createWorkspace.heading')}
            </Title>
            <Text c="dimmed" mt={4} maw="42rem">
              {t('createWorkspace.intro')}
            </Text>
          </div>
          {formError ? <FormError>{formError}</FormError> : null}
          <Fieldset legend={t('createWorkspace.workspaceLegend')} variant="unstyled" styles={legendStyles}>
            <Stack gap="md">
              <TextInput
                {...form.field('name', t('createWorkspace.name'))}
                description={t('createWorkspace.nameHint')}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  form.setFieldValue('name', name);
                  if (!slugTouched) form.setFieldValue('slug', slugify(name));
                }}
              />
              <TextInput
                {...form.field('slug', t('createWorkspace.slug'))}
                description={t('createWorkspace.slugHint')}
                spellCheck={false}
                onChange={(e) => {
                  setSlugTouched(true);
                  form.setFieldValue('slug', e.currentTarget.value);
                }}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  {...form.field('kind', t('createWorkspace.kind'))}
                  data={WORKSPACE_KINDS.map((k) => ({ value: k, label: t(`workspaceKinds.${k}`) }))}
                />
                <TextInput
                  {...form.field('countryCode', t('createWorkspace.countryCode'))}
                  maxLength={2}
                  autoCapitalize="characters"
                  spellCheck={false}
                  onChange={(e) => form.setFieldValue('countryCode', e.currentTarget.value.toUpperCase())}
                  description={t('createWorkspace.countryCodeHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('createWorkspace.coordinatorLegend')} variant="unstyled" styles={legendStyles}>
            <Stack gap="md">
              <TextInput
                {...form.field('organization', t('createWorkspace.organization'))}
                description={t('createWorkspace.organizationHint')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  {...form.field('email', t('createWorkspace.email'))}
                  type="email"
                  autoComplete="off"
                  spellCheck={false}
                />
                <TextInput {...form.field('displayName', t('createWorkspace.displayName'))} autoComplete="off" />
              </SimpleGrid>
              <PasswordField
                {...form.field('password', t('createWorkspace.password'))}
                description={t('createWorkspace.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
              />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('createWorkspace.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
