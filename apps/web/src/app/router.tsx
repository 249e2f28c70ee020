import { AppLayout, RequireAuth } from '@mps/web-shell';
import { PageSkeleton, SectionReviewSlotProvider } from '@mps/web-util';
import { Suspense, type ComponentType } from 'react';
import { Navigate, Outlet, useRoutes, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from './error-boundary';
import { addStrings } from './i18n';
import { lazyPage } from './lazy-page';
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

/** A page its route loads when first visited (Suspense shows the page skeleton meanwhile; a failed load is retried). */
const page = (load: () => Promise<ComponentType>) => lazyPage(load);

/** The header's notification bell, loaded with its library after the first paint (the shell never imports a feature). */
const NotificationBell = page(async () => (await feature.notifications()).NotificationBell);

/**
 * The profile screen with its review side: feature-profiles renders the section, feature-reviews fills its review
 * slot (threads, highlighted passages, sign-offs). Both chunks load together; features never import each other.
 * One component for both of its addresses: the same element under /profiles/:id and /profiles/:id/sections/:id, so
 * moving from one to the other keeps the screen (its outline, its cache of sections read) instead of remounting it.
 */
const ProfileScreen = page(async () => {
  const [profiles, reviews] = await Promise.all([feature.profiles(), feature.reviews()]);
  const { ProfilePage } = profiles;
  const slot = reviews.sectionReviewSlot;
  return function ProfileScreen() {
    return (
      <SectionReviewSlotProvider slot={slot}>
        <ProfilePage />
      </SectionReviewSlotProvider>
    );
  };
});

const LoginPage = page(async () => (await feature.auth()).LoginPage);
const ForgotPasswordPage = page(async () => (await feature.auth()).ForgotPasswordPage);
const ResetPasswordPage = page(async () => (await feature.auth()).ResetPasswordPage);
const InvitationPage = page(async () => (await feature.auth()).InvitationPage);
const AccountPage = page(async () => (await feature.auth()).AccountPage);
const MyWorkPage = page(async () => (await feature.myWork()).MyWorkPage);
const WorkspacesPage = page(async () => (await feature.workspaces()).WorkspacesPage);
const ProfilesPage = page(async () => (await (await feature.profiles()).loadProfilesPage()).ProfilesPage);
const ReviewCyclesPage = page(async () => (await reviewCyclePages()).ReviewCyclesPage);
const OpenCyclePage = page(async () => (await reviewCyclePages()).OpenCyclePage);
const ReviewCyclePage = page(async () => (await reviewCyclePages()).ReviewCyclePage);
const IndicatorsPage = page(async () => (await feature.indicators()).IndicatorsPage);
const ImportPage = page(async () => (await feature.indicators()).ImportPage);
const RegionalComparisonPage = page(async () => (await feature.indicators()).RegionalComparisonPage);
const IndicatorPage = page(async () => (await feature.indicators()).IndicatorPage);
const ReleasesPage = page(async () => (await feature.releases()).ReleasesPage);
const AdminPage = page(async () => (await feature.admin()).AdminPage);
const AuditPage = page(async () => (await feature.audit()).AuditPage);
const NotificationsPage = page(async () => (await notificationPages()).NotificationsPage);
const NotificationSettingsPage = page(async () => (await notificationPages()).NotificationSettingsPage);

/**
 * React Router's declarative routes (docs/adr/0034: the data router's loaders, actions and fetchers, which the app
 * never used, cost the reading route 16 KB). A crash while rendering or loading a page shows the crash page in its
 * place, and going elsewhere clears it.
 */
export const routes: RouteObject[] = [
  {
    element: (
      <RouteErrorBoundary>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
    ),
    children: [
      { path: 'login', element: <LoginPage /> },
      // Opened from e-mailed links (the token is in the URL fragment) or before signing in.
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      {
        element: (
          <RequireAuth>
            <AppLayout headerActions={<NotificationBell />} />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page keep the header and navigation around them.
            element: (
              <RouteErrorBoundary>
                <Outlet />
              </RouteErrorBoundary>
            ),
            children: [
              { index: true, element: <Navigate to="/my-work" replace /> },
              { path: 'my-work', element: <MyWorkPage /> },
              { path: 'workspaces', element: <WorkspacesPage /> },
              { path: 'profiles', element: <ProfilesPage /> },
              { path: 'profiles/:profileId', element: <ProfileScreen /> },
              { path: 'profiles/:profileId/sections/:sectionId', element: <ProfileScreen /> },
              { path: 'review-cycles', element: <ReviewCyclesPage /> },
              { path: 'review-cycles/new', element: <OpenCyclePage /> },
              { path: 'review-cycles/:cycleId', element: <ReviewCyclePage /> },
              { path: 'indicators', element: <IndicatorsPage /> },
              { path: 'indicators/import', element: <ImportPage /> },
              { path: 'indicators/regional', element: <RegionalComparisonPage /> },
              { path: 'indicators/:indicatorId', element: <IndicatorPage /> },
              { path: 'releases', element: <ReleasesPage /> },
              { path: 'admin', element: <AdminPage /> },
              { path: 'audit', element: <AuditPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'notifications/settings', element: <NotificationSettingsPage /> },
              { path: 'account', element: <AccountPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

/** The app's pages, by address (inside a GuardedRouter: src/main.tsx). */
export function AppRoutes() {
  return useRoutes(routes);
}
