import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactElement, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AddMemberForm } from './add-member-form';
import { ADD_MEMBER_MUTATION, CREATE_ORGANIZATION_MUTATION, RENAME_ORGANIZATION_MUTATION } from './admin-documents';
import type { AdminOrganization } from './admin-types';
import { AddOrganisationForm, RenameOrganisationForm } from './organisations-section';

function renderWith(ui: ReactElement, mocks: MockedResponse[] = []) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks}>
      <MantineProvider>{children}</MantineProvider>
    </MockedProvider>
  );
  render(ui, { wrapper });
}

const org: AdminOrganization = {
  __typename: 'Organization',
  id: 'org-1',
  name: 'Ministry of Labour',
  acronym: 'MoL',
  kind: 'MINISTRY',
  createdAt: '2024-05-03T14:02:00.000Z',
} as AdminOrganization;

describe('AddOrganisationForm', () => {
  it('shows the problems beside the fields and focuses the first', async () => {
    renderWith(<AddOrganisationForm workspaceId="ws-1" />);
    const form = screen.getByRole('form', { name: 'Add organisation' });
    await userEvent.type(within(form).getByLabelText('Acronym (optional)'), 'A'.repeat(21));
    await userEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));
    const name = within(form).getByLabelText('Name');
    expect(name).toHaveAccessibleDescription('Enter name');
    expect(within(form).getByLabelText('Acronym (optional)')).toHaveAccessibleDescription(
      'Shorten the acronym to 20 characters or fewer',
    );
    expect(within(form).getByLabelText('Kind')).toHaveAccessibleDescription('Select kind');
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('sends the trimmed name, no acronym as null, and starts again empty', async () => {
    const mocks: MockedResponse[] = [
      {
        request: {
          query: CREATE_ORGANIZATION_MUTATION,
          variables: { input: { workspaceId: 'ws-1', name: 'Centre for Migration Studies', acronym: null, kind: 'ACADEMIA' } },
        },
        result: {
          data: {
            createOrganization: { ...org, id: 'org-2', name: 'Centre for Migration Studies', acronym: null, kind: 'ACADEMIA' },
          },
        },
      },
    ];
    renderWith(<AddOrganisationForm workspaceId="ws-1" />, mocks);
    const form = screen.getByRole('form', { name: 'Add organisation' });
    await userEvent.type(within(form).getByLabelText('Name'), ' Centre for Migration Studies  ');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'ACADEMIA');
    await userEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));
    await waitFor(() => expect(within(form).getByLabelText('Name')).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('RenameOrganisationForm', () => {
  it("puts the server's message on the name when it names that field", async () => {
    const mocks: MockedResponse[] = [
      {
        request: { query: RENAME_ORGANIZATION_MUTATION, variables: { id: 'org-1', name: 'Ministry of Interior', acronym: 'MoL' } },
        result: {
          errors: [
            new GraphQLError('An organisation named "Ministry of Interior" already exists in this workspace.', {
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ];
    renderWith(<RenameOrganisationForm org={org} onDone={() => undefined} />, mocks);
    const name = screen.getByLabelText('New name for Ministry of Labour');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription('Enter name');
    await userEvent.type(name, 'Ministry of Interior');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription('An organisation named "Ministry of Interior" already exists in this workspace.'),
    );
  });
});

describe('AddMemberForm', () => {
  const fillMember = async (email: string, password = '') => {
    const form = screen.getByRole('form', { name: 'Add member' });
    await userEvent.type(within(form).getByLabelText('Email'), email);
    await userEvent.type(within(form).getByLabelText('Display name'), ' Ana Focal ');
    if (password) await userEvent.type(within(form).getByLabelText('Password (optional)', { exact: true }), password);
    await userEvent.selectOptions(within(form).getByLabelText('Organisation'), 'org-1');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'FOCAL_POINT');
    await userEvent.click(within(form).getByRole('button', { name: 'Add member' }));
    return form;
  };

  it('checks the e-mail, the selects and a given password before calling the server', async () => {
    renderWith(<AddMemberForm workspaceId="ws-1" organizations={[org]} />);
    const form = screen.getByRole('form', { name: 'Add member' });
    await userEvent.type(within(form).getByLabelText('Password (optional)', { exact: true }), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Add member' }));
    expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription('Enter email');
    expect(within(form).getByLabelText('Display name')).toHaveAccessibleDescription('Enter display name');
    expect(within(form).getByLabelText('Password (optional)', { exact: true })).toHaveAccessibleDescription(
      expect.stringContaining('The password must be between 12 and 256 characters long'),
    );
    expect(within(form).getByLabelText('Organisation')).toHaveAccessibleDescription('Select organisation');
    expect(within(form).getByLabelText('Role')).toHaveAccessibleDescription('Select role');
    await waitFor(() => expect(within(form).getByLabelText('Email')).toHaveFocus());
  });

  it('sends the parsed values (no password: an invitation) and shows the server message on the field it names', async () => {
    const mocks: MockedResponse[] = [
      {
        request: {
          query: ADD_MEMBER_MUTATION,
          variables: {
            input: {
              workspaceId: 'ws-1',
              email: 'ana@labour.gov',
              displayName: 'Ana Focal',
              organizationId: 'org-1',
              role: 'FOCAL_POINT',
              password: null,
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('ana@labour.gov is already invited to this workspace: send the invitation again or cancel it.', {
              extensions: { code: 'CONFLICT', field: 'email' },
            }),
          ],
        },
      },
    ];
    renderWith(<AddMemberForm workspaceId="ws-1" organizations={[org]} />, mocks);
    const form = await fillMember(' Ana@Labour.gov ');
    await waitFor(() =>
      expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription(expect.stringContaining('is already invited to this workspace')),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
