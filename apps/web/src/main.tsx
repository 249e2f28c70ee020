import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppErrorBoundary } from './app/error-boundary';
import { AppProviders } from './app/providers';
import { startInitialLanguage } from './app/i18n';
import { leaveFirstPaint } from '@mps/web-util';
import { createAppRouter } from './app/router';

const router = createAppRouter();
// What the server painted first belongs to the address it was asked for: any other (a link followed before the app
// took over, the sign-in page when the session has ended) is the app's.
const firstAddress = window.location.pathname;
router.subscribe((state) => {
  if (state.location.pathname !== firstAddress) leaveFirstPaint();
});

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// The first paint is in the person's language: its strings (a few kB) load before it.
await startInitialLanguage();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <AppErrorBoundary>
        <RouterProvider router={router} />
      </AppErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
