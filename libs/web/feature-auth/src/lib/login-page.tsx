import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { isValidEmail } from '@mps/shared-domain';
import { describeError, useAuth } from '@mps/web-data-access';
import { FormError, PasswordField } from '@mps/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { focusFirstInvalid, PublicLayout, usePageTitle } from '@mps/web-util';

/** Only same-site paths are followed after sign-in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/my-work';
  return next;
}

interface FieldErrors {
  email?: string;
  password?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { status, login, signOutReason } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (status === 'signed-in') return <Navigate to={safeNextPath(params.get('next'))} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.emailRequired');
    else if (!isValidEmail(email)) errors.email = t('errors.email');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      focusFirstInvalid(form);
      return;
    }
    setSubmitting(true);
    try {
      await login(email.trim(), password);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT') {
        setFormError(t('login.wrongCredentials'));
      } else if (problem.code === 'RATE_LIMITED') {
        setFormError(
          problem.retryAfterSeconds
            ? t('login.rateLimitedSeconds', { count: Math.ceil(problem.retryAfterSeconds) })
            : t('login.rateLimited'),
        );
      } else if (problem.code === 'NETWORK') {
        setFormError(t('errors.network'));
      } else {
        setFormError(t('errors.unknown'));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicLayout>
      <Stack maw={460} mx="auto" gap="lg">
        <Title order={1}>{t('login.title')}</Title>
        <Text size="lg">{t('login.intro')}</Text>
        {signOutReason === 'expired' || signOutReason === 'other-tab' ? (
          <Alert color="navy" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('login.expired')}
          </Alert>
        ) : signOutReason === 'logout' ? (
          <Alert color="navy" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('login.signedOut')}
          </Alert>
        ) : null}
        {formError ? <FormError>{formError}</FormError> : null}
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
          <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
            <Stack gap="md">
              <TextInput
                label={t('login.email')}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fieldErrors.email}
                required
                withAsterisk={false}
              />
              <PasswordField
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldErrors.password}
                required
                withAsterisk={false}
              />
              <Button type="submit" loading={submitting} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" c="dimmed">
          {t('login.help')}
        </Text>
      </Stack>
    </PublicLayout>
  );
}
