import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError, getFragmentData } from '@mps/web-data-access';
import { memberSchema, ROLES, type Role } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { UPDATE_MEMBER_MUTATION } from './admin-documents';
import type { AdminMember, AdminOrganization } from './admin-types';
import { MEMBER_ROW_FIELDS } from './member-row';
import { organisationOptions } from './organisation-options';

const changeMemberSchema = memberSchema.pick({ role: true, organizationId: true });

/** Changes a member's role and/or organisation, sending only what changed. */
export function ChangeMemberForm({
  member,
  organizations,
  onDone,
}: {
  member: AdminMember;
  organizations: AdminOrganization[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(changeMemberSchema, { role: member.role as Role, organizationId: member.organization.id });
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_MEMBER_MUTATION);
  const name = member.user.displayName;

  const save = form.submitWith(async ({ role, organizationId }) => {
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
      const updated = getFragmentData(MEMBER_ROW_FIELDS, data?.updateMember);
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
      setFormError(showProblem(form, t, describeError(error), { role: ['role'], organizationId: ['organizationId'] }));
    }
  });

  return (
    <form onSubmit={save} aria-label={t('members.changeNamed', { name })} noValidate>
      <Stack gap="sm" py="xs">
        {formError ? <FormError>{formError}</FormError> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...form.field('role', t('members.changeRole'), { messageLabel: t('members.roleLabel').toLowerCase() })}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <NativeSelect
            {...form.field('organizationId', t('members.changeOrganization'), {
              messageLabel: t('members.organizationLabel').toLowerCase(),
            })}
            data={organisationOptions(organizations)}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t(`roleHelp.${form.values.role}`)}
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
