import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { isValidEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@mps/shared-domain';
import { describeError } from '@mps/web-data-access';
import { ConfirmDialog, FormError, PasswordField, ResponsiveTable } from '@mps/web-ui';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldForProblem, focusFirstInvalid, problemMessage } from '@mps/web-util';
import { ADD_MEMBER_MUTATION, DEACTIVATE_MEMBER_MUTATION, UPDATE_MEMBER_MUTATION } from './admin-documents';
import type { AdminMember, AdminOrganization } from './admin-types';

interface MembersSectionProps {
  workspaceId: string;
  members: AdminMember[];
  organizations: AdminOrganization[];
  currentUserId: string | null;
}

const ROLE_ORDER: Record<Role, number> = { COORDINATOR: 0, FOCAL_POINT: 1, CONTRIBUTOR: 2, OBSERVER: 3 };

export function MembersSection({ workspaceId, members, organizations, currentUserId }: MembersSectionProps) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toDeactivate, setToDeactivate] = useState<AdminMember | null>(null);
  const [deactivateError, setDeactivateError] = useState<string | null>(null);
  const [deactivate, { loading: deactivating }] = useMutation(DEACTIVATE_MEMBER_MUTATION, {
    update(cache, { data }) {
      const gone = data?.deactivateMember;
      if (!gone) return;
      cache.modify({
        id: cache.identify({ __typename: 'Workspace', id: workspaceId }),
        fields: {
          members(existing = [], { readField }) {
            return (existing as readonly object[]).filter((ref) => readField('id', ref as never) !== gone.id);
          },
        },
      });
    },
  });

  const active = members
    .filter((m) => m.active)
    .sort(
      (a, b) =>
        ROLE_ORDER[a.role as Role] - ROLE_ORDER[b.role as Role] || a.user.displayName.localeCompare(b.user.displayName),
    );

  const confirmDeactivate = async () => {
    if (!toDeactivate) return;
    setDeactivateError(null);
    try {
      await deactivate({ variables: { membershipId: toDeactivate.id } });
      notifications.show({ color: 'green', message: t('members.deactivatedToast', { name: toDeactivate.user.displayName }) });
      setToDeactivate(null);
    } catch (error) {
      setDeactivateError(problemMessage(t, describeError(error)));
    }
  };

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="md">
      <Title order={2} id="members-heading">
        {t('admin.membersHeading')}
      </Title>
      {active.length === 0 ? (
        <Text c="dimmed">{t('admin.noMembers')}</Text>
      ) : (
        <ResponsiveTable>
          <Table.Caption className="visually-hidden">
            {t('admin.membersCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col">{t('members.email')}</Table.Th>
              <Table.Th scope="col">{t('members.organization')}</Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {active.map((member) => {
              const isSelf = member.user.id === currentUserId;
              const name = member.user.displayName;
              return (
                <Fragment key={member.id}>
                  <Table.Tr>
                    <Table.Td>
                      <Text fw={600} component="span">
                        {name}
                      </Text>
                      {isSelf ? (
                        <Text component="span" c="dimmed" size="sm">
                          {' '}
                          ({t('members.you')})
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-label={t('members.email')} style={{ overflowWrap: 'break-word' }}>
                      {member.user.email}
                    </Table.Td>
                    <Table.Td data-label={t('members.organization')}>{member.organization.name}</Table.Td>
                    <Table.Td data-label={t('members.role')}>
                      <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t(`roles.${member.role as Role}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="wrap">
                        <Button
                          size="sm"
                          variant="default"
                          aria-label={t('members.changeNamed', { name })}
                          aria-expanded={editingId === member.id}
                          onClick={() => setEditingId(editingId === member.id ? null : member.id)}
                        >
                          {t('members.change')}
                        </Button>
                        {!isSelf ? (
                          <Button
                            size="sm"
                            variant="outline"
                            color="red.8"
                            aria-label={t('members.deactivateNamed', { name })}
                            onClick={() => {
                              setDeactivateError(null);
                              setToDeactivate(member);
                            }}
                          >
                            {t('members.deactivate')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {editingId === member.id ? (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <ChangeMemberForm member={member} organizations={organizations} onDone={() => setEditingId(null)} />
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      <AddMemberForm workspaceId={workspaceId} organizations={organizations} />
      <ConfirmDialog
        opened={toDeactivate !== null}
        title={t('members.deactivateTitle', { name: toDeactivate?.user.displayName ?? '' })}
        confirmLabel={t('members.deactivateConfirm')}
        tone="danger"
        loading={deactivating}
        error={deactivateError}
        onConfirm={() => void confirmDeactivate()}
        onCancel={() => setToDeactivate(null)}
      >
        {t('members.deactivateBody', { name: toDeactivate?.user.displayName ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}

function ChangeMemberForm({
  member,
  organizations,
  onDone,
}: {
  member: AdminMember;
  organizations: AdminOrganization[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role as Role);
  const [organizationId, setOrganizationId] = useState(member.organization.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_MEMBER_MUTATION);
  const name = member.user.displayName;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const roleChanged = role !== member.role;
    const orgChanged = organizationId !== member.organization.id;
    if (!roleChanged && !orgChanged) {
      onDone();
      return;
    }
    try {
      const { data } = await update({
        variables: {
          input: {
            membershipId: member.id,
            ...(roleChanged ? { role } : {}),
            ...(orgChanged ? { organizationId } : {}),
          },
        },
      });
      const updated = data?.updateMember;
      notifications.show({
        color: 'green',
        message: t('members.updatedToast', {
          name,
          role: t(`roles.${(updated?.role ?? role) as Role}`),
          organization: updated?.organization.name ?? '',
        }),
      });
      onDone();
    } catch (error) {
      setFormError(problemMessage(t, describeError(error)));
    }
  };

  return (
    <form onSubmit={save} aria-label={t('members.changeNamed', { name })} noValidate>
      <Stack gap="sm" py="xs">
        {formError ? <FormError>{formError}</FormError> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('members.changeRole')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <NativeSelect
            label={t('members.changeOrganization')}
            value={organizationId}
            onChange={(e) => setOrganizationId(e.currentTarget.value)}
            data={[...organizations]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t(`roleHelp.${role}`)}
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('members.saveChanges')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('members.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface MemberFieldErrors {
  email?: string;
  displayName?: string;
  password?: string;
  organizationId?: string;
  role?: string;
}

function AddMemberForm({ workspaceId, organizations }: { workspaceId: string; organizations: AdminOrganization[] }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<MemberFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [addMember, { loading }] = useMutation(ADD_MEMBER_MUTATION, {
    update(cache, { data }) {
      const created = data?.addMember;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Workspace', id: workspaceId }),
        fields: {
          members(existing = [], { toReference, readField }) {
            const list = existing as readonly object[];
            if (list.some((ref) => readField('id', ref as never) === created.id)) return list;
            const ref = toReference({ __typename: 'Membership', id: created.id });
            return ref ? [...list, ref] : list;
          },
        },
      });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const next: MemberFieldErrors = {};
    if (!email.trim()) next.email = t('errors.required', { field: t('members.emailLabel').toLowerCase() });
    else if (!isValidEmail(email)) next.email = t('errors.email');
    if (!displayName.trim()) next.displayName = t('errors.required', { field: t('members.displayName').toLowerCase() });
    if (password && (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)) {
      next.password = t('errors.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
    }
    if (!organizationId) next.organizationId = t('errors.selectOne', { field: t('members.organizationLabel').toLowerCase() });
    if (!role) next.role = t('errors.selectOne', { field: t('members.roleLabel').toLowerCase() });
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0 || !role) {
      focusFirstInvalid(form);
      return;
    }
    try {
      const { data } = await addMember({
        variables: {
          input: {
            workspaceId,
            organizationId,
            email: email.trim(),
            displayName: displayName.trim(),
            password: password || null,
            role,
          },
        },
      });
      notifications.show({
        color: 'green',
        message: t('members.addedToast', {
          name: data?.addMember.user.displayName ?? displayName.trim(),
          role: t(`roles.${role}`),
        }),
      });
      setEmail('');
      setDisplayName('');
      setPassword('');
      setOrganizationId('');
      setRole('');
    } catch (error) {
      const problem = describeError(error);
      const message = problemMessage(t, problem);
      const field = fieldForProblem(problem, {
        password: ['password'],
        email: ['email', 'e-mail'],
        displayName: ['displayName', 'display name'],
        organizationId: ['organizationId', 'organization', 'organisation'],
        role: ['role'],
      });
      if (field && problem.code === 'BAD_USER_INPUT') setErrors({ [field]: message });
      else setFormError(message);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} mt="sm">
      <form onSubmit={submit} aria-labelledby="add-member-heading" noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} id="add-member-heading">
              {t('members.addHeading')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('members.addIntro')}
            </Text>
          </div>
          {organizations.length === 0 ? <Text>{t('members.noOrgsYet')}</Text> : null}
          {formError ? <FormError>{formError}</FormError> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('members.emailLabel')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <TextInput
              label={t('members.displayName')}
              autoComplete="off"
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.displayName}
            />
          </SimpleGrid>
          <PasswordField
            label={t('members.password')}
            description={t('members.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            maw={{ base: '100%', sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('members.organizationLabel')}
              value={organizationId}
              onChange={(e) => setOrganizationId(e.currentTarget.value)}
              error={errors.organizationId}
              data={[
                { value: '', label: t('errors.selectOne', { field: t('members.organizationLabel').toLowerCase() }), disabled: true },
                ...[...organizations]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name })),
              ]}
            />
            <NativeSelect
              label={t('members.roleLabel')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role | '')}
              error={errors.role}
              description={role ? t(`roleHelp.${role}`) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={[
                { value: '', label: t('errors.selectOne', { field: t('members.roleLabel').toLowerCase() }), disabled: true },
                ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading} disabled={organizations.length === 0}>
              {t('members.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
