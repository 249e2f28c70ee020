import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CreateWorkspaceForm } from './create-workspace-form';
import { ADD_FIRST_COORDINATOR_MUTATION, CREATE_FIRST_ORGANIZATION_MUTATION, CREATE_WORKSPACE_MUTATION } from './workspaces-documents';

function renderForm(mocks: MockedResponse[] = []) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks}>
      <MantineProvider>{children}</MantineProvider>
    </MockedProvider>
  );
  render(<CreateWorkspaceForm />, { wrapper });
}

async function fill(label: string, text: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Create workspace' }));

describe('CreateWorkspaceForm', () => {
  it('shows each problem beside its field and focuses the first, without calling the server', async () => {
    renderForm();
    await submit();
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter name'));
    expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription(expect.stringContaining('Enter slug'));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(expect.stringContaining('Enter email'));
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('asks a national workspace for its country code, and checks the password length', async () => {
    renderForm();
    await fill('Name', 'Norland');
    await fill('Email', 'ana@norland.gov');
    await fill('Display name', 'Ana');
    await fill('Password', 'short');
    await submit();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('The password must be between 12 and 256 characters long'),
    );
    await fill('Password', 'long-enough-password');
    await submit();
    expect(screen.getByLabelText('Country code (2 letters)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the country code: a national workspace needs one'),
    );
  });

  it('sends the parsed values: trimmed, the slug from the name, the e-mail in lower case, no password as null', async () => {
    const mocks: MockedResponse[] = [
      {
        request: {
          query: CREATE_WORKSPACE_MUTATION,
          variables: { input: { name: 'Republic of Norland', slug: 'republic-of-norland', kind: 'NATIONAL', countryCode: 'NL' } },
        },
        result: {
          data: {
            createWorkspace: {
              __typename: 'Workspace',
              id: 'ws-1',
              name: 'Republic of Norland',
              slug: 'republic-of-norland',
              kind: 'NATIONAL',
              countryCode: 'NL',
              myRole: null,
              createdAt: '2024-05-03T14:02:00.000Z',
            },
          },
        },
      },
      {
        request: {
          query: CREATE_FIRST_ORGANIZATION_MUTATION,
          variables: { input: { workspaceId: 'ws-1', name: 'Secretariat', kind: 'GOVERNMENT_AGENCY' } },
        },
        result: { data: { createOrganization: { __typename: 'Organization', id: 'org-1' } } },
      },
      {
        request: {
          query: ADD_FIRST_COORDINATOR_MUTATION,
          variables: {
            input: {
              workspaceId: 'ws-1',
              organizationId: 'org-1',
              email: 'ana@norland.gov',
              displayName: 'Ana Coordinator',
              password: null,
              role: 'COORDINATOR',
            },
          },
        },
        result: { data: { addMember: { __typename: 'Membership', id: 'm-1' } } },
      },
    ];
    renderForm(mocks);
    await fill('Name', '  Republic of Norland ');
    await fill('Country code (2 letters)', 'nl');
    await fill('Email', ' Ana@Norland.GOV ');
    await fill('Display name', 'Ana Coordinator ');
    await submit();
    // Every mutation matched its expected variables: the form starts again, empty.
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the server's message on the field it names", async () => {
    const mocks: MockedResponse[] = [
      {
        request: {
          query: CREATE_WORKSPACE_MUTATION,
          variables: { input: { name: 'Norland', slug: 'norland', kind: 'REGIONAL', countryCode: null } },
        },
        result: {
          errors: [
            new GraphQLError('A workspace with the slug "norland" already exists.', {
              extensions: { code: 'CONFLICT', field: 'slug' },
            }),
          ],
        },
      },
    ];
    renderForm(mocks);
    await fill('Name', 'Norland');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'REGIONAL');
    await fill('Email', 'ana@norland.gov');
    await fill('Display name', 'Ana');
    await submit();
    await waitFor(() =>
      expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription(
        expect.stringContaining('A workspace with the slug "norland" already exists.'),
      ),
    );
  });
});
