import { Button, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLeaveFirstPaint } from '@mps/web-util';

/** What a person sees when a screen crashes: what happened, and one thing to do. */
export function ErrorFallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  useLeaveFirstPaint();
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1}>{t('boundary.title')}</Title>
        <Text size="lg">{t('boundary.body')}</Text>
        <div>
          <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => window.location.reload()}>
            {t('boundary.reload')}
          </Button>
        </div>
        {detail ? (
          <details>
            <summary>{t('boundary.details')}</summary>
            <Code block mt="xs">
              {detail}
            </Code>
          </details>
        ) : null}
      </Stack>
    </Container>
  );
}

interface AppErrorBoundaryProps {
  children: ReactNode;
  /** When it changes (the address, for a page's boundary), a crash page shown is cleared and the children tried again. */
  resetKey?: string;
}

interface AppErrorBoundaryState {
  error: unknown;
}

/** Last line of defence around the whole app (errors outside the routes), and the routes' own (RouteErrorBoundary). */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override componentDidUpdate(previous: AppErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) return <ErrorFallback error={this.state.error} />;
    return this.props.children;
  }
}

/** Errors thrown while rendering or loading a page (its chunk failed to load): the crash page, until the person goes elsewhere. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <AppErrorBoundary resetKey={pathname}>{children}</AppErrorBoundary>;
}
