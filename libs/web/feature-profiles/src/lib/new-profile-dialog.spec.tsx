import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { NewProfileForm } from './new-profile-dialog';
import { CREATE_PROFILE_MUTATION, START_NEXT_EDITION_MUTATION, WORKSPACE_PROFILES_QUERY } from './profiles-documents';

function renderAt(ui: ReactElement, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter(
    [
      { path: '/profiles', element: ui },
      { path: '/profiles/:id', element: <h1>Profile page</h1> },
    ],
    { initialEntries: ['/profiles'] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
}

const refetch = { request: { query: WORKSPACE_PROFILES_QUERY, variables: { id: 'w-1' } }, result: { data: { workspace: null } } };

describe('NewProfileForm', () => {
  it('asks for the title and edition beside their fields', async () => {
    renderAt(<NewProfileForm workspaceId="w-1" publishedReleases={[]} onDone={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Enter title');
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('creates an empty profile and opens it', async () => {
    const onDone = vi.fn();
    renderAt(<NewProfileForm workspaceId="w-1" publishedReleases={[]} onDone={onDone} />, [
      {
        request: { query: CREATE_PROFILE_MUTATION, variables: { input: { workspaceId: 'w-1', title: 'Norland', edition: '2026', templateKey: null } } },
        result: { data: { createProfile: { __typename: 'Profile', id: 'p-9', title: 'Norland', edition: '2026' } } },
      },
      refetch,
    ]);
    await userEvent.type(screen.getByLabelText('Title'), 'Norland');
    await userEvent.type(screen.getByLabelText('Edition'), '2026');
    await userEvent.selectOptions(screen.getByLabelText('Outline'), 'Empty: add sections yourself');
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(onDone).toHaveBeenCalled();
  });

  it('starts the next edition from a published release', async () => {
    renderAt(<NewProfileForm workspaceId="w-1" publishedReleases={[{ id: 'r-1', label: 'Norland (2019): 2019.1' }]} onDone={vi.fn()} />, [
      {
        request: { query: START_NEXT_EDITION_MUTATION, variables: { input: { releaseId: 'r-1', title: 'Norland', edition: '2024' } } },
        result: { data: { startNextEdition: { __typename: 'Profile', id: 'p-2', title: 'Norland', edition: '2024' } } },
      },
      refetch,
    ]);
    await userEvent.click(screen.getByText('Next edition'));
    expect(screen.getByLabelText('Published release')).toHaveValue('r-1');
    await userEvent.type(screen.getByLabelText('Title'), 'Norland');
    await userEvent.type(screen.getByLabelText('Edition'), '2024');
    await userEvent.click(screen.getByRole('button', { name: 'Start the next edition' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Profile page' })).toBeInTheDocument());
  });
});
