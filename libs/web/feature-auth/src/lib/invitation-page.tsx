import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, describeError, getFragmentData, useAuth } from '@mps/web-data-access';
import { IconInfoCircle } from '@tabler/icons-react';
import { acceptInvitationFormSchema, PASSWORD_MIN_LENGTH, tokenFromFragment, type Role } from '@mps/shared-domain';
import { formatDate, FormError, PasswordField } from '@mps/web-ui';
import { PageSkeleton, problemMessage, PublicLayout, showProblem, usePageTitle, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ACCEPT_MY_INVITATION_MUTATION, DECLINE_MY_INVITATION_MUTATION, INVITATION_FIELDS, INVITATION_QUERY } from './account-documents';
import { linkProblem } from './link-problem';
import { LinkProblem } from './link-problem-alert';

/**
 * Opened from an invitation e-mail (token in the URL fragment). A person without an account chooses a name and a
 * password and is signed in; a person with one accepts while signed in with the invited e-mail.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const token = tokenFromFragment(useLocation().hash);
  const { data, loading, error } = useQuery(INVITATION_QUERY, { variables: { token: token ?? '' }, skip: !token, fetchPolicy: 'network-only' });
  const invitation = getFragmentData(INVITATION_FIELDS, data?.invitation ?? null);

  let body;
  if (!token) body = <LinkProblem title={t('links.invitation.unknownTitle')} body={t('links.invitation.unknownBody')} />;
  else if (loading) body = <PageSkeleton />;
  else if (error || !invitation) {
    const problem = describeError(error);
    const unusable = linkProblem(t, problem, 'invitation');
    body = unusable ? (
      <LinkProblem
        title={unusable.title}
        body={unusable.body}
        action={problem.linkState === 'USED' ? { to: '/my-work', label: t('invitation.openApp') } : undefined}
      />
    ) : (
      <FormError>{problemMessage(t, problem)}</FormError>
    );
  } else {
    body = (
      <>
        <Text size="lg">
          {t('invitation.intro', {
            workspace: invitation.workspaceName,
            role: t(`roles.${invitation.role as Role}`).toLowerCase(),
            organization: invitation.organizationName,
          })}
        </Text>
        <Text c="dimmed">{t('invitation.expires', { date: formatDate(invitation.expiresAt) })}</Text>
        {invitation.hasAccount ? (
          <AcceptAsMember invitationId={invitation.id} email={invitation.email} />
        ) : (
          <CreateAccount token={token} email={invitation.email} />
        )}
      </>
    );
  }

  return (
    <PublicLayout>
      <Stack maw={520} mx="auto" gap="lg">
        <Title order={1}>{invitation ? t('invitation.titleNamed', { workspace: invitation.workspaceName }) : t('invitation.title')}</Title>
        {body}
      </Stack>
    </PublicLayout>
  );
}

function CreateAccount({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { acceptInvitation } = useAuth();
  const form = useSchemaForm(acceptInvitationFormSchema, { displayName: '', password: '', repeatPassword: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [signInInstead, setSignInInstead] = useState(false);

  const submit = form.submitWith(async ({ displayName, password }) => {
    setFormError(null);
    try {
      await acceptInvitation({ token, displayName, password });
      navigate('/my-work', { replace: true });
    } catch (error) {
      const problem = describeError(error);
      if (problem.linkState === 'SIGN_IN') setSignInInstead(true);
      else
        setFormError(
          linkProblem(t, problem, 'invitation')?.body ??
            showProblem(form, t, problem, { displayName: ['displayName', 'name'], password: ['password'] }),
        );
    }
  });

  if (signInInstead) return <SignInToAccept email={email} />;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
      <form onSubmit={submit} noValidate aria-labelledby="create-account-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="create-account-heading">
            {t('invitation.createHeading')}
          </Title>
          <Text>{t('invitation.createIntro', { email })}</Text>
          {formError ? <FormError>{formError}</FormError> : null}
          <TextInput
            {...form.field('displayName', t('invitation.displayName'))}
            description={t('invitation.displayNameHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            autoComplete="name"
          />
          {/* Lets password managers file the new password under the right e-mail. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            {...form.field('password', t('invitation.password'))}
            description={t('passwords.rule', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
          />
          <PasswordField {...form.field('repeatPassword', t('invitation.repeatPassword'))} autoComplete="new-password" />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('invitation.createSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function SignInToAccept({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="navy" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('invitation.signInTitle')}>
      <Stack gap="sm">
        <Text>{t('invitation.signInBody', { email })}</Text>
        <Anchor component={Link} to="/login?next=/account" fw={700}>
          {t('invitation.signInLink')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function AcceptAsMember({ invitationId, email }: { invitationId: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status, user, reloadUser } = useAuth();
  const [accept, { loading: accepting }] = useMutation(ACCEPT_MY_INVITATION_MUTATION);
  const [decline, { loading: declining }] = useMutation(DECLINE_MY_INVITATION_MUTATION);
  const [formError, setFormError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  if (status !== 'signed-in' || !user) return <SignInToAccept email={email} />;
  if (user.email !== email) {
    return (
      <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('invitation.otherAccountTitle')}>
        {t('invitation.otherAccountBody', { current: user.email, email })}
      </Alert>
    );
  }
  if (declined) {
    return (
      <Alert color="navy" variant="light" role="status">
        {t('invitation.declined')}
      </Alert>
    );
  }
  const run = async (action: 'accept' | 'decline') => {
    setFormError(null);
    try {
      if (action === 'accept') {
        await accept({ variables: { membershipId: invitationId } });
        reloadUser();
        navigate('/my-work', { replace: true });
      } else {
        await decline({ variables: { membershipId: invitationId } });
        setDeclined(true);
      }
    } catch (error) {
      const problem = describeError(error);
      setFormError(linkProblem(t, problem, 'invitation')?.body ?? problemMessage(t, problem));
    }
  };
  return (
    <Stack gap="md">
      {formError ? <FormError>{formError}</FormError> : null}
      <Group>
        <Button onClick={() => void run('accept')} loading={accepting}>
          {t('invitation.accept')}
        </Button>
        <Button variant="default" onClick={() => void run('decline')} loading={declining}>
          {t('invitation.decline')}
        </Button>
      </Group>
    </Stack>
  );
}
