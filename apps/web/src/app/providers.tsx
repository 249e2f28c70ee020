import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AuthProvider, createApolloClient, createWebSession } from '@mps/web-data-access';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';

const session = createWebSession();
const client = createApolloClient({ session });

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light">
        <Notifications position="top-right" limit={3} autoClose={6000} />
        <ApolloProvider client={client}>
          <AuthProvider client={client} session={session}>
            {children}
          </AuthProvider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
