import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@mps/shared-domain';
import { describeError } from '@mps/web-data-access';
import { formatDate, FormError, ResponsiveTable } from '@mps/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldForProblem, focusFirstInvalid, problemMessage } from '@mps/web-util';
import { CREATE_ORGANIZATION_MUTATION, RENAME_ORGANIZATION_MUTATION } from './admin-documents';
import type { AdminOrganization } from './admin-types';

export function OrganisationsSection({
  workspaceId,
  organizations,
}: {
  workspaceId: string;
  organizations: AdminOrganization[];
}) {
  const { t } = useTranslation();
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
  const [name, setName] = useState(org.name);
  const [acronym, setAcronym] = useState(org.acronym ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RENAME_ORGANIZATION_MUTATION);

  const start = () => {
    setName(org.name);
    setAcronym(org.acronym ?? '');
    setNameError(null);
    setFormError(null);
    setEditing(true);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!name.trim()) {
      setNameError(t('errors.required', { field: t('orgs.name').toLowerCase() }));
      return;
    }
    setNameError(null);
    try {
      const { data } = await rename({
        variables: { id: org.id, name: name.trim(), acronym: acronym.trim() || null },
      });
      setEditing(false);
      notifications.show({ color: 'green', message: t('orgs.renamedToast', { name: data?.renameOrganization.name ?? name }) });
    } catch (error) {
      const problem = describeError(error);
      const message = problemMessage(t, problem);
      if (fieldForProblem(problem, { name: ['name'] }) === 'name') setNameError(message);
      else setFormError(message);
    }
  };

  const kindLabel = t(`organizationKinds.${org.kind as OrganizationKind}`);

  if (editing) {
    return (
      <Table.Tr>
        <Table.Td colSpan={4}>
          <form onSubmit={save} aria-label={t('orgs.renameNamed', { name: org.name })} noValidate>
            <Stack gap="sm">
              {formError ? <FormError>{formError}</FormError> : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('orgs.renameName', { name: org.name })}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={nameError}
                  data-autofocus
                  autoFocus
                />
                <TextInput
                  label={t('orgs.renameAcronym', { name: org.name })}
                  value={acronym}
                  onChange={(e) => setAcronym(e.currentTarget.value)}
                />
              </SimpleGrid>
              <Group gap="sm">
                <Button type="submit" loading={loading}>
                  {t('orgs.save')}
                </Button>
                <Button variant="default" onClick={() => setEditing(false)} disabled={loading}>
                  {t('orgs.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
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
        <Button variant="default" size="sm" onClick={start} aria-label={t('orgs.renameNamed', { name: org.name })}>
          {t('orgs.rename')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

interface OrgFieldErrors {
  name?: string;
  acronym?: string;
  kind?: string;
}

function AddOrganisationForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [errors, setErrors] = useState<OrgFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_ORGANIZATION_MUTATION, {
    update(cache, { data }) {
      const created = data?.createOrganization;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Workspace', id: workspaceId }),
        fields: {
          organizations(existing = [], { toReference }) {
            const ref = toReference({ __typename: 'Organization', id: created.id });
            return ref ? [...(existing as readonly unknown[]), ref] : existing;
          },
        },
      });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const next: OrgFieldErrors = {};
    if (!name.trim()) next.name = t('errors.required', { field: t('orgs.name').toLowerCase() });
    if (!kind) next.kind = t('errors.selectOne', { field: t('orgs.kind').toLowerCase() });
    setErrors(next);
    setFormError(null);
    if (next.name || next.kind || !kind) {
      focusFirstInvalid(form);
      return;
    }
    try {
      await create({
        variables: { input: { workspaceId, name: name.trim(), acronym: acronym.trim() || null, kind } },
      });
      notifications.show({ color: 'green', message: t('orgs.addedToast', { name: name.trim() }) });
      setName('');
      setAcronym('');
      setKind('');
    } catch (error) {
      const problem = describeError(error);
      const message = problemMessage(t, problem);
      const field = fieldForProblem(problem, { acronym: ['acronym'], kind: ['kind'], name: ['name'] });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} mt="sm">
      <form onSubmit={submit} aria-labelledby="add-org-heading" noValidate>
        <Stack gap="md">
          <Title order={3} id="add-org-heading">
            {t('orgs.addHeading')}
          </Title>
          {formError ? <FormError>{formError}</FormError> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label={t('orgs.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              required
              withAsterisk={false}
            />
            <TextInput
              label={t('orgs.acronym')}
              value={acronym}
              onChange={(e) => setAcronym(e.currentTarget.value)}
              error={errors.acronym}
            />
            <NativeSelect
              label={t('orgs.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as OrganizationKind | '')}
              error={errors.kind}
              data={[
                { value: '', label: t('errors.selectOne', { field: t('orgs.kind').toLowerCase() }), disabled: true },
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
