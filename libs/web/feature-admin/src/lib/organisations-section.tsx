import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError, getFragmentData, graphql, type FragmentType } from '@mps/web-data-access';
import {
  ORGANIZATION_KINDS,
  organizationSchema,
  renameOrganizationSchema,
  type OrganizationKind,
} from '@mps/shared-domain';
import { formatDate, FormError, ResponsiveTable } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { CREATE_ORGANIZATION_MUTATION, RENAME_ORGANIZATION_MUTATION } from './admin-documents';
import type { AdminOrganization } from './admin-types';

/** What an organisation's row (and its rename form) shows of an organisation. */
export const ORGANISATION_ROW_FIELDS = graphql(`
  fragment OrganisationRowFields on Organization {
    id
    name
    acronym
    kind
    createdAt
  }
`);

export function OrganisationsSection({
  workspaceId,
  ...props
}: {
  workspaceId: string;
  organizations: ReadonlyArray<FragmentType<typeof ORGANISATION_ROW_FIELDS>>;
}) {
  const { t } = useTranslation();
  const organizations = getFragmentData(ORGANISATION_ROW_FIELDS, props.organizations);
  const sorted = [...organizations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack component="section" aria-labelledby="orgs-heading" gap="md">
      <Title order={2} id="orgs-heading">
        {t('admin.orgsHeading')}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed">{t('admin.noOrgs')}</Text>
      ) : (
        <ResponsiveTable>
          <Table.Caption className="visually-hidden">
            {t('admin.orgsCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('orgs.name')}</Table.Th>
              <Table.Th scope="col">{t('orgs.kind')}</Table.Th>
              <Table.Th scope="col">{t('orgs.added')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((org) => (
              <OrganisationRow key={org.id} org={org} />
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      <AddOrganisationForm workspaceId={workspaceId} />
    </Stack>
  );
}

function OrganisationRow({ org }: { org: AdminOrganization }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const kindLabel = t(`organizationKinds.${org.kind as OrganizationKind}`);

  if (editing) {
    return (
      <Table.Tr>
        <Table.Td colSpan={4}>
          <RenameOrganisationForm org={org} onDone={() => setEditing(false)} />
        </Table.Td>
      </Table.Tr>
    );
  }

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{org.name}</Text>
        {org.acronym ? (
          <Text size="sm" c="dimmed">
            {org.acronym}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td data-label={t('orgs.kind')}>{kindLabel}</Table.Td>
      <Table.Td data-label={t('orgs.added')}>{formatDate(org.createdAt)}</Table.Td>
      <Table.Td>
        <Button variant="default" size="sm" onClick={() => setEditing(true)} aria-label={t('orgs.renameNamed', { name: org.name })}>
          {t('orgs.rename')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Renames an organisation in its table row; opens with its current name and acronym. */
export function RenameOrganisationForm({ org, onDone }: { org: AdminOrganization; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(renameOrganizationSchema, { name: org.name, acronym: org.acronym ?? '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RENAME_ORGANIZATION_MUTATION);

  const save = form.submitWith(async ({ name, acronym }) => {
    setFormError(null);
    try {
      const { data } = await rename({ variables: { id: org.id, name, acronym } });
      onDone();
      const renamed = getFragmentData(ORGANISATION_ROW_FIELDS, data?.renameOrganization);
      notifications.show({ color: 'green', message: t('orgs.renamedToast', { name: renamed?.name ?? name }) });
    } catch (error) {
      setFormError(showProblem(form, t, describeError(error), { acronym: ['acronym'], name: ['name'] }));
    }
  });

  return (
    <form onSubmit={save} aria-label={t('orgs.renameNamed', { name: org.name })} noValidate>
      <Stack gap="sm">
        {formError ? <FormError>{formError}</FormError> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...form.field('name', t('orgs.renameName', { name: org.name }), { messageLabel: t('orgs.name').toLowerCase() })}
            data-autofocus
            autoFocus
          />
          <TextInput {...form.field('acronym', t('orgs.renameAcronym', { name: org.name }))} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('orgs.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('orgs.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds an organisation to the workspace; the table shows it once the server's list is back. */
export function AddOrganisationForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(organizationSchema, { name: '', acronym: '', kind: '' as OrganizationKind | '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_ORGANIZATION_MUTATION, {
    // The admin page's lists come again from the server: they show the change before the form says it is done.
    refetchQueries: ['AdminWorkspace'],
    awaitRefetchQueries: true,
  });

  const submit = form.submitWith(async (input) => {
    setFormError(null);
    try {
      await create({ variables: { input: { workspaceId, ...input } } });
      notifications.show({ color: 'green', message: t('orgs.addedToast', { name: input.name }) });
      form.reset();
    } catch (error) {
      setFormError(showProblem(form, t, describeError(error), { acronym: ['acronym'], kind: ['kind'], name: ['name'] }));
    }
  });
  const kindLabel = t('orgs.kind');

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} mt="sm">
      <form onSubmit={submit} aria-labelledby="add-org-heading" noValidate>
        <Stack gap="md">
          <Title order={3} id="add-org-heading">
            {t('orgs.addHeading')}
          </Title>
          {formError ? <FormError>{formError}</FormError> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput {...form.field('name', t('orgs.name'))} required withAsterisk={false} />
            <TextInput {...form.field('acronym', t('orgs.acronym'))} />
            <NativeSelect
              {...form.field('kind', kindLabel)}
              data={[
                { value: '', label: t('validation.selectOne', { field: kindLabel.toLowerCase() }), disabled: true },
                ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`organizationKinds.${k}`) })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading}>
              {t('orgs.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
