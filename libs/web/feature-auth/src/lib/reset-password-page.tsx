import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, describeError } from '@mps/web-data-access';
import { IconCircleCheck } from '@tabler/icons-react';
import { PASSWORD_MIN_LENGTH, resetPasswordFormSchema, tokenFromFragment } from '@mps/shared-domain';
import { FormError, PasswordField } from '@mps/web-ui';
import { PublicLayout, showProblem, usePageTitle, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RESET_PASSWORD_MUTATION } from './account-documents';
import { linkProblem } from './link-problem';
import { LinkProblem } from './link-problem-alert';

/** Opened from the e-mailed link: the token is in the URL fragment, which browsers never send to a server. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const token = tokenFromFragment(useLocation().hash);
  const form = useSchemaForm(resetPasswordFormSchema, { newPassword: '', repeatPassword: '' });
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<{ title: string; body: string } | null>(
    token ? null : { title: t('links.reset.unknownTitle'), body: t('links.reset.unknownBody') },
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [reset] = useMutation(RESET_PASSWORD_MUTATION);

  const submit = form.submitWith(async ({ newPassword }) => {
    setFormError(null);
    try {
      await reset({ variables: { token: token ?? '', newPassword } });
      setDone(true);
    } catch (error) {
      const described = describeError(error);
      const unusable = linkProblem(t, described, 'reset');
      if (unusable) setProblem(unusable);
      else setFormError(showProblem(form, t, described, { newPassword: ['newPassword', 'password'] }));
    }
  });

  return (
    <PublicLayout>
      <Stack maw={460} mx="auto" gap="lg">
        <Title order={1}>{t('reset.title')}</Title>
        {done ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title={t('reset.doneTitle')}>
            <Stack gap="sm">
              <Text>{t('reset.doneBody')}</Text>
              <Anchor component={Link} to="/login" fw={700}>
                {t('reset.signIn')}
              </Anchor>
            </Stack>
          </Alert>
        ) : problem ? (
          <LinkProblem title={problem.title} body={problem.body} action={{ to: '/forgot-password', label: t('reset.askAgain') }} />
        ) : (
          <>
            <Text size="lg">{t('reset.intro')}</Text>
            {formError ? <FormError>{formError}</FormError> : null}
            <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
              <form onSubmit={submit} noValidate aria-label={t('reset.title')}>
                <Stack gap="md">
                  <PasswordField
                    {...form.field('newPassword', t('reset.newPassword'))}
                    description={t('passwords.rule', { min: PASSWORD_MIN_LENGTH })}
                    autoComplete="new-password"
                  />
                  <PasswordField {...form.field('repeatPassword', t('reset.repeatPassword'))} autoComplete="new-password" />
                  <Button type="submit" loading={form.submitting} fullWidth>
                    {t('reset.submit')}
                  </Button>
                </Stack>
              </form>
            </Paper>
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}
