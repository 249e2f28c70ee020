import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from './error-boundary';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { AppLayout } from './shell/app-layout';
import { RequireAuth } from './shell/require-auth';

/** Each feature is its own chunk, loaded when its route is first visited. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <Outlet />,
    errorElement: <RouteErrorBoundary />,
    HydrateFallback: PageSkeleton,
    children: [
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('../features/auth/login-page')).LoginPage }),
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page keep the header and navigation around them.
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to="/my-work" replace /> },
              {
                path: 'my-work',
                lazy: async () => ({ Component: (await import('../features/my-work/my-work-page')).MyWorkPage }),
              },
              {
                path: 'workspaces',
                lazy: async () => ({
                  Component: (await import('../features/workspaces/workspaces-page')).WorkspacesPage,
                }),
              },
              {
                path: 'profiles',
                lazy: async () => ({ Component: (await import('../features/profiles/profiles-page')).ProfilesPage }),
              },
              {
                path: 'profiles/:profileId',
                lazy: async () => ({ Component: (await import('../features/profiles/profile-page')).ProfilePage }),
              },
              {
                path: 'profiles/:profileId/sections/:sectionId',
                lazy: async () => ({ Component: (await import('../features/profiles/profile-page')).ProfilePage }),
              },
              {
                path: 'review-cycles',
                lazy: async () => ({
                  Component: (await import('../features/review-cycles/review-cycles-page')).ReviewCyclesPage,
                }),
              },
              {
                path: 'releases',
                lazy: async () => ({ Component: (await import('../features/releases/releases-page')).ReleasesPage }),
              },
              {
                path: 'admin',
                lazy: async () => ({ Component: (await import('../features/admin/admin-page')).AdminPage }),
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
