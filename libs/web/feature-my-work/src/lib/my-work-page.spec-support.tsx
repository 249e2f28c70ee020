// Test data and rendering shared by the My work specs (excluded from the app build like the specs themselves).
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render } from '@testing-library/react';
import { makeFragmentData, type MyWorkQuery } from '@mps/web-data-access';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MY_WORK_TASK_FRAGMENT } from './my-work-documents';

export type Work = MyWorkQuery['myWork'];
export const DAY = 24 * 60 * 60 * 1000;
export const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
export const taskProfile = { __typename: 'Profile' as const, id: 'p-1', title: 'Migration Profile of Norland' };
export const nso = { __typename: 'Organization' as const, id: 'o-nso', name: 'National Bureau of Statistics', acronym: 'NBS' };

// Mock data as the server sends it (with __typename): looser than the generated result types.
export type Data = Record<string, unknown>;
export function task(overrides: Data): Work['tasks'][number] {
  const data: Data = {
    __typename: 'Task',
    id: 't-1',
    title: 'Send the survey tables',
    description: null,
    status: 'OPEN',
    dueAt: iso(5),
    overdue: false,
    automatic: false,
    statusChoices: ['IN_PROGRESS', 'DONE'],
    profile: taskProfile,
    section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration' },
    reviewCycle: null,
    assignee: null,
    assigneeOrganization: nso,
    ...overrides,
  };
  return makeFragmentData(data as never, MY_WORK_TASK_FRAGMENT) as Work['tasks'][number];
}

export function work(overrides: Data): Work {
  return {
    __typename: 'MyWork',
    role: 'FOCAL_POINT',
    organization: nso,
    tasks: [],
    openTaskCount: 0,
    overdueTasks: [],
    overdueTaskCount: 0,
    sections: [],
    signOffsDue: [],
    threadsAwaitingReply: [],
    threadsAwaitingReplyCount: 0,
    closingCycles: [],
    ...overrides,
  } as unknown as Work;
}

export function renderView(ui: ReactElement, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter([{ path: '/my-work', element: ui }], { initialEntries: ['/my-work'] });
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <Notifications />
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
}

export const cycle = { __typename: 'ReviewCycle' as const, id: 'c-1', title: 'Consultation on migration trends', closesAt: iso(3), profile: taskProfile };
