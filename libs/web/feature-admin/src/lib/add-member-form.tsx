import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError, getFragmentData } from '@mps/web-data-access';
import { addMemberFormSchema, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@mps/shared-domain';
import { FormError, PasswordField } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { ADD_MEMBER_MUTATION } from './admin-documents';
import type { AdminOrganization } from './admin-types';
import { MEMBER_ROW_FIELDS } from './member-row';
import { organisationOptions } from './organisation-options';

const EMPTY = { email: '', displayName: '', password: '', organizationId: '', role: '' as Role | '' };

/**
 * Adds a person to the workspace: without a password (or when the e-mail has an account) they are invited by
 * e-mail and join when they accept; a new e-mail with a password is a member at once.
 */
export function AddMemberForm({ workspaceId, organizations }: { workspaceId: string; organizations: AdminOrganization[] }) {
  const { t } = useTranslation();
  const form = useSchemaForm(addMemberFormSchema, EMPTY);
  const [formError, setFormError] = useState<string | null>(null);
  const [addMember, { loading }] = useMutation(ADD_MEMBER_MUTATION, {
    // The admin page's lists come again from the server: they show the change before the form says it is done.
    refetchQueries: ['AdminWorkspace'],
    awaitRefetchQueries: true,
  });

  const submit = form.submitWith(async (input) => {
    setFormError(null);
    try {
      const { data } = await addMember({ variables: { input: { workspaceId, ...input } } });
      const added = getFragmentData(MEMBER_ROW_FIELDS, data?.addMember);
      notifications.show({
        color: 'green',
        message:
          added?.status === 'INVITED'
            ? t('members.invitedToast', { email: input.email })
            : t('members.addedToast', { name: added?.user.displayName ?? input.displayName, role: t(`roles.${input.role}`) }),
      });
      form.reset();
    } catch (error) {
      setFormError(
        showProblem(form, t, describeError(error), {
          password: ['password'],
          email: ['email', 'e-mail'],
          displayName: ['displayName', 'display name'],
          organizationId: ['organizationId', 'organization', 'organisation'],
          role: ['role'],
        }),
      );
    }
  });

  const organizationLabel = t('members.organizationLabel');
  const roleLabel = t('members.roleLabel');
  const role = form.values.role;

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
            <TextInput {...form.field('email', t('members.emailLabel'))} type="email" autoComplete="off" spellCheck={false} />
            <TextInput {...form.field('displayName', t('members.displayName'))} autoComplete="off" />
          </SimpleGrid>
          <PasswordField
            {...form.field('password', t('members.password'))}
            description={t('members.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            maw={{ base: '100%', sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.field('organizationId', organizationLabel)}
              data={[
                { value: '', label: t('validation.selectOne', { field: organizationLabel.toLowerCase() }), disabled: true },
                ...organisationOptions(organizations),
              ]}
            />
            <NativeSelect
              {...form.field('role', roleLabel)}
              description={role ? t(`roleHelp.${role}`) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={[
                { value: '', label: t('validation.selectOne', { field: roleLabel.toLowerCase() }), disabled: true },
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
