import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { OpenCycleForm } from './open-cycle-form';
import type { PickerOrganisation } from './open-cycle-organisations';
import type { PickerSection } from './open-cycle-sections-picker';
import { OPEN_REVIEW_CYCLE_MUTATION } from './review-cycle-documents';

const section = (id: string, parentId: string | null, position: number, number: string, title: string, openCycle = false): PickerSection => ({
  id,
  parentId,
  position,
  number,
  title,
  status: openCycle ? 'IN_REVIEW' : 'DRAFTING',
  archived: false,
  reviewCycles: [],
  openCycle: openCycle ? { id: 'c-0', title: 'Spring consultation', closesAt: '2030-04-01T15:00:00.000Z' } : null,
});

const sections: PickerSection[] = [
  section('a', null, 0, 'A', 'Migration trends'),
  section('a1', 'a', 0, 'A.1', 'Immigration'),
  section('a2', 'a', 1, 'A.2', 'Emigration', true),
  section('a3', 'a', 2, 'A.3', 'A.3 Return migration'),
  section('b', null, 1, 'B', 'Impact'),
];

const organisations: PickerOrganisation[] = [
  { id: 'o-mol', name: 'Ministry of Labour', acronym: 'MoL', kind: 'MINISTRY' },
  { id: 'o-ngo', name: 'Migrant Rights Network', acronym: 'MRN', kind: 'CIVIL_SOCIETY' },
  { id: 'o-uni', name: 'State University', acronym: null, kind: 'ACADEMIA' },
];

function renderForm(mocks: MockedResponse[] = [], onStale = vi.fn()) {
  const router = createMemoryRouter(
    [
      { path: '/review-cycles/new', element: <OpenCycleForm profileId="p-1" sections={sections} organisations={organisations} onStale={onStale} /> },
      { path: '/review-cycles/:id', element: <h1>Cycle page</h1> },
    ],
    { initialEntries: ['/review-cycles/new'] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { onStale };
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const inGroup = (group: string, name: string) => within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name });

async function fillValidForm(closesAt = '2030-05-10T17:00') {
  await userEvent.type(screen.getByLabelText(/Title of the cycle/), ' Consultation on chapter A ');
  await userEvent.click(checkbox('A Migration trends'));
  await userEvent.click(inGroup('Participants', 'Migrant Rights Network (MRN)'));
  await userEvent.click(inGroup('Required signatories', 'Ministry of Labour (MoL)'));
  fireEvent.change(screen.getByLabelText(/Closing date and time/), { target: { value: closesAt } });
}

function openMock(closesAt: string, result: MockedResponse['result']): MockedResponse {
  return {
    request: {
      query: OPEN_REVIEW_CYCLE_MUTATION,
      variables: {
        input: {
          profileId: 'p-1',
          title: 'Consultation on chapter A',
          sectionIds: ['a', 'a1', 'a3'],
          participantOrganizationIds: ['o-ngo'],
          requiredSignatoryOrganizationIds: ['o-mol'],
          closesAt: new Date(closesAt).toISOString(),
        },
      },
    },
    result,
  };
}

describe('OpenCycleForm', () => {
  it('says what is missing beside each field and focuses the first, without calling the server', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Open review cycle' }));
    const title = screen.getByLabelText(/Title of the cycle/);
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Enter a title for the cycle'));
    expect(screen.getByText('Choose at least one section')).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('refuses a closing moment in the past beside the field', async () => {
    renderForm();
    await fillValidForm('2020-01-01T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Open review cycle' }));
    expect(screen.getByLabelText(/Closing date and time/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter a closing date and time in the future'),
    );
  });

  it('a chapter ticks its sections, except one already in an open cycle, which says why', async () => {
    renderForm();
    const emigration = checkbox('A.2 Emigration');
    expect(emigration).toBeDisabled();
    expect(emigration).toHaveAccessibleDescription(expect.stringContaining('Already in the open cycle "Spring consultation"'));

    await userEvent.click(checkbox('A Migration trends'));
    expect(checkbox('A Migration trends')).toBeChecked();
    expect(checkbox('A.1 Immigration')).toBeChecked();
    expect(checkbox('A.3 Return migration')).toBeChecked();
    expect(emigration).not.toBeChecked();
    expect(checkbox('B Impact')).not.toBeChecked();

    // Unticking one section leaves the chapter mixed; ticking the chapter again completes it.
    await userEvent.click(checkbox('A.1 Immigration'));
    expect(checkbox('A Migration trends')).toHaveAttribute('data-indeterminate', 'true');
    await userEvent.click(checkbox('A Migration trends'));
    expect(checkbox('A.1 Immigration')).toBeChecked();
    await userEvent.click(checkbox('A Migration trends'));
    expect(checkbox('A.1 Immigration')).not.toBeChecked();
    expect(checkbox('A Migration trends')).not.toBeChecked();
  });

  it('groups organisations by kind, with names and acronyms, and sums everything up before opening', async () => {
    renderForm();
    const participants = screen.getByRole('group', { name: 'Participants' });
    expect(within(participants).getByRole('group', { name: 'Civil society' })).toBeInTheDocument();
    expect(within(participants).getByRole('group', { name: 'Academia' })).toBeInTheDocument();
    expect(within(participants).getByRole('group', { name: 'Ministry' })).toBeInTheDocument();
    await fillValidForm();
    const summary = screen.getByRole('region', { name: 'Check before opening' });
    expect(summary).toHaveTextContent('Consultation on chapter A');
    expect(summary).toHaveTextContent('3 sections');
    expect(within(summary).getByText('A.3 Return migration')).toBeInTheDocument();
    expect(summary).toHaveTextContent('Migrant Rights Network (MRN)');
    expect(summary).toHaveTextContent('Ministry of Labour (MoL)');
  });

  it('warns that a cycle without required signatories approves nothing', async () => {
    renderForm();
    expect(screen.getByText('A consultation only')).toBeInTheDocument();
    await userEvent.click(inGroup('Required signatories', 'Ministry of Labour (MoL)'));
    expect(screen.queryByText('A consultation only')).not.toBeInTheDocument();
  });

  it('lists the blockers when the server refuses, and reloads the outline', async () => {
    const closesAt = '2030-05-10T17:00';
    const { onStale } = renderForm([
      openMock(closesAt, {
        errors: [
          new GraphQLError('Some sections are already in an open review cycle.', {
            extensions: {
              code: 'FAILED_PRECONDITION',
              blockers: ["A.1 Immigration is in the open review cycle 'Autumn round'"],
            },
          }),
        ],
      }),
    ]);
    await fillValidForm(closesAt);
    await userEvent.click(screen.getByRole('button', { name: 'Open review cycle' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cycle could not be opened');
    expect(within(alert).getByText("A.1 Immigration is in the open review cycle 'Autumn round'")).toBeInTheDocument();
    expect(onStale).toHaveBeenCalled();
  });

  it('sends the sections in outline order and the closing moment in UTC, then shows the new cycle', async () => {
    const closesAt = '2030-05-10T17:00';
    renderForm([
      openMock(closesAt, {
        data: {
          openReviewCycle: {
            __typename: 'ReviewCycle',
            id: 'c-9',
            title: 'Consultation on chapter A',
            status: 'OPEN',
            closesAt: new Date(closesAt).toISOString(),
          },
        },
      }),
    ]);
    await fillValidForm(closesAt);
    await userEvent.click(screen.getByRole('button', { name: 'Open review cycle' }));
    expect(await screen.findByRole('heading', { name: 'Cycle page' })).toBeInTheDocument();
  });
});
