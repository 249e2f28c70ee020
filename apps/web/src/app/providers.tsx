import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { AuthProvider, createDataClient, createWebSession, DataProvider } from '@mps/web-data-access';
import { localeDirection } from '@mps/shared-domain';
import { whenIdle } from '@mps/web-ui';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';

const session = createWebSession();
const client = createDataClient({ session });

/** Keeps Mantine's direction (menus, drawers, sliders, inputs) in step with the interface language. */
function DirectionFollowsLanguage() {
  const { setDirection } = useDirection();
  useEffect(() => {
    const follow = (lng: string) => setDirection(localeDirection(lng));
    follow(i18n.language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [setDirection]);
  return null;
}

/** The notices container (app-notifications.tsx): nothing is lost before it mounts, `notifications.show()` writes to a store it reads. */
const LazyNotifications = lazy(() => import('./app-notifications'));

/** Mounts the notices container once the first screen has painted. */
function AppNotifications() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => whenIdle(() => setMounted(true)), []);
  return mounted ? (
    <Suspense fallback={null}>
      <LazyNotifications />
    </Suspense>
  ) : null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={localeDirection(i18n.language)} detectDirection={false}>
        <DirectionFollowsLanguage />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light">
          <AppNotifications />
          <DataProvider client={client}>
            <AuthProvider client={client} session={session}>
              {children}
            </AuthProvider>
          </DataProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
