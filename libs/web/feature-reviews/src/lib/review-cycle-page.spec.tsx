import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CLOSE_REVIEW_CYCLE_MUTATION, REVIEW_CYCLE_MATRICES_QUERY, REVIEW_CYCLE_PAGE_QUERY } from './review-cycle-documents';
import { ReviewCyclePage } from './review-cycle-page';

const mol = { __typename: 'Organization', id: 'o-mol', name: 'Ministry of Labour', acronym: 'MoL', kind: 'MINISTRY' };
const ngo = { __typename: 'Organization', id: 'o-ngo', name: 'Migrant Rights Network', acronym: 'MRN', kind: 'CIVIL_SOCIETY' };
const closesAt = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();

const header = (status: 'OPEN' | 'CLOSED') => ({
  title: 'Consultation on chapter A',
  status,
  canComment: status === 'OPEN',
  openedAt: '2026-05-01T09:00:00.000Z',
  openedBy: { __typename: 'User', id: 'u-1', displayName: 'Ana Coordinator' },
  closesAt,
  closedAt: status === 'CLOSED' ? '2026-05-04T09:00:00.000Z' : null,
  closedAutomatically: false,
  closedBy: status === 'CLOSED' ? { __typename: 'User', id: 'u-1', displayName: 'Ana Coordinator' } : null,
});

function pageResult(role: string, status: 'OPEN' | 'CLOSED' = 'OPEN') {
  return {
    data: {
      reviewCycle: {
        __typename: 'ReviewCycle',
        id: 'c-1',
        ...header(status),
        progress: {
          __typename: 'ReviewCycleProgress',
          comments: 7,
          threads: 4,
          threadsResolved: 1,
          dispositionsNeeded: 3,
          dispositionsRecorded: 2,
          signOffsExpected: 2,
          signOffsGiven: 1,
          sections: 2,
          sectionsApproved: 1,
          sectionsChangesRequested: 0,
        },
        participants: [ngo],
        requiredSignatories: [mol],
        sections: [
          { __typename: 'Section', id: 's-1', number: 'A.1', title: 'Immigration', status: 'APPROVED' },
          { __typename: 'Section', id: 's-2', number: 'A.2', title: 'Emigration', status: 'IN_REVIEW' },
        ],
        profile: {
          __typename: 'Profile',
          id: 'p-1',
          title: 'Migration Profile of Norland',
          edition: '2026',
          workspace: { __typename: 'Workspace', id: 'w-1', name: 'Norland TWG', myRole: role },
        },
      },
    },
  };
}

const matricesResult = {
  data: {
    reviewCycle: {
      __typename: 'ReviewCycle',
      id: 'c-1',
      requiredSignatories: [{ __typename: 'Organization', id: 'o-mol', name: 'Ministry of Labour', acronym: 'MoL' }],
      signOffMatrix: [
        {
          __typename: 'SignOffMatrixRow',
          section: { __typename: 'Section', id: 's-2', number: 'A.2', title: 'Emigration', status: 'IN_REVIEW' },
          cells: [
            { __typename: 'SignOffMatrixCell', awaiting: true, decision: null, stale: false, organization: { __typename: 'Organization', id: 'o-mol' }, signOff: null },
          ],
        },
      ],
      commentResponses: [
        {
          __typename: 'Comment',
          id: 'cm-1',
          body: 'The figure for 2024 seems low.',
          createdAt: '2026-05-02T10:00:00.000Z',
          author: { __typename: 'User', id: 'u-3', displayName: 'Nina NGO' },
          organization: { __typename: 'Organization', id: 'o-ngo', name: 'Migrant Rights Network', acronym: 'MRN' },
          section: { __typename: 'Section', id: 's-2', number: 'A.2', title: 'Emigration' },
          anchor: { __typename: 'TextAnchor', quote: '12,000 people', orphaned: false },
          suggestion: { __typename: 'Suggestion', text: '14,500 people', status: 'APPLIED', declineReason: null },
          disposition: { __typename: 'CommentDisposition', value: 'ACCEPTED', reason: 'Corrected from the census.', recordedAt: '2026-05-03T10:00:00.000Z' },
          suggestionAppliedIn: { __typename: 'Revision', id: 'r-4', number: 4 },
        },
      ],
    },
  },
};

function renderPage(mocks: MockedResponse[]) {
  const auth: AuthContextValue = {
    status: 'signed-in',
    user: null,
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
  };
  const router = createMemoryRouter([{ path: '/review-cycles/:cycleId', element: <ReviewCyclePage /> }], {
    initialEntries: ['/review-cycles/c-1'],
  });
  render(
    <AuthContext.Provider value={auth}>
      <MockedProvider mocks={mocks}>
        <MantineProvider>
          <RouterProvider router={router} />
        </MantineProvider>
      </MockedProvider>
    </AuthContext.Provider>,
  );
}

const pageMock = (role: string, status: 'OPEN' | 'CLOSED' = 'OPEN'): MockedResponse => ({
  request: { query: REVIEW_CYCLE_PAGE_QUERY, variables: { id: 'c-1' } },
  result: pageResult(role, status),
});
const matricesMock: MockedResponse = { request: { query: REVIEW_CYCLE_MATRICES_QUERY, variables: { id: 'c-1' } }, result: matricesResult };

describe('ReviewCyclePage', () => {
  it('shows a contributor the cycle, its sections and closing date, and never asks for the matrices', async () => {
    const matrices = { ...matricesMock, result: vi.fn(() => matricesResult) };
    renderPage([pageMock('CONTRIBUTOR'), matrices]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Consultation on chapter A' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'A.2 Emigration' })).toHaveAttribute('href', '/profiles/p-1/sections/s-2');
    expect(screen.getByText(/You can read these sections and comment on them until/)).toBeInTheDocument();
    expect(screen.getByText(/5 days left/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close cycle' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sign-offs' })).not.toBeInTheDocument();
    expect(matrices.result).not.toHaveBeenCalled();
  });

  it('shows coordinators the progress, both matrices and the downloads', async () => {
    renderPage([pageMock('COORDINATOR'), matricesMock]);
    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(within(progress).getByText('Dispositions recorded').parentElement).toHaveTextContent('2 of 3');
    expect(within(progress).getByText('Sign-offs given').parentElement).toHaveTextContent('1 of 2');
    expect(await screen.findByRole('table', { name: /decision on each section/ })).toBeInTheDocument();
    const responses = screen.getByRole('table', { name: /How each comment/ });
    expect(within(responses).getByText('The figure for 2024 seems low.')).toBeInTheDocument();
    expect(within(responses).getByText('Accepted')).toBeInTheDocument();
    expect(within(responses).getByText('Applied: taken into revision 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download Excel' })).toBeInTheDocument();
  });

  it('lets a coordinator close the cycle after confirming', async () => {
    const close = vi.fn(() => ({ data: { closeReviewCycle: { __typename: 'ReviewCycle', id: 'c-1', ...header('CLOSED') } } }));
    renderPage([
      pageMock('COORDINATOR'),
      matricesMock,
      { request: { query: CLOSE_REVIEW_CYCLE_MUTATION, variables: { id: 'c-1' } }, result: close },
      pageMock('COORDINATOR', 'CLOSED'),
      matricesMock,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Close cycle' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close "Consultation on chapter A" now?' });
    // The dialog's focus trap moves focus once it has opened: Cancel, the safe choice.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close cycle' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Close cycle' })).not.toBeInTheDocument());
    expect(screen.getByText(/Closed .*2026/)).toBeInTheDocument();
  });
});
