import type { MockedResponse } from '@mps/web-data-access/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SET_TASK_STATUS_MUTATION } from './my-work-documents';
import { MyWorkView } from './my-work-page';
import { iso, taskProfile, nso, task, work, renderView, cycle } from './my-work-page.spec-support';


describe('My work', () => {
  it("shows a focal point their organisation's tasks, late ones first and said in words, each linking to its section", async () => {
    renderView(
      <MyWorkView
        userId="u-1"
        workspaceName="Republic of Norland"
        onCreate={null}
        work={work({
          tasks: [task({ id: 't-late', title: 'Send the survey tables', overdue: true, dueAt: iso(-2) }), task({ id: 't-draft', title: 'Draft A.1 Key data', automatic: true, dueAt: null, section: { __typename: 'Section', id: 's-1', number: 'A.1', title: 'Key data' } })],
          openTaskCount: 2,
          sections: [{ __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', status: 'IN_REVIEW', profile: taskProfile }],
          signOffsDue: [{ __typename: 'SignOffDue', section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', profile: { __typename: 'Profile', id: 'p-1' } }, reviewCycle: { __typename: 'ReviewCycle', id: 'c-1', title: 'Consultation', closesAt: iso(3) } }],
          closingCycles: [cycle],
        })}
      />,
    );
    expect(screen.getByText(/What National Bureau of Statistics has to do/)).toBeInTheDocument();
    const tasks = screen.getByRole('list', { name: 'Your tasks' });
    const late = within(tasks).getByRole('listitem', { name: 'Send the survey tables' });
    expect(within(late).getByText(/^Overdue: was due/)).toBeInTheDocument();
    expect(within(late).getByRole('link', { name: 'Send the survey tables' })).toHaveAttribute('href', '/profiles/p-1/sections/s-4');
    // The organisation's name is isolated (<bdi>) inside the translated sentence.
    expect(within(late).getByText('National Bureau of Statistics', { selector: 'bdi' }).parentElement).toHaveTextContent('For National Bureau of Statistics');
    const draft = within(tasks).getByRole('listitem', { name: 'Draft A.1 Key data' });
    expect(within(draft).getByText('No due date')).toBeInTheDocument();
    expect(within(draft).getByText('From the workflow')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign-offs due from National Bureau of Statistics' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Sections waiting for your sign-off' })).getByRole('link', { name: 'A.4 Emigration' })).toHaveAttribute('href', '/profiles/p-1/sections/s-4');
    expect(within(screen.getByRole('table', { name: 'Sections National Bureau of Statistics drafts' })).getByText('In review')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Review cycles closing soon' })).getByRole('link', { name: 'Consultation on migration trends' })).toHaveAttribute('href', '/review-cycles/c-1');
    expect(screen.getByRole('link', { name: '1 overdue' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New task' })).not.toBeInTheDocument();
    // Empty parts say what will appear there and why.
    expect(screen.getByRole('heading', { name: 'No comment is waiting for you' })).toBeInTheDocument();
    expect(screen.getByText(/When someone comments on a section National Bureau of Statistics drafts/)).toBeInTheDocument();
  });

  it('changes a task’s status with a button named after the task', async () => {
    const mocks: MockedResponse[] = [
      {
        request: { query: SET_TASK_STATUS_MUTATION, variables: { id: 't-1', status: 'IN_PROGRESS' } },
        result: { data: { setTaskStatus: { __typename: 'Task', id: 't-1', title: 'Send the survey tables', description: null, status: 'IN_PROGRESS', dueAt: iso(5), overdue: false, automatic: false, statusChoices: ['OPEN', 'DONE'], profile: taskProfile, section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration' }, reviewCycle: null, assignee: null, assigneeOrganization: nso } } },
      },
    ];
    renderView(<MyWorkView userId="u-1" workspaceName="Norland" onCreate={null} work={work({ tasks: [task({})], openTaskCount: 1 })} />, mocks);
    await userEvent.click(screen.getByRole('button', { name: 'Start “Send the survey tables”' }));
    expect(await screen.findByText('You started “Send the survey tables”.')).toBeInTheDocument();
  });

  it('shows a coordinator the late tasks to chase and lets them create a task', async () => {
    const onCreate = vi.fn();
    renderView(
      <MyWorkView
        userId="u-9"
        workspaceName="Norland"
        onCreate={onCreate}
        work={work({
          role: 'COORDINATOR',
          organization: { __typename: 'Organization', id: 'o-mia', name: 'Ministry of Internal Affairs', acronym: 'MIA' },
          overdueTasks: [task({ id: 't-late', overdue: true, dueAt: iso(-4), statusChoices: ['IN_PROGRESS', 'DONE', 'CANCELLED'] })],
          overdueTaskCount: 1,
        })}
      />,
    );
    expect(screen.getByText(/What you and the working group still have to do/)).toBeInTheDocument();
    const late = within(screen.getByRole('list', { name: 'Late tasks' })).getByRole('listitem', { name: 'Send the survey tables' });
    expect(within(late).getByText('NBS', { selector: 'bdi' }).parentElement).toHaveTextContent(/^For NBS$/);
    expect(within(late).getByRole('button', { name: 'Cancel “Send the survey tables”' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nothing to do right now' })).toBeInTheDocument();
    expect(screen.getByText(/Create a task to ask someone for something/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New task' }));
    expect(onCreate).toHaveBeenCalled();
    // The coordinator is not told about drafting their organisation's sections when there are none.
    expect(screen.queryByRole('heading', { name: /drafts$/ })).not.toBeInTheDocument();
  });

  it('shows a contributor the sign-offs asked of their organisation first, and threads answered by others', async () => {
    renderView(
      <MyWorkView
        userId="u-5"
        workspaceName="Norland"
        onCreate={null}
        work={work({
          role: 'CONTRIBUTOR',
          organization: { __typename: 'Organization', id: 'o-nmsn', name: 'Norland Migrant Support Network', acronym: 'NMSN' },
          tasks: [task({ id: 't-sign', title: 'Review and sign off A.2 Immigration', automatic: true, section: null, reviewCycle: { __typename: 'ReviewCycle', id: 'c-1' } })],
          openTaskCount: 1,
          threadsAwaitingReply: [
            {
              __typename: 'Comment',
              id: 'k-1',
              body: 'Does this include seasonal workers?',
              anchor: { __typename: 'TextAnchor', quote: 'Eastern neighbours' },
              author: { __typename: 'User', id: 'u-5', displayName: 'Clara' },
              organization: { __typename: 'Organization', id: 'o-nmsn', name: 'Norland Migrant Support Network', acronym: 'NMSN' },
              section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', profile: { __typename: 'Profile', id: 'p-1' } },
            },
          ],
          threadsAwaitingReplyCount: 1,
          closingCycles: [cycle],
        })}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Sign-offs due from Norland Migrant Support Network');
    expect(within(screen.getByRole('listitem', { name: 'Review and sign off A.2 Immigration' })).getByRole('link', { name: 'Review and sign off A.2 Immigration' })).toHaveAttribute('href', '/review-cycles/c-1');
    expect(within(screen.getByRole('list', { name: 'Comments waiting for your reply' })).getByRole('link', { name: /seasonal workers/ })).toHaveAttribute('href', '/profiles/p-1/sections/s-4?thread=k-1');
    expect(screen.queryByRole('heading', { name: /drafts$/ })).not.toBeInTheDocument();
  });

  it('tells an observer there is nothing to do, and shows the rounds closing soon', async () => {
    renderView(<MyWorkView userId="u-7" workspaceName="Norland" onCreate={null} work={work({ role: 'OBSERVER', closingCycles: [cycle] })} />);
    expect(screen.getByText(/Nothing here needs action from you/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /tasks/i })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Consultation on migration trends' })).toBeInTheDocument());
  });
});
