import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, describeError } from '@mps/web-data-access';
import { IconMailCheck } from '@tabler/icons-react';
import { passwordResetRequestSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { PublicLayout, showProblem, usePageTitle, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REQUEST_PASSWORD_RESET_MUTATION } from './account-documents';

/** Asks for a reset link. The answer is the same whether or not the e-mail has an account, and so is this page. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const form = useSchemaForm(passwordResetRequestSchema, { email: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [request] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);

  const submit = form.submitWith(async ({ email }) => {
    setFormError(null);
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      const problem = describeError(error);
      setFormError(
        problem.code === 'RATE_LIMITED' ? t('forgot.rateLimited') : showProblem(form, t, problem, { email: ['email', 'e-mail'] }),
      );
    }
  });

  return (
    <PublicLayout>
      <Stack maw={460} mx="auto" gap="lg">
        <Title order={1}>{t('forgot.title')}</Title>
        {sentTo ? (
          <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status" title={t('forgot.sentTitle')}>
            <Stack gap="xs">
              <Text>{t('forgot.sentBody', { email: sentTo })}</Text>
              <Text>{t('forgot.sentNoMail')}</Text>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="lg">{t('forgot.intro')}</Text>
            {formError ? <FormError>{formError}</FormError> : null}
            <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
              <form onSubmit={submit} noValidate aria-label={t('forgot.title')}>
                <Stack gap="md">
                  <TextInput
                    {...form.field('email', t('forgot.email'))}
                    type="email"
                    autoComplete="username"
                    inputMode="email"
                    spellCheck={false}
                  />
                  <Button type="submit" loading={form.submitting} fullWidth>
                    {t('forgot.submit')}
                  </Button>
                </Stack>
              </form>
            </Paper>
          </>
        )}
        <Anchor component={Link} to="/login">
          {t('forgot.backToSignIn')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
