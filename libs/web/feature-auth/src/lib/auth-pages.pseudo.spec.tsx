import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen } from '@testing-library/react';
import { LOCALE_NATIVE_NAMES } from '@mps/shared-domain';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import { enablePseudoLocale, untranslatedTexts } from '@mps/web-util';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordPage } from './forgot-password-page';
import { LoginPage } from './login-page';

/**
 * The screens before sign-in, in a pseudo-locale where every string from i18n reads
 * "⟦…⟧": any other text was written into the code and would stay English in every language (docs/i18n/README.md).
 * Each feature library checks its main screens the same way (*.pseudo.spec.tsx).
 */
const auth: AuthContextValue = {
  status: 'signed-out',
  user: null,
  memberships: [],
  userError: null,
  reloadUser: vi.fn(),
  signOutReason: 'expired',
  login: vi.fn(),
  acceptInvitation: vi.fn(),
  logout: vi.fn(),
  retryRestore: vi.fn(),
  currentWorkspaceId: null,
  setCurrentWorkspaceId: vi.fn(),
};

function renderAt(path: string, element: ReactElement) {
  const router = createMemoryRouter([{ path, element }], { initialEntries: [path] });
  render(
    <MockedProvider>
      <MantineProvider>
        <AuthContext.Provider value={auth}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </MantineProvider>
    </MockedProvider>,
  );
}

/** Language names are written in each language itself, never translated. */
const DATA = Object.values(LOCALE_NATIVE_NAMES);

describe('pseudo-locale', () => {
  let pseudo: ReturnType<typeof enablePseudoLocale> | null = null;
  afterEach(() => {
    pseudo?.restore();
    pseudo = null;
  });

  it.each([
    ['/login', <LoginPage key="login" />],
    ['/forgot-password', <ForgotPasswordPage key="forgot" />],
  ])('%s shows only text from i18n', async (path, element) => {
    pseudo = enablePseudoLocale();
    renderAt(path, element);
    await screen.findAllByRole('heading', { level: 1 });
    expect(untranslatedTexts(document.body, DATA)).toEqual([]);
    expect(pseudo.missingKeys).toEqual([]);
  });
});
