import { Alert, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, describeError, getFragmentData, useAuth } from '@mps/web-data-access';
import { IconCircleCheck } from '@tabler/icons-react';
import { changePasswordFormSchema, PASSWORD_MIN_LENGTH, type Role } from '@mps/shared-domain';
import { formatDate, FormError, PageHeader, PasswordField } from '@mps/web-ui';
import { problemMessage, showProblem, usePageTitle, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPT_MY_INVITATION_MUTATION,
  CHANGE_PASSWORD_MUTATION,
  DECLINE_MY_INVITATION_MUTATION,
  INVITATION_FIELDS,
  MY_INVITATIONS_QUERY,
} from './account-documents';

/** The signed-in person's own account: invitations waiting for them, and their password. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { user } = useAuth();
  return (
    <Stack gap="xl" maw="44rem">
      <PageHeader title={t('account.title')} description={user ? t('account.signedInAs', { name: user.displayName, email: user.email }) : null} />
      <MyInvitations />
      <ChangePasswordForm />
    </Stack>
  );
}

function MyInvitations() {
  const { t } = useTranslation();
  const { reloadUser } = useAuth();
  const { data, refetch } = useQuery(MY_INVITATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const invitations = getFragmentData(INVITATION_FIELDS, data?.myInvitations ?? []);
  const [accept] = useMutation(ACCEPT_MY_INVITATION_MUTATION);
  const [decline] = useMutation(DECLINE_MY_INVITATION_MUTATION);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (invitations.length === 0 && !message) return null;
  const run = async (id: string, workspace: string, action: 'accept' | 'decline') => {
    setBusyId(id);
    setMessage(null);
    try {
      if (action === 'accept') {
        await accept({ variables: { membershipId: id } });
        reloadUser();
        setMessage({ ok: true, text: t('account.joined', { workspace }) });
      } else {
        await decline({ variables: { membershipId: id } });
        setMessage({ ok: true, text: t('account.declined', { workspace }) });
      }
      await refetch();
    } catch (error) {
      setMessage({ ok: false, text: problemMessage(t, describeError(error)) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="md">
      <Title order={2} id="invitations-heading">
        {t('account.invitationsHeading')}
      </Title>
      {message ? (
        message.ok ? (
          <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
            {message.text}
          </Alert>
        ) : (
          <FormError>{message.text}</FormError>
        )
      ) : null}
      {invitations.map((invitation) => (
        <Card key={invitation.id} withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {invitation.workspaceName}
            </Title>
            <Text>
              {t('account.invitationLine', {
                role: t(`roles.${invitation.role as Role}`).toLowerCase(),
                organization: invitation.organizationName,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('invitation.expires', { date: formatDate(invitation.expiresAt) })}
            </Text>
            <Group>
              <Button
                onClick={() => void run(invitation.id, invitation.workspaceName, 'accept')}
                loading={busyId === invitation.id}
                aria-label={t('account.acceptNamed', { workspace: invitation.workspaceName })}
              >
                {t('invitation.accept')}
              </Button>
              <Button
                variant="default"
                disabled={busyId === invitation.id}
                onClick={() => void run(invitation.id, invitation.workspaceName, 'decline')}
                aria-label={t('account.declineNamed', { workspace: invitation.workspaceName })}
              >
                {t('invitation.decline')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const form = useSchemaForm(changePasswordFormSchema, { currentPassword: '', newPassword: '', repeatPassword: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [change] = useMutation(CHANGE_PASSWORD_MUTATION);

  const submit = form.submitWith(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    setChanged(false);
    try {
      await change({ variables: { currentPassword, newPassword } });
      form.reset();
      setChanged(true);
    } catch (error) {
      const problem = describeError(error);
      setFormError(
        problem.code === 'RATE_LIMITED'
          ? t('account.rateLimited')
          : showProblem(form, t, problem, { currentPassword: ['currentPassword', 'current password'], newPassword: ['newPassword', 'password'] }),
      );
    }
  });

  return (
    <Stack component="section" aria-labelledby="password-heading" gap="md">
      <Title order={2} id="password-heading">
        {t('account.passwordHeading')}
      </Title>
      <Text>{t('account.passwordIntro')}</Text>
      {changed ? (
        <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          {t('account.passwordChanged')}
        </Alert>
      ) : null}
      {formError ? <FormError>{formError}</FormError> : null}
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <form onSubmit={submit} noValidate aria-labelledby="password-heading">
          <Stack gap="md" maw={420}>
            <input type="email" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
            <PasswordField {...form.field('currentPassword', t('account.currentPassword'))} autoComplete="current-password" />
            <PasswordField
              {...form.field('newPassword', t('account.newPassword'))}
              description={t('passwords.rule', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
            />
            <PasswordField {...form.field('repeatPassword', t('account.repeatPassword'))} autoComplete="new-password" />
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t('account.changeSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
