import { Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError, getFragmentData, type FragmentType } from '@mps/web-data-access';
import type { Role } from '@mps/shared-domain';
import { ConfirmDialog, ResponsiveTable } from '@mps/web-ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@mps/web-util';
import { AddMemberForm } from './add-member-form';
import { DEACTIVATE_MEMBER_MUTATION } from './admin-documents';
import type { AdminMember, AdminOrganization } from './admin-types';
import { ChangeMemberForm } from './change-member-form';
import { InvitationsSection } from './invitations-section';
import { MEMBER_ROW_FIELDS, MemberRow } from './member-row';
import { ORGANISATION_ROW_FIELDS } from './organisations-section';

interface MembersSectionProps {
  workspaceId: string;
  members: ReadonlyArray<FragmentType<typeof MEMBER_ROW_FIELDS>>;
  /** Pending invitations (memberships waiting for their person). */
  invitations: ReadonlyArray<FragmentType<typeof MEMBER_ROW_FIELDS>>;
  /** The workspace's organisations, for the add and change forms' organisation select. */
  organizations: ReadonlyArray<FragmentType<typeof ORGANISATION_ROW_FIELDS>>;
  currentUserId: string | null;
}

const ROLE_ORDER: Record<Role, number> = { COORDINATOR: 0, FOCAL_POINT: 1, CONTRIBUTOR: 2, OBSERVER: 3 };

export function MembersSection({ workspaceId, currentUserId, ...props }: MembersSectionProps) {
  const { t } = useTranslation();
  const members = getFragmentData(MEMBER_ROW_FIELDS, props.members);
  const invitations = getFragmentData(MEMBER_ROW_FIELDS, props.invitations);
  const organizations: AdminOrganization[] = [...getFragmentData(ORGANISATION_ROW_FIELDS, props.organizations)];
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toDeactivate, setToDeactivate] = useState<AdminMember | null>(null);
  const [deactivateError, setDeactivateError] = useState<string | null>(null);
  const [deactivate, { loading: deactivating }] = useMutation(DEACTIVATE_MEMBER_MUTATION, {
    // The admin page's lists come again from the server: they show the change before the form says it is done.
    refetchQueries: ['AdminWorkspace'],
    awaitRefetchQueries: true,
  });

  const active = [...members]
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
            {active.map((member) => (
              <Fragment key={member.id}>
                <MemberRow
                  member={member}
                  isSelf={member.user.id === currentUserId}
                  editing={editingId === member.id}
                  onToggleEditing={() => setEditingId(editingId === member.id ? null : member.id)}
                  onDeactivate={() => {
                    setDeactivateError(null);
                    setToDeactivate(member);
                  }}
                />
                {editingId === member.id ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <ChangeMemberForm member={member} organizations={organizations} onDone={() => setEditingId(null)} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      <InvitationsSection invitations={invitations} />
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
