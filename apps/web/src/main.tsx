import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppErrorBoundary } from './app/error-boundary';
import { AppProviders } from './app/providers';
import { startInitialLanguage } from './app/i18n';
import { createAppRouter } from './app/router';

const router = createAppRouter();

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
