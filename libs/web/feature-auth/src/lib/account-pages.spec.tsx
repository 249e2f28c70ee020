import { graphQLFailure } from '@mps/web-data-access/testing';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { INVITATION_QUERY, REQUEST_PASSWORD_RESET_MUTATION, RESET_PASSWORD_MUTATION } from './account-documents';
import { ForgotPasswordPage } from './forgot-password-page';
import { InvitationPage } from './invitation-page';
import { ResetPasswordPage } from './reset-password-page';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';

function renderAt(path: string, element: ReactElement, mocks: MockedResponse[] = [], auth: Partial<AuthContextValue> = {}) {
  const value: AuthContextValue = {
    status: 'signed-out',
    user: null,
    memberships: [],
    userError: null,
    reloadUser: vi.fn(),
    signOutReason: null,
    login: vi.fn(),
    acceptInvitation: vi.fn(),
    logout: vi.fn(),
    retryRestore: vi.fn(),
    currentWorkspaceId: null,
    setCurrentWorkspaceId: vi.fn(),
    ...auth,
  };
  const router = createMemoryRouter(
    [
      { path: path.split('#')[0]!, element },
      { path: '/my-work', element: <h1>My work landing</h1> },
    ],
    { initialEntries: [path] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <AuthContext.Provider value={value}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </MantineProvider>
    </MockedProvider>,
  );
}

const refused = (code: string, linkState?: string) => ({
  errors: [new GraphQLError('Refused', { extensions: { code, ...(linkState ? { linkState } : {}) } })],
});

describe('ForgotPasswordPage', () => {
  it('says the same thing whatever the e-mail: a link was sent if it has an account', async () => {
    const mocks = [{ request: { query: REQUEST_PASSWORD_RESET_MUTATION, variables: { email: 'ana@labour.gov' } }, result: { data: { requestPasswordReset: true } } }];
    renderAt('/forgot-password', <ForgotPasswordPage />, mocks);
    await userEvent.type(screen.getByLabelText('Email'), ' Ana@Labour.gov ');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If ana@labour.gov has an account, we have sent it a link');
  });
});

describe('ResetPasswordPage', () => {
  it('asks for the new password twice and says when they differ', async () => {
    renderAt(`/reset-password#${TOKEN}`, <ResetPasswordPage />);
    await userEvent.type(screen.getByLabelText('New password'), 'a-long-new-password');
    await userEvent.type(screen.getByLabelText('Type the new password again'), 'a-long-new-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(screen.getByLabelText('Type the new password again')).toHaveAccessibleDescription(
      'The two passwords are not the same: type the new password again',
    );
  });

  it('sends the token from the fragment and then points to sign in', async () => {
    const mocks = [{ request: { query: RESET_PASSWORD_MUTATION, variables: { token: TOKEN, newPassword: 'a-long-new-password' } }, result: { data: { resetPassword: true } } }];
    renderAt(`/reset-password#${TOKEN}`, <ResetPasswordPage />, mocks);
    await userEvent.type(screen.getByLabelText('New password'), 'a-long-new-password');
    await userEvent.type(screen.getByLabelText('Type the new password again'), 'a-long-new-password');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  it.each([
    ['EXPIRED', 'This link has expired'],
    ['USED', 'This link was already used'],
  ])('explains a link the server calls %s, and offers a new one', async (linkState, title) => {
    const mocks = [{ request: { query: RESET_PASSWORD_MUTATION, variables: { token: TOKEN, newPassword: 'a-long-new-password' } }, result: refused('FAILED_PRECONDITION', linkState) }];
    renderAt(`/reset-password#${TOKEN}`, <ResetPasswordPage />, mocks);
    await userEvent.type(screen.getByLabelText('New password'), 'a-long-new-password');
    await userEvent.type(screen.getByLabelText('Type the new password again'), 'a-long-new-password');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('says a link without its token does not work, before anything is typed', () => {
    renderAt('/reset-password', <ResetPasswordPage />);
    expect(screen.getByRole('alert')).toHaveTextContent('This link does not work');
  });
});

describe('InvitationPage', () => {
  const invitation = (hasAccount: boolean) => ({
    request: { query: INVITATION_QUERY, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'Invitation',
          id: 'm-1',
          email: 'ana@labour.gov',
          workspaceName: 'Norland TWG',
          organizationName: 'Ministry of Labour',
          role: 'FOCAL_POINT',
          expiresAt: '2026-12-16T10:00:00.000Z',
          hasAccount,
        },
      },
    },
  });

  it('lets a new person choose a name and password, signs them in and lands on My work', async () => {
    const acceptInvitation = vi.fn().mockResolvedValue({});
    renderAt(`/invitation#${TOKEN}`, <InvitationPage />, [invitation(false)], { acceptInvitation });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join Norland TWG' })).toBeInTheDocument();
    expect(screen.getByText('You are invited to join Norland TWG as focal point for Ministry of Labour.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Your name'), ' Ana Diallo ');
    await userEvent.type(screen.getByLabelText('Password'), 'my-long-password');
    await userEvent.type(screen.getByLabelText('Type the password again'), 'my-long-password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    await waitFor(() => expect(acceptInvitation).toHaveBeenCalledWith({ token: TOKEN, displayName: 'Ana Diallo', password: 'my-long-password' }));
    expect(await screen.findByRole('heading', { name: 'My work landing' })).toBeInTheDocument();
  });

  it('asks someone with an account to sign in when they are not', async () => {
    renderAt(`/invitation#${TOKEN}`, <InvitationPage />, [invitation(true)]);
    expect(await screen.findByText(/ana@labour.gov already has an account/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=/account');
  });

  it('switches to signing in when the account was created meanwhile', async () => {
    const acceptInvitation = vi.fn().mockRejectedValue(
      graphQLFailure([{ message: 'Has an account', extensions: { code: 'FAILED_PRECONDITION', linkState: 'SIGN_IN' } }]),
    );
    renderAt(`/invitation#${TOKEN}`, <InvitationPage />, [invitation(false)], { acceptInvitation });
    await userEvent.type(await screen.findByLabelText('Your name'), 'Ana');
    await userEvent.type(screen.getByLabelText('Password'), 'my-long-password');
    await userEvent.type(screen.getByLabelText('Type the password again'), 'my-long-password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(await screen.findByText(/already has an account/)).toBeInTheDocument();
  });

  it('explains an expired invitation', async () => {
    renderAt(`/invitation#${TOKEN}`, <InvitationPage />, [{ ...invitation(false), result: refused('FAILED_PRECONDITION', 'EXPIRED') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired');
    expect(screen.getByRole('alert')).toHaveTextContent('Ask the coordinator who invited you to send it again.');
  });
});
