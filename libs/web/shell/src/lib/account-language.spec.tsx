import { MantineProvider } from '@mantine/core';
import { useQuery, AuthContext, type AuthContextValue, SET_MY_LOCALE_MUTATION } from '@mps/web-data-access';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { gql, MockedProvider } from '@mps/web-data-access/testing';
import { changeLocale } from '@mps/web-util';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountLanguage, LOCALE_WORDED_QUERIES } from './account-language';

/**
 * The release gate's blockers are worded by the API in the account's language: after a new language is saved on the
 * account, the blockers on screen are asked for again and read in it. The query has the checklist's operation name
 * (ReleaseReadiness), which is what the refetch goes by.
 */
const READINESS = gql`
  query ReleaseReadiness($profileId: ID!) {
    releaseReadiness(profileId: $profileId) {
      ready
      items {
        kind
        message
      }
    }
  }
`;

function Blockers() {
  const { data } = useQuery<{ releaseReadiness: { items: Array<{ message: string }> } }>(READINESS, { variables: { profileId: 'p-1' } });
  return <ul>{data?.releaseReadiness.items.map((i) => <li key={i.message}>{i.message}</li>)}</ul>;
}

const readiness = (message: string): MockedResponse => ({
  request: { query: READINESS, variables: { profileId: 'p-1' } },
  result: {
    data: {
      releaseReadiness: { __typename: 'ReleaseReadiness', ready: false, items: [{ __typename: 'ReleaseBlocker', kind: 'NO_TEXT', message }] },
    },
  },
});

const auth = (): AuthContextValue => ({
  status: 'signed-in',
  user: { __typename: 'User', id: 'u-1', email: 'c@example.org', displayName: 'C', isPlatformAdmin: false, locale: 'en', memberships: [] } as never,
  memberships: [],
  userError: null,
  reloadUser: vi.fn(),
  signOutReason: null,
  login: vi.fn(),
  acceptInvitation: vi.fn(),
  logout: vi.fn(),
  retryRestore: vi.fn(),
  currentWorkspaceId: 'w-1',
  setCurrentWorkspaceId: vi.fn(),
});

afterEach(async () => {
  await changeLocale('en');
});

describe('AccountLanguage', () => {
  it('saves the chosen language on the account, then asks again for the blockers, which the API words in it', async () => {
    expect(LOCALE_WORDED_QUERIES).toContain('ReleaseReadiness');
    render(
      <AuthContext.Provider value={auth()}>
        <MockedProvider
          mocks={[
            readiness('1.2 Environment has no text: write it or archive it'),
            {
              request: { query: SET_MY_LOCALE_MUTATION, variables: { locale: 'fr' } },
              result: { data: { setMyLocale: { __typename: 'User', id: 'u-1', locale: 'fr' } } },
            },
            readiness('La section « 1.2 Environment » n’a pas de texte : rédigez-la ou archivez-la'),
          ]}
        >
          <MantineProvider>
            <AccountLanguage tone="drawer" />
            <Blockers />
          </MantineProvider>
        </MockedProvider>
      </AuthContext.Provider>,
    );
    expect(await screen.findByText('1.2 Environment has no text: write it or archive it')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Français' }));
    expect(await screen.findByText('La section « 1.2 Environment » n’a pas de texte : rédigez-la ou archivez-la')).toBeInTheDocument();
  });
});
