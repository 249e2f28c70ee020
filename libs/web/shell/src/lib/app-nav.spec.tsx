import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { abilitiesFor } from '@mps/web-data-access';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppNav } from './app-nav';
import { visibleNavItems } from './nav-items';

/** Renders inside Mantine's provider (i18n is initialised by the test setup), as the ui library's tests do. */
const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

function renderNav(abilities: ReturnType<typeof abilitiesFor>, path = '/my-work') {
  renderInMantine(
    <MemoryRouter initialEntries={[path]}>
      <AppNav abilities={abilities} />
    </MemoryRouter>,
  );
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

describe('main navigation', () => {
  it('shows Admin to a coordinator', () => {
    const nav = renderNav(abilitiesFor('COORDINATOR', false));
    for (const name of ['My work', 'Profiles', 'Review cycles', 'Releases', 'Workspaces', 'Admin', 'Audit log']) {
      expect(nav.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('hides Admin from a focal point', () => {
    const nav = renderNav(abilitiesFor('FOCAL_POINT', false));
    expect(nav.getByRole('link', { name: 'Profiles' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('hides Admin from observers and contributors', () => {
    for (const role of ['OBSERVER', 'CONTRIBUTOR'] as const) {
      expect(visibleNavItems(abilitiesFor(role, false)).map((i) => i.key)).not.toContain('admin');
    }
  });

  it('shows the audit log to coordinators and platform admins only (the roles that may read it)', () => {
    for (const role of ['FOCAL_POINT', 'OBSERVER', 'CONTRIBUTOR'] as const) {
      expect(visibleNavItems(abilitiesFor(role, false)).map((i) => i.key)).not.toContain('audit');
    }
    expect(visibleNavItems(abilitiesFor(null, true)).map((i) => i.key)).toContain('audit');
  });

  it('shows Admin to a platform admin who is not a member', () => {
    const keys = visibleNavItems(abilitiesFor(null, true)).map((i) => i.key);
    expect(keys).toContain('admin');
    expect(keys).toContain('profiles');
  });

  it('marks the current page', () => {
    const nav = renderNav(abilitiesFor('OBSERVER', false), '/profiles');
    expect(nav.getByRole('link', { name: 'Profiles' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'My work' })).not.toHaveAttribute('aria-current');
  });

  it('links everyone to the public portal, which the server serves (a full page load, not a route)', () => {
    const nav = renderNav(abilitiesFor('CONTRIBUTOR', false));
    expect(nav.getByRole('link', { name: 'Public portal' })).toHaveAttribute('href', '/portal');
  });
});
