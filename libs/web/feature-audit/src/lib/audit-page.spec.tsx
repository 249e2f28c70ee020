import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHAIN_STATUS_QUERY, AUDIT_LOG_QUERY, AUDIT_WORKSPACE_QUERY } from './audit-documents';
import { AuditLog } from './audit-page';

const HASH = (c: string) => c.repeat(64);
const event = (sequence: number, over: Record<string, unknown> = {}) => ({
  __typename: 'AuditEvent',
  id: `e-${sequence}`,
  at: '2026-05-03T14:02:00.000Z',
  action: 'section.saved',
  subjectType: 'Section',
  subjectId: '11111111-1111-4111-8111-111111111111',
  data: { profileId: 'p-1', title: 'A.4 Emigration' },
  sequence,
  hash: HASH(String(sequence % 10)),
  previousHash: sequence > 1 ? HASH(String((sequence - 1) % 10)) : null,
  actor: { __typename: 'User', id: 'u-1', displayName: 'Ana Popescu' },
  ...over,
});
const page = (events: ReturnType<typeof event>[], hasNextPage: boolean) => ({
  data: {
    auditLog: {
      __typename: 'AuditEventConnection',
      edges: events.map((node) => ({ __typename: 'AuditEventEdge', cursor: `c-${node.sequence}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: events.length ? `c-${events.at(-1)!.sequence}` : null },
    },
  },
});

const workspaceMock: MockedResponse = {
  request: { query: AUDIT_WORKSPACE_QUERY, variables: { id: 'ws-1' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'ws-1',
        name: 'Moldova TWG',
        members: [
          { __typename: 'Membership', id: 'm-1', user: { __typename: 'User', id: 'u-1', displayName: 'Ana Popescu' } },
          { __typename: 'Membership', id: 'm-2', user: { __typename: 'User', id: 'u-2', displayName: 'Ion Rusu' } },
        ],
      },
    },
  },
};
const logMock = (variables: Record<string, unknown>, result: ReturnType<typeof page>): MockedResponse => ({
  request: { query: AUDIT_LOG_QUERY, variables: { workspaceId: 'ws-1', first: 50, filter: {}, ...variables } },
  result,
});

function renderLog(mocks: MockedResponse[]) {
  const router = createMemoryRouter([{ path: '/audit', element: <AuditLog workspaceId="ws-1" /> }], { initialEntries: ['/audit'] });
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('AuditLog', () => {
  it('shows who did what to which object, with a link and a shortened hash, and loads older events', async () => {
    renderLog([
      workspaceMock,
      logMock({}, page([event(3), event(2, { action: 'organization.renamed', subjectType: 'Organization', data: { after: { name: 'NBS' } }, actor: null })], true)),
      logMock({ after: 'c-2' }, page([event(1)], false)),
    ]);
    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Ana Popescu')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Saved a new revision')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Section: A.4 Emigration' })).toHaveAttribute(
      'href',
      '/profiles/p-1/sections/11111111-1111-4111-8111-111111111111',
    );
    expect(within(rows[0]!).getByLabelText(`Entry 3, hash ${'3'.repeat(10)}, previous ${'2'.repeat(10)}`)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('System')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Renamed an organisation')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Organisation: NBS')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load older' }));
    expect(await screen.findByText('All matching events are shown.')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('sends the chosen filters, with the end date inclusive', async () => {
    const to = new Date(2026, 4, 4).toISOString();
    renderLog([
      workspaceMock,
      logMock({}, page([event(1)], false)),
      logMock({ filter: { action: 'section.saved', to } }, page([], false)),
    ]);
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'Filters' });
    await userEvent.selectOptions(within(form).getByLabelText('What'), 'section.saved');
    await userEvent.type(within(form).getByLabelText('Until (date, inclusive)'), '2026-05-03');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('No audit events match these filters.')).toBeInTheDocument();
  });

  it('refuses a malformed object id beside its field, without asking the server', async () => {
    renderLog([workspaceMock, logMock({}, page([event(1)], false))]);
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'Filters' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Object id' }), 'abc');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
    expect(within(form).getByRole('textbox', { name: 'Object id' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter a complete id'),
    );
  });

  it('verifies the chain on request and says where it breaks', async () => {
    renderLog([
      workspaceMock,
      logMock({}, page([event(1)], false)),
      {
        request: { query: AUDIT_CHAIN_STATUS_QUERY, variables: { workspaceId: 'ws-1' } },
        result: {
          data: {
            auditChainStatus: { __typename: 'AuditChainStatus', ok: false, events: 41, brokenAtSequence: 17, checkedAt: '2026-05-03T14:02:00Z' },
          },
        },
      },
    ]);
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Verify integrity' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Integrity check failed at entry 17');
  });
});
