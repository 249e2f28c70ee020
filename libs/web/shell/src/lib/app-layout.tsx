import { Anchor, AppShell, Box, Burger, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PageSkeleton } from '@mps/web-util';
import { AccountLanguage } from './account-language';
import { AppNav } from './app-nav';
import { UserMenu } from './user-menu';
import { WorkspaceSwitcher } from './workspace-switcher';

const HEADER_HEIGHT = 64;

export interface AppLayoutProps {
  /**
   * Shown in the header before the user menu, e.g. the notification bell: the app composes it, since the shell never
   * imports a feature.
   */
  headerActions?: ReactNode;
}

/** Header, navigation and main region around every signed-in page. */
export function AppLayout({ headerActions }: AppLayoutProps = {}) {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const current = useCurrentWorkspace();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const location = useLocation();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a navigation, move focus to the new page (as a full page load would) and close the drawer.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    closeNav();
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname, closeNav]);

  const switchWorkspace = (id: string) => {
    current.selectWorkspace(id);
    closeNav();
    // Objects belong to one workspace: go back to the list of the area the person is in.
    const area = location.pathname.split('/')[1] ?? 'my-work';
    if (location.pathname.split('/').length > 2) void navigate(`/${area}`);
  };

  const switcher = (tone: 'header' | 'drawer') => (
    <WorkspaceSwitcher
      workspaces={current.workspaces}
      currentId={current.workspace?.id ?? null}
      onChange={switchWorkspace}
      tone={tone}
    />
  );

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <AppShell
        header={{ height: HEADER_HEIGHT }}
        navbar={{ width: 248, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
        padding={0}
      >
        <AppShell.Header bg="navy.9" withBorder={false} style={{ borderBottom: '4px solid #ffbf47' }}>
          <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={navOpen}
                onClick={toggleNav}
                hiddenFrom="md"
                size="sm"
                color="white"
                aria-label={navOpen ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={navOpen}
                aria-controls="app-navigation"
              />
              <Anchor
                component={Link}
                to="/my-work"
                c="white"
                fw={700}
                underline="hover"
                aria-label={t('app.home')}
                // The product's name is Latin in every language: it keeps its own direction. A phone's header is too narrow
                // for it on one line, so it wraps to two (balanced) rather than losing "Studio" to an ellipsis.
                dir="auto"
                lh={1.15}
                style={{ fontSize: 'clamp(1rem, 0.9rem + 0.6vw, 1.25rem)', textWrap: 'balance', overflow: 'hidden', maxHeight: '2.3em' }}
              >
                {t('app.name')}
              </Anchor>
            </Group>
            <Group gap="md" wrap="nowrap">
              {wide ? switcher('header') : null}
              {/* On narrow screens the language menu sits in the navigation drawer, like the workspace switcher. */}
              {wide ? <AccountLanguage /> : null}
              {user && headerActions ? <Suspense fallback={null}>{headerActions}</Suspense> : null}
              {user ? (
                <UserMenu
                  displayName={user.displayName}
                  email={user.email}
                  isPlatformAdmin={user.isPlatformAdmin}
                  compact={!wide}
                  onSignOut={() => void logout()}
                />
              ) : null}
            </Group>
          </Group>
        </AppShell.Header>

        {/* The whole sidebar is the "Main" navigation landmark: the workspace switcher (small screens) and the
            workspace block belong to it, so that no content sits outside a landmark. */}
        <AppShell.Navbar component="nav" aria-label={t('nav.label')} id="app-navigation" p="sm" withBorder>
          <Stack gap="md">
            {!wide ? (
              <>
                {current.workspaces.length > 0 ? switcher('drawer') : null}
                <AccountLanguage tone="drawer" />
                <Divider />
              </>
            ) : null}
            <AppNav abilities={current} onNavigate={closeNav} landmark={false} />
            {current.workspace ? (
              <Box px="sm" mt="md">
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {t('header.workspace')}
                </Text>
                <Text size="sm" fw={600}>
                  {current.workspace.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {current.role ? t(`roles.${current.role}`) : user?.isPlatformAdmin ? t('header.platformAdmin') : ''}
                </Text>
              </Box>
            ) : null}
          </Stack>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
          <Box px={{ base: 'md', sm: 'xl' }} py={{ base: 'lg', sm: 'xl' }} maw={1200}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
