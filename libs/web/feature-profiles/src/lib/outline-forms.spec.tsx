import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AddSectionForm } from './add-section-form';
import type { OutlineSection } from './outline-nav';
import { ADD_SECTION_MUTATION, PROFILE_SCREEN_QUERY, RENAME_SECTION_MUTATION } from './profile-documents';
import { RenameSectionForm } from './rename-section-form';

/** Renders a form at /profiles/p-1 with mocked GraphQL answers; a section page stands in for where it navigates. */
function renderAt(ui: ReactElement, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter(
    [
      { path: '/profiles/p-1', element: ui },
      { path: '/profiles/p-1/sections/:id', element: <h1>Section page</h1> },
    ],
    { initialEntries: ['/profiles/p-1'] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
}

const sections = [
  { id: 's-1', title: 'Introduction', number: '1', numbered: true, depth: 0, parentId: null, assignedOrganizations: [] },
] as unknown as OutlineSection[];

describe('AddSectionForm', () => {
  it('asks for a title beside the field, focused, before calling the server', async () => {
    renderAt(<AddSectionForm profileId="p-1" sections={sections} defaultParentId={null} onDone={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Section title'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Create section' }));
    const title = screen.getByLabelText('Section title');
    expect(title).toHaveAccessibleDescription('Enter a title for the section');
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('sends the trimmed title, the parent and the numbering, then opens the new section', async () => {
    const onDone = vi.fn();
    const mocks: MockedResponse[] = [
      {
        request: {
          query: ADD_SECTION_MUTATION,
          variables: { input: { profileId: 'p-1', title: 'Annex', parentId: 's-1', numbered: false } },
        },
        result: { data: { addSection: { __typename: 'Section', id: 's-2', title: 'Annex' } } },
      },
      { request: { query: PROFILE_SCREEN_QUERY, variables: { id: 'p-1' } }, result: { data: { profile: null } } },
    ];
    renderAt(<AddSectionForm profileId="p-1" sections={sections} defaultParentId="s-1" onDone={onDone} />, mocks);
    await userEvent.type(screen.getByLabelText('Section title'), ' Annex ');
    await userEvent.click(screen.getByLabelText('Numbered'));
    await userEvent.click(screen.getByRole('button', { name: 'Create section' }));
    expect(await screen.findByRole('heading', { name: 'Section page' })).toBeInTheDocument();
    expect(onDone).toHaveBeenCalled();
  });
});

describe('RenameSectionForm', () => {
  it("shows the server's message on the title", async () => {
    const mocks: MockedResponse[] = [
      {
        request: { query: RENAME_SECTION_MUTATION, variables: { id: 's-1', title: 'Overview' } },
        result: {
          errors: [
            new GraphQLError('Shorten the section title to 200 characters or fewer.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'title' },
            }),
          ],
        },
      },
    ];
    renderAt(<RenameSectionForm sectionId="s-1" title="Introduction" onDone={vi.fn()} />, mocks);
    const title = screen.getByLabelText('Section title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Overview ');
    await userEvent.click(screen.getByRole('button', { name: 'Save title' }));
    await waitFor(() => expect(title).toHaveAccessibleDescription('Shorten the section title to 200 characters or fewer.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
