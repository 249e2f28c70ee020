import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { AppErrorBoundary } from './app/error-boundary';
import { AppProviders } from './app/providers';
import { startInitialLanguage } from './app/i18n';
import { GuardedRouter, guardHistory, leaveFirstPaint } from '@mps/web-util';
import { AppRoutes } from './app/router';

const history = guardHistory(createBrowserHistory({ v5Compat: true }));
// What the server painted first belongs to the address it was asked for: any other (a link followed before the app
// took over, the sign-in page when the session has ended) is the app's.
const firstAddress = window.location.pathname;
history.listen(({ location }) => {
  if (location.pathname !== firstAddress) leaveFirstPaint();
});

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// The first paint is in the person's language: its strings (a few kB) load before it.
await startInitialLanguage();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <AppErrorBoundary>
        <GuardedRouter history={history}>
          <AppRoutes />
        </GuardedRouter>
      </AppErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
