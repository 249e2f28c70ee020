import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { makeFragmentData, type MyWorkQuery } from '@mps/web-data-access';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { enablePseudoLocale, untranslatedTexts } from '@mps/web-util';
import { formatDate, formatDateTime } from '@mps/web-ui';
import { MY_WORK_TASK_FRAGMENT } from './my-work-documents';
import { MyWorkView } from './my-work-page';

type Work = MyWorkQuery['myWork'];
const DAY = 24 * 60 * 60 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const taskProfile = { __typename: 'Profile' as const, id: 'p-1', title: 'Migration Profile of Norland' };
const nso = { __typename: 'Organization' as const, id: 'o-nso', name: 'National Bureau of Statistics', acronym: 'NBS' };

// Mock data as the server sends it (with __typename): looser than the generated result types.
type Data = Record<string, unknown>;
function task(overrides: Data): Work['tasks'][number] {
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

function work(overrides: Data): Work {
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

function renderView(ui: ReactElement, mocks: MockLink.MockedResponse[] = []) {
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

const cycle = { __typename: 'ReviewCycle' as const, id: 'c-1', title: 'Consultation on migration trends', closesAt: iso(3), profile: taskProfile };

/** Data the screen shows as it is (names, titles, dates formatted by Intl): everything else must come from i18n. */
const DATA = [
  'Migration Profile of Norland', 'National Bureau of Statistics', 'NBS', 'Send the survey tables', 'Draft A.1 Key data',
  'Key data', 'Emigration', 'Consultation on migration trends', 'Consultation', 'Republic of Norland', 'A.1', 'A.4',
  'Ministry of Internal Affairs', 'MIA',
  ...[-4, -2, 3, 5].flatMap((d) => [formatDate(iso(d)), formatDateTime(iso(d))]),
];

describe('My work in a pseudo-locale', () => {
  let pseudo: ReturnType<typeof enablePseudoLocale> | null = null;
  afterEach(() => {
    pseudo?.restore();
    pseudo = null;
  });

  it.each(['FOCAL_POINT', 'COORDINATOR'])('shows no text that does not come from i18n (%s)', (role) => {
    pseudo = enablePseudoLocale();
    renderView(
      <MyWorkView
        userId="u-1"
        workspaceName="Republic of Norland"
        onCreate={role === 'COORDINATOR' ? () => undefined : null}
        work={work({
          role,
          tasks: [task({ id: 't-late', overdue: true, dueAt: iso(-2) }), task({ id: 't-draft', title: 'Draft A.1 Key data', automatic: true, dueAt: null, section: { __typename: 'Section', id: 's-1', number: 'A.1', title: 'Key data' } })],
          openTaskCount: 2,
          overdueTasks: role === 'COORDINATOR' ? [task({ id: 't-late2', overdue: true, dueAt: iso(-4) })] : [],
          overdueTaskCount: role === 'COORDINATOR' ? 1 : 0,
          sections: [{ __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', status: 'IN_REVIEW', profile: taskProfile }],
          signOffsDue: [{ __typename: 'SignOffDue', section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', profile: { __typename: 'Profile', id: 'p-1' } }, reviewCycle: { __typename: 'ReviewCycle', id: 'c-1', title: 'Consultation', closesAt: iso(3) } }],
          closingCycles: [cycle],
        })}
      />,
    );
    expect(untranslatedTexts(document.body, DATA)).toEqual([]);
    expect(pseudo.missingKeys).toEqual([]);
  });
});
