import { graphQLFailure } from '@mps/web-data-access/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LoginPage, safeNextPath } from './login-page';

/** Renders inside Mantine's provider (i18n is initialised by the test setup), as the ui library's tests do. */
const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

function graphQLError(code: string, message = 'Refused', field?: string) {
  return graphQLFailure([{ message, extensions: { code, ...(field ? { field } : {}) } }]);
}

function renderLogin(login: AuthContextValue['login'], status: AuthContextValue['status'] = 'signed-out') {
  const auth: AuthContextValue = {
    status,
    user: null,
    memberships: [],
    userError: null,
    reloadUser: vi.fn(),
    signOutReason: null,
    login,
    acceptInvitation: vi.fn(),
    logout: vi.fn(),
    retryRestore: vi.fn(),
    currentWorkspaceId: null,
    setCurrentWorkspaceId: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/my-work', element: <h1>My work landing</h1> },
    ],
    { initialEntries: ['/login'] },
  );
  renderInMantine(
    <AuthContext.Provider value={auth}>
      <RouterProvider router={router} />
    </AuthContext.Provider>,
  );
}

async function signIn(email = 'coordinator@demo.example', password = 'secret-password') {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('labels its fields and button as people read them', () => {
    renderLogin(vi.fn());
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('says plainly when the e-mail or password is wrong', async () => {
    const login = vi.fn().mockRejectedValue(graphQLError('UNAUTHENTICATED'));
    renderLogin(login);
    await signIn();
    expect(login).toHaveBeenCalledWith('coordinator@demo.example', 'secret-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not correct.');
  });

  it('asks the person to wait when sign-in is rate limited', async () => {
    renderLogin(vi.fn().mockRejectedValue(graphQLError('RATE_LIMITED')));
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(/wait/i);
  });

  it('shows field errors beside the fields before calling the server', async () => {
    const login = vi.fn();
    renderLogin(login);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(login).not.toHaveBeenCalled();
    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says beside the field when the e-mail is malformed, and focuses it', async () => {
    const login = vi.fn();
    renderLogin(login);
    await signIn('not-an-email');
    expect(login).not.toHaveBeenCalled();
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAccessibleDescription('Enter an email address in the correct format, like name@ministry.gov');
    await vi.waitFor(() => expect(email).toHaveFocus());
  });

  it('sends the e-mail trimmed and in lower case, and the password as typed', async () => {
    const login = vi.fn().mockResolvedValue(undefined);
    renderLogin(login);
    await signIn('  Coordinator@Demo.Example ', ' secret with spaces ');
    expect(login).toHaveBeenCalledWith('coordinator@demo.example', ' secret with spaces ');
  });

  it("shows the server's message on the field it names", async () => {
    const refused = graphQLError('BAD_USER_INPUT', 'The password must be between 12 and 256 characters long.', 'password');
    renderLogin(vi.fn().mockRejectedValue(refused));
    await signIn();
    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      'The password must be between 12 and 256 characters long.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes to My work once signed in', async () => {
    renderLogin(vi.fn(), 'signed-in');
    expect(await screen.findByRole('heading', { name: 'My work landing' })).toBeInTheDocument();
  });

  it('only follows same-site paths after sign-in', () => {
    expect(safeNextPath('/admin')).toBe('/admin');
    expect(safeNextPath('//evil.example')).toBe('/my-work');
    expect(safeNextPath('https://evil.example')).toBe('/my-work');
    expect(safeNextPath(null)).toBe('/my-work');
  });
});
