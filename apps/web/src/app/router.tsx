import { AppLayout, RequireAuth } from '@mps/web-shell';
import { PageSkeleton, SectionReviewSlotProvider } from '@mps/web-util';
import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from './error-boundary';
import { addStrings } from './i18n';
import { NotFoundPage } from './not-found-page';

/**
 * Each feature library is its own chunk, loaded when one of its routes is first
 * visited; its strings (English, and the current language when another) are
 * registered before its first render. The boot script preloads the chunks an address
 * needs (ROUTE_MODULES in apps/web/vite.config.mts): keep it in step with the routes below.
 */
const feature = {
  auth: () => import('@mps/web-feature-auth').then(async (m) => (await addStrings(m.authResourcesEn, m.loadAuthResources), m)),
  myWork: () => import('@mps/web-feature-my-work').then(async (m) => (await addStrings(m.myWorkResourcesEn, m.loadMyWorkResources), m)),
  workspaces: () => import('@mps/web-feature-workspaces').then(async (m) => (await addStrings(m.workspacesResourcesEn, m.loadWorkspacesResources), m)),
  profiles: () => import('@mps/web-feature-profiles').then(async (m) => (await addStrings(m.profilesResourcesEn, m.loadProfilesResources), m)),
  reviews: () => import('@mps/web-feature-reviews').then(async (m) => (await addStrings(m.reviewsResourcesEn, m.loadReviewsResources), m)),
  releases: () => import('@mps/web-feature-releases').then(async (m) => (await addStrings(m.releasesResourcesEn, m.loadReleasesResources), m)),
  admin: () => import('@mps/web-feature-admin').then(async (m) => (await addStrings(m.adminResourcesEn, m.loadAdminResources), m)),
  audit: () => import('@mps/web-feature-audit').then(async (m) => (await addStrings(m.auditResourcesEn, m.loadAuditResources), m)),
  notifications: () => import('@mps/web-feature-notifications').then(async (m) => (await addStrings(m.notificationsResourcesEn, m.loadNotificationsResources), m)),
  indicators: () => import('@mps/web-feature-indicators').then(async (m) => (await addStrings(m.indicatorsResourcesEn, m.loadIndicatorsResources), m)),
};

/** The review cycle pages: feature-reviews' chunk (its strings, the profile screen's review side) and the pages' own. */
const reviewCyclePages = async () => (await feature.reviews()).loadReviewCyclePages();

/** The notifications page and its settings: feature-notifications' chunk (its strings, the bell) and the pages' own. */
const notificationPages = async () => (await feature.notifications()).loadNotificationPages();

/** The header's notification bell, loaded with its library after the first paint (the shell never imports a feature). */
const NotificationBell = lazy(async () => ({ default: (await feature.notifications()).NotificationBell }));

/**
 * The profile screen with its review side: feature-profiles renders the section, feature-reviews fills its review
 * slot (threads, highlighted passages, sign-offs). Both chunks load together; features never import each other.
 * Made once for both of its addresses: the same component under /profiles/:id and /profiles/:id/sections/:id, so
 * moving from one to the other keeps the screen (its outline, its cache of sections read) instead of remounting it.
 */
let profileScreenRoute: Promise<{ Component: () => ReactNode }> | null = null;
function profileScreen() {
  profileScreenRoute ??= makeProfileScreen().catch((error: unknown) => {
    profileScreenRoute = null;
    throw error;
  });
  return profileScreenRoute;
}

async function makeProfileScreen() {
  const [profiles, reviews] = await Promise.all([feature.profiles(), feature.reviews()]);
  const { ProfilePage } = profiles;
  const slot = reviews.sectionReviewSlot;
  return {
    Component: function ProfileScreen() {
      return (
        <SectionReviewSlotProvider slot={slot}>
          <ProfilePage />
        </SectionReviewSlotProvider>
      );
    },
  };
}

export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <Outlet />,
    errorElement: <RouteErrorBoundary />,
    HydrateFallback: PageSkeleton,
    children: [
      { path: 'login', lazy: async () => ({ Component: (await feature.auth()).LoginPage }) },
      // Opened from e-mailed links (the token is in the URL fragment) or before signing in.
      { path: 'forgot-password', lazy: async () => ({ Component: (await feature.auth()).ForgotPasswordPage }) },
      { path: 'reset-password', lazy: async () => ({ Component: (await feature.auth()).ResetPasswordPage }) },
      { path: 'invitation', lazy: async () => ({ Component: (await feature.auth()).InvitationPage }) },
      {
        element: (
          <RequireAuth>
            <AppLayout headerActions={<NotificationBell />} />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page keep the header and navigation around them.
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to="/my-work" replace /> },
              { path: 'my-work', lazy: async () => ({ Component: (await feature.myWork()).MyWorkPage }) },
              { path: 'workspaces', lazy: async () => ({ Component: (await feature.workspaces()).WorkspacesPage }) },
              { path: 'profiles', lazy: async () => ({ Component: (await (await feature.profiles()).loadProfilesPage()).ProfilesPage }) },
              { path: 'profiles/:profileId', lazy: profileScreen },
              { path: 'profiles/:profileId/sections/:sectionId', lazy: profileScreen },
              { path: 'review-cycles', lazy: async () => ({ Component: (await reviewCyclePages()).ReviewCyclesPage }) },
              { path: 'review-cycles/new', lazy: async () => ({ Component: (await reviewCyclePages()).OpenCyclePage }) },
              {
                path: 'review-cycles/:cycleId',
                lazy: async () => ({ Component: (await reviewCyclePages()).ReviewCyclePage }),
              },
              { path: 'indicators', lazy: async () => ({ Component: (await feature.indicators()).IndicatorsPage }) },
              { path: 'indicators/import', lazy: async () => ({ Component: (await feature.indicators()).ImportPage }) },
              { path: 'indicators/regional', lazy: async () => ({ Component: (await feature.indicators()).RegionalComparisonPage }) },
              { path: 'indicators/:indicatorId', lazy: async () => ({ Component: (await feature.indicators()).IndicatorPage }) },
              { path: 'releases', lazy: async () => ({ Component: (await feature.releases()).ReleasesPage }) },
              { path: 'admin', lazy: async () => ({ Component: (await feature.admin()).AdminPage }) },
              { path: 'audit', lazy: async () => ({ Component: (await feature.audit()).AuditPage }) },
              { path: 'notifications', lazy: async () => ({ Component: (await notificationPages()).NotificationsPage }) },
              {
                path: 'notifications/settings',
                lazy: async () => ({ Component: (await notificationPages()).NotificationSettingsPage }),
              },
              { path: 'account', lazy: async () => ({ Component: (await feature.auth()).AccountPage }) },
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
