import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { isLocale, portalPaths, signInSchema } from '@mps/shared-domain';
import { describeError, useAuth, type RequestProblem } from '@mps/web-data-access';
import { FormError, PasswordField } from '@mps/web-ui';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PublicLayout, showProblem, usePageTitle, useSchemaForm } from '@mps/web-util';

/** Only same-site paths are followed after sign-in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/my-work';
  return next;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('login.title'));
  const { status, login, signOutReason } = useAuth();
  const [params] = useSearchParams();
  const form = useSchemaForm(signInSchema, { email: '', password: '' });
  const [formError, setFormError] = useState<string | null>(null);

  if (status === 'signed-in') return <Navigate to={safeNextPath(params.get('next'))} replace />;

  const submitValid = form.submitWith(async ({ email, password }) => {
    try {
      await login(email, password);
    } catch (error) {
      setFormError(signInProblem(t, describeError(error), form));
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setFormError(null);
    submitValid(event);
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
                {...form.field('email', t('login.email'))}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                required
                withAsterisk={false}
              />
              <PasswordField
                {...form.field('password', t('login.password'))}
                name="password"
                autoComplete="current-password"
                required
                withAsterisk={false}
              />
              <Button type="submit" loading={form.submitting} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Anchor component={Link} to="/forgot-password" fw={600}>
          {t('login.forgot')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('login.help')}
        </Text>
        <Text>
          {t('login.publicReader')} <Anchor href={portalPaths.home(isLocale(i18n.language) ? i18n.language : undefined)}>{t('login.portalLink')}</Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}

/**
 * What to say when sign-in is refused. Wrong details get one message whichever was wrong (the server does
 * not say either); a field the server names (a malformed e-mail) is shown on that field.
 */
function signInProblem(
  t: TFunction,
  problem: RequestProblem,
  form: { setFieldError(name: 'email' | 'password', error: ReactNode): void },
): string | null {
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return t('login.wrongCredentials');
    case 'BAD_USER_INPUT':
      return problem.field ? showProblem(form, t, problem, { email: ['email'], password: ['password'] }) : t('login.wrongCredentials');
    case 'RATE_LIMITED':
      return problem.retryAfterSeconds
        ? t('login.rateLimitedSeconds', { count: Math.ceil(problem.retryAfterSeconds) })
        : t('login.rateLimited');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.unknown');
  }
}
