import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PrepareReleaseForm } from './prepare-release-form';
import { ReadinessChecklist } from './readiness-checklist';
import { ReleaseDetail } from './release-detail';
import {
  PREPARE_RELEASE_MUTATION,
  PUBLISH_RELEASE_MUTATION,
  RELEASE_QUERY,
  RELEASE_READINESS_QUERY,
  WORKSPACE_RELEASES_QUERY,
} from './releases-documents';

function renderAt(ui: ReactElement, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter([{ path: '/releases', element: ui }], { initialEntries: ['/releases'] });
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
}

const readiness = (items: Array<{ kind: string; message: string; sectionId: string | null; reviewCycleId: string | null }>) => ({
  request: { query: RELEASE_READINESS_QUERY, variables: { profileId: 'p-1' } },
  result: {
    data: {
      releaseReadiness: {
        __typename: 'ReleaseReadiness',
        ready: items.length === 0,
        items: items.map((i) => ({ __typename: 'ReleaseBlocker', ...i })),
      },
    },
  },
});

describe('ReadinessChecklist', () => {
  it('lists each blocker in the server’s words, linking to the section or the review cycle to fix it', async () => {
    renderAt(<ReadinessChecklist profileId="p-1" />, [
      readiness([
        { kind: 'NOT_APPROVED', message: 'A.4 Emigration is not approved at its current revision (changes requested)', sectionId: 's-4', reviewCycleId: null },
        { kind: 'NOT_SIGNED_OFF', message: 'CMS has not signed off A.4 Emigration', sectionId: 's-4', reviewCycleId: null },
        { kind: 'UNRESOLVED_THREADS', message: "3 unresolved threads in the latest cycle 'Validation'", sectionId: null, reviewCycleId: 'c-1' },
      ]),
    ]);
    const list = await screen.findByRole('list', { name: 'What blocks a release' });
    expect(screen.getByText('3 things block a release')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'CMS has not signed off A.4 Emigration' })).toHaveAttribute('href', '/profiles/p-1/sections/s-4');
    expect(within(list).getByRole('link', { name: "3 unresolved threads in the latest cycle 'Validation'" })).toHaveAttribute('href', '/review-cycles/c-1');
  });

  it('says so when the profile is ready', async () => {
    renderAt(<ReadinessChecklist profileId="p-1" />, [readiness([])]);
    expect(await screen.findByText('Ready for release')).toBeInTheDocument();
  });
});

describe('PrepareReleaseForm', () => {
  it('checks the version beside the field before calling the server', async () => {
    renderAt(<PrepareReleaseForm profileId="p-1" workspaceId="w-1" onPrepared={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Version'), '2024 1');
    await userEvent.click(screen.getByRole('button', { name: 'Prepare release' }));
    const version = screen.getByLabelText('Version');
    await waitFor(() => expect(version).toHaveAccessibleDescription(/Use 1 to 20 letters, digits, dots or hyphens for version, like 2024.1/));
  });

  it('shows the blockers the server answers when the gate is not met', async () => {
    const onPrepared = vi.fn();
    renderAt(<PrepareReleaseForm profileId="p-1" workspaceId="w-1" onPrepared={onPrepared} />, [
      {
        request: { query: PREPARE_RELEASE_MUTATION, variables: { input: { profileId: 'p-1', version: '2024.1', notes: null } } },
        result: {
          errors: [
            new GraphQLError('The profile cannot be released yet: 1 thing blocks it.', {
              extensions: { code: 'FAILED_PRECONDITION', blockers: ['B.6 Environment has no text: write it or archive it'] },
            }),
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Version'), ' 2024.1 ');
    await userEvent.click(screen.getByRole('button', { name: 'Prepare release' }));
    expect(await screen.findByText('B.6 Environment has no text: write it or archive it')).toBeInTheDocument();
    expect(screen.getByText(/The profile cannot be released yet/)).toBeInTheDocument();
    expect(onPrepared).not.toHaveBeenCalled();
  });

  it('prepares with the trimmed version and notes, then opens the candidate', async () => {
    const onPrepared = vi.fn();
    renderAt(<PrepareReleaseForm profileId="p-1" workspaceId="w-1" onPrepared={onPrepared} />, [
      {
        request: { query: PREPARE_RELEASE_MUTATION, variables: { input: { profileId: 'p-1', version: '2024.1', notes: 'First' } } },
        result: { data: { prepareRelease: { __typename: 'Release', id: 'r-1', version: '2024.1', status: 'CANDIDATE' } } },
      },
      { request: { query: WORKSPACE_RELEASES_QUERY, variables: { id: 'w-1' } }, result: { data: { workspace: null } } },
      readiness([]),
    ]);
    await userEvent.type(screen.getByLabelText('Version'), '2024.1');
    await userEvent.type(screen.getByLabelText('Release notes'), 'First');
    await userEvent.click(screen.getByRole('button', { name: 'Prepare release' }));
    await waitFor(() => expect(onPrepared).toHaveBeenCalledWith('r-1'));
  });
});

const candidate = {
  request: { query: RELEASE_QUERY, variables: { id: 'r-1' } },
  result: {
    data: {
      release: {
        __typename: 'Release',
        id: 'r-1',
        version: '2024.1',
        notes: 'First edition',
        status: 'CANDIDATE',
        createdAt: '2026-12-01T10:00:00.000Z',
        publishedAt: null,
        withdrawnAt: null,
        withdrawalReason: null,
        profileTitle: 'Migration Profile of Norland',
        edition: '2024',
        sections: [
          { __typename: 'ReleaseSection', sectionId: 's-0', number: '', title: 'Executive summary', depth: 0, revisionNumber: 2 },
          { __typename: 'ReleaseSection', sectionId: 's-4', number: 'A.4', title: 'Emigration', depth: 1, revisionNumber: 5 },
        ],
      },
    },
  },
};

describe('ReleaseDetail', () => {
  it('shows the candidate’s frozen sections with numbers, titles and revision numbers', async () => {
    renderAt(<ReleaseDetail releaseId="r-1" workspaceId="w-1" mayManage={false} />, [candidate]);
    const table = await screen.findByRole('table', { name: 'Frozen sections' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Executive summaryRevision 2', 'A.4 EmigrationRevision 5']);
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'View on the public portal' })).not.toBeInTheDocument();
  });

  it('links a published release to its page on the public portal', async () => {
    const release = { ...candidate.result.data.release, status: 'PUBLISHED', publishedAt: '2026-12-02T10:00:00.000Z' };
    renderAt(<ReleaseDetail releaseId="r-1" workspaceId="w-1" mayManage={false} />, [{ ...candidate, result: { data: { release } } }]);
    expect(await screen.findByRole('link', { name: 'View on the public portal' })).toHaveAttribute('href', '/portal/releases/r-1');
  });

  it('publishes after a confirmation (coordinators)', async () => {
    const published = vi.fn(() => ({ data: { publishRelease: { __typename: 'Release', id: 'r-1', status: 'PUBLISHED', publishedAt: '2026-12-02T10:00:00.000Z' } } }));
    renderAt(<ReleaseDetail releaseId="r-1" workspaceId="w-1" mayManage />, [
      candidate,
      { request: { query: PUBLISH_RELEASE_MUTATION, variables: { id: 'r-1' } }, result: published },
      { request: { query: WORKSPACE_RELEASES_QUERY, variables: { id: 'w-1' } }, result: { data: { workspace: null } } },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish release 2024.1?' });
    expect(published).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(published).toHaveBeenCalled());
  });
});
