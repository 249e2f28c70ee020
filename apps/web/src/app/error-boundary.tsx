import { Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLeaveFirstPaint } from '@mps/web-util';
import { PageLoadError } from './lazy-page';

/**
 * What a person sees when a screen crashes: what happened, and one thing to do. A page whose code did not arrive
 * (PageLoadError) says so, and can be tried again in place (`onRetry`) before reloading everything.
 */
export function ErrorFallback({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  const notLoaded = error instanceof PageLoadError && onRetry !== undefined;
  useLeaveFirstPaint();
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1}>{notLoaded ? t('boundary.notLoadedTitle') : t('boundary.title')}</Title>
        <Text size="lg">{notLoaded ? t('boundary.notLoadedBody') : t('boundary.body')}</Text>
        <Group gap="sm">
          {notLoaded ? (
            <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRetry}>
              {t('boundary.retry')}
            </Button>
          ) : null}
          <Button
            variant={notLoaded ? 'default' : 'filled'}
            leftSection={notLoaded ? undefined : <IconRefresh size={18} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('boundary.reload')}
          </Button>
        </Group>
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
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.retry();
  }

  /** Renders the children again; a page whose code did not arrive loads it again. */
  private readonly retry = () => {
    if (this.state.error instanceof PageLoadError) this.state.error.allowRetry();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <ErrorFallback error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/** Errors thrown while rendering or loading a page (its chunk failed to load): the crash page, until the person goes elsewhere. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <AppErrorBoundary resetKey={pathname}>{children}</AppErrorBoundary>;
}
