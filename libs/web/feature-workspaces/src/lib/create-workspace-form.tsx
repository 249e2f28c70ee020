import { Button, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApolloClient } from '@apollo/client/react';
import {
  COUNTRY_CODE_RE,
  isValidEmail,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SLUG_RE,
  WORKSPACE_KINDS,
  type WorkspaceKind,
} from '@mps/shared-domain';
import { describeError, MY_WORKSPACES_QUERY } from '@mps/web-data-access';
import { FormError, PasswordField } from '@mps/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldForProblem, focusFirstInvalid, problemMessage } from '@mps/web-util';
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

type Field = 'name' | 'slug' | 'kind' | 'countryCode' | 'organization' | 'email' | 'displayName' | 'password';
type Errors = Partial<Record<Field, string>>;

const EMPTY = {
  name: '',
  slug: '',
  kind: 'NATIONAL' as WorkspaceKind,
  countryCode: '',
  organization: '',
  email: '',
  displayName: '',
  password: '',
};

/**
 * Creates a workspace and its first coordinator in three steps: the workspace,
 * its coordinating organisation (a government agency) and the coordinator's membership.
 */
export function CreateWorkspaceForm() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [values, setValues] = useState({ ...EMPTY, organization: t('createWorkspace.organizationDefault') });
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = (field: keyof typeof EMPTY, value: string) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      if (field === 'name' && !slugTouched) next.slug = slugify(value);
      return next;
    });
  };

  const validate = (): Errors => {
    const e: Errors = {};
    const req = (label: string) => t('errors.required', { field: label.toLowerCase() });
    if (!values.name.trim()) e.name = req(t('createWorkspace.name'));
    if (!values.slug.trim()) e.slug = req(t('createWorkspace.slug'));
    else if (!SLUG_RE.test(values.slug.trim())) e.slug = t('errors.slug');
    if (values.countryCode && !COUNTRY_CODE_RE.test(values.countryCode.trim())) e.countryCode = t('errors.countryCode');
    if (!values.organization.trim()) e.organization = req(t('createWorkspace.organization'));
    if (!values.email.trim()) e.email = req(t('createWorkspace.email'));
    else if (!isValidEmail(values.email)) e.email = t('errors.email');
    if (!values.displayName.trim()) e.displayName = req(t('createWorkspace.displayName'));
    if (values.password && (values.password.length < PASSWORD_MIN_LENGTH || values.password.length > PASSWORD_MAX_LENGTH)) {
      e.password = t('errors.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
    }
    return e;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const found = validate();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    setSubmitting(true);
    const name = values.name.trim();
    let workspaceId: string | null = null;
    try {
      const ws = await client.mutate({
        mutation: CREATE_WORKSPACE_MUTATION,
        variables: {
          input: {
            name,
            slug: values.slug.trim(),
            kind: values.kind,
            countryCode: values.countryCode.trim() || null,
          },
        },
      });
      workspaceId = ws.data?.createWorkspace.id ?? null;
      if (!workspaceId) throw new Error('No workspace id returned');
      const org = await client.mutate({
        mutation: CREATE_FIRST_ORGANIZATION_MUTATION,
        variables: { input: { workspaceId, name: values.organization.trim(), kind: 'GOVERNMENT_AGENCY' } },
      });
      const organizationId = org.data?.createOrganization.id;
      if (!organizationId) throw new Error('No organisation id returned');
      await client.mutate({
        mutation: ADD_FIRST_COORDINATOR_MUTATION,
        variables: {
          input: {
            workspaceId,
            organizationId,
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            password: values.password || null,
            role: 'COORDINATOR',
          },
        },
      });
      notifications.show({
        color: 'green',
        message: t('createWorkspace.created', { name, coordinator: values.displayName.trim() }),
      });
      setValues({ ...EMPTY, organization: t('createWorkspace.organizationDefault') });
      setSlugTouched(false);
    } catch (error) {
      const problem = describeError(error);
      const message = problemMessage(t, problem);
      if (workspaceId) {
        // The workspace exists: say so, and where to finish.
        setFormError(t('createWorkspace.partial', { name, reason: message }));
      } else {
        const field = fieldForProblem<Field>(problem, {
          slug: ['slug'],
          countryCode: ['countryCode', 'country'],
          kind: ['kind'],
          name: ['name'],
          organization: [],
          email: [],
          displayName: [],
          password: [],
        });
        if (field) setErrors({ [field]: message });
        else setFormError(message);
      }
    } finally {
      if (workspaceId) await client.refetchQueries({ include: [MY_WORKSPACES_QUERY] }).catch(() => undefined);
      setSubmitting(false);
    }
  };

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
          <Fieldset legend={t('createWorkspace.workspaceLegend')} variant="unstyled" styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } }}>
            <Stack gap="md">
              <TextInput
                label={t('createWorkspace.name')}
                description={t('createWorkspace.nameHint')}
                value={values.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={errors.name}
              />
              <TextInput
                label={t('createWorkspace.slug')}
                description={t('createWorkspace.slugHint')}
                value={values.slug}
                spellCheck={false}
                onChange={(e) => {
                  setSlugTouched(true);
                  set('slug', e.currentTarget.value);
                }}
                error={errors.slug}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  label={t('createWorkspace.kind')}
                  value={values.kind}
                  onChange={(e) => set('kind', e.currentTarget.value)}
                  error={errors.kind}
                  data={WORKSPACE_KINDS.map((k) => ({ value: k, label: t(`workspaceKinds.${k}`) }))}
                />
                <TextInput
                  label={t('createWorkspace.countryCode')}
                  value={values.countryCode}
                  maxLength={2}
                  autoCapitalize="characters"
                  spellCheck={false}
                  onChange={(e) => set('countryCode', e.currentTarget.value.toUpperCase())}
                  error={errors.countryCode}
                  description={t('createWorkspace.countryCodeHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('createWorkspace.coordinatorLegend')} variant="unstyled" styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } }}>
            <Stack gap="md">
              <TextInput
                label={t('createWorkspace.organization')}
                description={t('createWorkspace.organizationHint')}
                value={values.organization}
                onChange={(e) => set('organization', e.currentTarget.value)}
                error={errors.organization}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('createWorkspace.email')}
                  type="email"
                  autoComplete="off"
                  spellCheck={false}
                  value={values.email}
                  onChange={(e) => set('email', e.currentTarget.value)}
                  error={errors.email}
                />
                <TextInput
                  label={t('createWorkspace.displayName')}
                  autoComplete="off"
                  value={values.displayName}
                  onChange={(e) => set('displayName', e.currentTarget.value)}
                  error={errors.displayName}
                />
              </SimpleGrid>
              <PasswordField
                label={t('createWorkspace.password')}
                description={t('createWorkspace.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set('password', e.currentTarget.value)}
                error={errors.password}
              />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={submitting}>
              {t('createWorkspace.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
