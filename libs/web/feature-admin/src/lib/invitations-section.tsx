import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError } from '@mps/web-data-access';
import type { Role } from '@mps/shared-domain';
import { ConfirmDialog, formatDate, ResponsiveTable } from '@mps/web-ui';
import { problemMessage } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANCEL_INVITATION_MUTATION, RESEND_INVITATION_MUTATION } from './admin-documents';
import type { AdminMember } from './admin-types';

/**
 * Invitations that wait for their person: who was invited (as the coordinator typed them), where, and since when;
 * expired ones say so. Sending again issues a new link; cancelling stops the link.
 */
export function InvitationsSection({ invitations }: { invitations: readonly AdminMember[] }) {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toCancel, setToCancel] = useState<AdminMember | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [resend] = useMutation(RESEND_INVITATION_MUTATION);
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_INVITATION_MUTATION, {
    // The admin page's lists come again from the server: they show the change before the form says it is done.
    refetchQueries: ['AdminWorkspace'],
    awaitRefetchQueries: true,
  });

  const emailOf = (m: AdminMember) => m.invitation?.email ?? m.user.email;
  const sendAgain = async (member: AdminMember) => {
    setBusyId(member.id);
    try {
      await resend({ variables: { membershipId: member.id } });
      notifications.show({ color: 'green', message: t('invitations.resentToast', { email: emailOf(member) }) });
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessage(t, describeError(error)) });
    } finally {
      setBusyId(null);
    }
  };
  const confirmCancel = async () => {
    if (!toCancel) return;
    setCancelError(null);
    try {
      await cancel({ variables: { membershipId: toCancel.id } });
      notifications.show({ color: 'green', message: t('invitations.cancelledToast', { email: emailOf(toCancel) }) });
      setToCancel(null);
    } catch (error) {
      setCancelError(problemMessage(t, describeError(error)));
    }
  };

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="sm">
      <Title order={3} id="invitations-heading">
        {t('invitations.heading')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('invitations.intro')}
      </Text>
      {invitations.length === 0 ? (
        <Text>{t('invitations.none')}</Text>
      ) : (
        <ResponsiveTable>
          <Table.Caption className="visually-hidden">{t('invitations.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col">{t('members.email')}</Table.Th>
              <Table.Th scope="col">{t('members.organization')}</Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
              <Table.Th scope="col">{t('invitations.state')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((member) => {
              const email = emailOf(member);
              const expired = member.invitation?.expired ?? false;
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text fw={600} component="span">
                      {member.user.displayName}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('members.email')} style={{ overflowWrap: 'anywhere' }}>
                    {email}
                  </Table.Td>
                  <Table.Td data-label={t('members.organization')}>{member.organization.name}</Table.Td>
                  <Table.Td data-label={t('members.role')}>{t(`roles.${member.role as Role}`)}</Table.Td>
                  <Table.Td data-label={t('invitations.state')}>
                    <Text size="sm" fw={600} c={expired ? 'orange.9' : undefined}>
                      {expired
                        ? t('invitations.expired', { date: formatDate(member.invitation?.expiresAt) })
                        : t('invitations.pending', { date: formatDate(member.invitation?.sentAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button
                        size="sm"
                        variant="default"
                        loading={busyId === member.id}
                        aria-label={t('invitations.resendNamed', { email })}
                        onClick={() => void sendAgain(member)}
                      >
                        {t('invitations.resend')}
                      </Button>
                      <Button
                        size="sm"
                        variant="outline"
                        color="red.8"
                        aria-label={t('invitations.cancelNamed', { email })}
                        onClick={() => {
                          setCancelError(null);
                          setToCancel(member);
                        }}
                      >
                        {t('invitations.cancel')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      <ConfirmDialog
        opened={toCancel !== null}
        title={t('invitations.cancelTitle', { email: toCancel ? emailOf(toCancel) : '' })}
        confirmLabel={t('invitations.cancelConfirm')}
        cancelLabel={t('invitations.keep')}
        tone="danger"
        loading={cancelling}
        error={cancelError}
        onConfirm={() => void confirmCancel()}
        onCancel={() => setToCancel(null)}
      >
        {t('invitations.cancelBody', { email: toCancel ? emailOf(toCancel) : '' })}
      </ConfirmDialog>
    </Stack>
  );
}
