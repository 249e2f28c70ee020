import type { MockedResponse } from '@mps/web-data-access/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Link } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ReviewPanel } from './review-panel';
import { ADD_COMMENT_MUTATION, DECLINE_SUGGESTION_MUTATION, SIGN_OFF_MUTATION } from './section-review-documents';
import { anchor, comment, ORGS, renderWithReview, REVISION, reviewSection, sectionReviewMocks, signOff, USERS } from './test-support';

const slotRevision = { id: REVISION.id, number: REVISION.number, content: REVISION.content, text: REVISION.text };

function renderPanel(section: Record<string, unknown>, mocks: MockedResponse[] = [], props: Partial<Parameters<typeof ReviewPanel>[0]> = {}, address?: string) {
  const onApplySuggestion = vi.fn();
  renderWithReview(
    <ReviewPanel
      sectionId="s-1"
      revision={slotRevision}
      canEdit
      pendingSuggestionIds={[]}
      onApplySuggestion={onApplySuggestion}
      {...props}
    />,
    [...sectionReviewMocks(section), ...mocks],
    undefined,
    address,
  );
  return { onApplySuggestion };
}

const threadList = () => screen.getByRole('list', { name: 'Comment threads' });

describe('ReviewPanel: threads and filters', () => {
  const threads = [
    comment('c-1', { body: 'Source the 2023 figure.', anchor: anchor(0, 10) }),
    comment('c-2', { body: 'Which year?', author: USERS.uni, organization: ORGS.uni }),
    comment('c-3', { body: 'Done, thanks.', resolved: true, author: USERS.uni, organization: ORGS.uni }),
  ];

  it('lists the open threads first, with counts on every filter', async () => {
    renderPanel(reviewSection({ comments: threads }));
    expect(await screen.findByText('Source the 2023 figure.')).toBeInTheDocument();
    const filters = screen.getByRole('group', { name: 'Show comments' });
    expect(within(filters).getByRole('button', { name: 'Open (2)', pressed: true })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'Resolved (1)', pressed: false })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'Mine (0)' })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'All (3)' })).toBeInTheDocument();
    expect(within(threadList()).getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByText('Done, thanks.')).not.toBeInTheDocument();
  });

  it('shows resolved threads, and one organisation’s, on request', async () => {
    renderPanel(reviewSection({ comments: threads }));
    await userEvent.click(await screen.findByRole('button', { name: 'Resolved (1)' }));
    expect(within(threadList()).getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('Done, thanks.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'All (3)' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'From organisation' }), 'MRC (1)');
    expect(within(threadList()).getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('Source the 2023 figure.')).toBeInTheDocument();
  });

  it('opens on the thread a link names (a notification, My work): listed whatever the filters, selected and focused', async () => {
    renderPanel(reviewSection({ comments: threads }), [], {}, '/profiles/p-1/sections/s-1?thread=c-3');
    const linked = (await screen.findByText('Done, thanks.')).closest('article')!;
    // Resolved, so the "Open" filter alone would hide it.
    expect(within(threadList()).getAllByRole('article')).toHaveLength(3);
    expect(linked).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(linked).toHaveFocus());
  });

  it('moves focus to the linked thread again when the same link is followed again from the same address', async () => {
    const address = '/profiles/p-1/sections/s-1?thread=c-2';
    renderWithReview(
      <>
        <Link to={address}>Link to the thread</Link>
        <ReviewPanel sectionId="s-1" revision={slotRevision} canEdit pendingSuggestionIds={[]} onApplySuggestion={vi.fn()} />
      </>,
      sectionReviewMocks(reviewSection({ comments: threads })),
      undefined,
      address,
    );
    const linked = (await screen.findByText('Which year?')).closest('article')!;
    await waitFor(() => expect(linked).toHaveFocus());
    await userEvent.click(screen.getByRole('link', { name: 'Link to the thread' }));
    await waitFor(() => expect(linked).toHaveFocus());
  });

  it('focuses the linked thread also when the sign-off state answers after the threads', async () => {
    const [signOffState, threadsAnswer] = sectionReviewMocks(reviewSection({ comments: threads }));
    renderWithReview(
      <ReviewPanel sectionId="s-1" revision={slotRevision} canEdit pendingSuggestionIds={[]} onApplySuggestion={vi.fn()} />,
      [{ ...signOffState!, delay: 150 }, threadsAnswer!],
      undefined,
      '/profiles/p-1/sections/s-1?thread=c-2',
    );
    const linked = (await screen.findByText('Which year?')).closest('article')!;
    await waitFor(() => expect(linked).toHaveFocus());
  });

  it('ignores a link to a thread that is not on this section', async () => {
    renderPanel(reviewSection({ comments: threads }), [], {}, '/profiles/p-1/sections/s-1?thread=%3Cscript%3E');
    expect(await screen.findByText('Source the 2023 figure.')).toBeInTheDocument();
    expect(within(threadList()).getAllByRole('article')).toHaveLength(2);
    expect(document.querySelector('[aria-current="true"]')).toBeNull();
  });

  it('says when a passage is gone, keeping its quote, and offers no way to show it', async () => {
    renderPanel(reviewSection({ comments: [comment('c-1', { anchor: anchor(0, 10, { orphaned: true, revisionId: 'r-1' }) })] }));
    expect(await screen.findByText('Passage removed in a later revision')).toBeInTheDocument();
    expect(screen.getByText('Emigration')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show passage' })).not.toBeInTheDocument();
  });

  it('comments on a sentence chosen in the form, without selecting text (the keyboard way to a passage)', async () => {
    const quote = 'Remittances fell.';
    const mocks: MockedResponse[] = [
      {
        request: {
          query: ADD_COMMENT_MUTATION,
          variables: { input: { sectionId: 's-1', revisionId: REVISION.id, body: 'By how much?', anchor: { start: 34, end: 51, quote } } },
        },
        result: { data: { addComment: comment('c-9', { body: 'By how much?', anchor: anchor(34, 51, { quote }) }) } },
      },
    ];
    renderPanel(reviewSection({ comments: [] }), mocks);
    await userEvent.click(await screen.findByRole('button', { name: 'Comment on this section' }));
    const form = await screen.findByRole('form', { name: 'New comment' });
    const about = within(form).getByRole('combobox', { name: 'What you comment on' });
    expect(about).toHaveValue('section');
    expect(within(about).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'The section as a whole',
      'Emigration rose sharply in 2023.',
      quote,
    ]);
    await userEvent.selectOptions(about, quote);
    expect(within(form).getByText(quote, { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Suggested wording (optional)' })).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Your comment' }), 'By how much?');
    await userEvent.click(within(form).getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New comment' })).not.toBeInTheDocument());
  });

  it('offers no new comment to someone who may not comment, and says why when the cycle closed', async () => {
    renderPanel(
      reviewSection({
        canComment: false,
        reviewCycles: [
          { __typename: 'ReviewCycle', id: 'c-0', title: 'First round', status: 'CLOSED', closesAt: '2026-10-01T17:00:00.000Z' },
        ],
      }),
    );
    expect(await screen.findByText(/The review cycle ‘First round’ closed on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Comment on/ })).not.toBeInTheDocument();
  });
});

describe('ReviewPanel: suggestions', () => {
  const suggested = (overrides: Record<string, unknown> = {}) =>
    comment('c-1', {
      anchor: anchor(11, 23),
      canAnswer: true,
      suggestion: { __typename: 'Suggestion', text: 'increased', status: 'PENDING', declineReason: null, },
      ...overrides,
    });

  it('shows old and new wording and applies it in the editor with the anchor', async () => {
    const { onApplySuggestion } = renderPanel(reviewSection({ comments: [suggested()] }));
    const group = await screen.findByRole('group', { name: 'Suggested wording' });
    expect(within(group).getByText('rose sharply').tagName).toBe('DEL');
    expect(within(group).getByText('increased').tagName).toBe('INS');
    await userEvent.click(within(group).getByRole('button', { name: 'Apply in editor' }));
    expect(onApplySuggestion).toHaveBeenCalledWith({
      commentId: 'c-1',
      revisionId: REVISION.id,
      start: 11,
      end: 23,
      quote: 'rose sharply',
      text: 'increased',
    });
  });

  it('does not offer to apply to someone who may not edit, nor twice while it waits in the draft', async () => {
    renderPanel(reviewSection({ comments: [suggested()] }), [], { pendingSuggestionIds: ['c-1'] });
    expect(await screen.findByText('In your draft: save the section to record it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply in editor' })).not.toBeInTheDocument();
  });

  it('says which revision took an applied suggestion', async () => {
    renderPanel(
      reviewSection({
        comments: [
          suggested({
            suggestion: { __typename: 'Suggestion', text: 'increased', status: 'APPLIED', declineReason: null },
            suggestionAppliedIn: { __typename: 'Revision', id: 'r-3', number: 3 },
          }),
        ],
      }),
    );
    expect(await screen.findByText('Applied in revision 3')).toBeInTheDocument();
    // The passage now holds the new wording: no old -> new comparison with it.
    expect(within(screen.getByRole('group', { name: 'Suggested wording' })).queryByRole('deletion')).not.toBeInTheDocument();
  });

  it('declines only with a reason', async () => {
    const declined = suggested({
      suggestion: { __typename: 'Suggestion', text: 'increased', status: 'DECLINED', declineReason: 'The figure is official.' },
    });
    const { replies: _replies, ...declinedComment } = declined;
    const mocks: MockedResponse[] = [
      {
        request: { query: DECLINE_SUGGESTION_MUTATION, variables: { commentId: 'c-1', reason: 'The figure is official.' } },
        result: { data: { declineSuggestion: declinedComment } },
      },
    ];
    renderPanel(reviewSection({ comments: [suggested()] }), mocks, { canEdit: false });
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    // The form arrives with the review forms' chunk (lazy-review-forms.ts).
    await userEvent.click(await screen.findByRole('button', { name: 'Decline suggestion' }));
    const reason = screen.getByRole('textbox', { name: 'Why is the suggestion declined?' });
    expect(reason).toHaveAccessibleDescription('Enter a reason');
    await userEvent.type(reason, 'The figure is official.');
    await userEvent.click(screen.getByRole('button', { name: 'Decline suggestion' }));
    expect(await screen.findByText('Declined: The figure is official.')).toBeInTheDocument();
  });
});

describe('ReviewPanel: sign-off box', () => {
  const signed = {
    requiredSignatories: [ORGS.mol, ORGS.cso, ORGS.uni],
    signOffs: [signOff('so-1', ORGS.mol)],
    signOffHistory: [signOff('so-1', ORGS.mol), signOff('so-0', ORGS.cso, { stale: true, revision: { __typename: 'Revision', id: 'r-1', number: 1 } })],
  };

  it('lists each required signatory: approved, stale, awaiting', async () => {
    renderPanel(reviewSection(signed));
    const list = await screen.findByRole('list', { name: 'Required signatories' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Ministry of Labour (MoL): approved revision 2',
      'Migrant Rights Centre (MRC): decided on revision 1; the text changed since (stale), a new decision is awaited',
      'State University: awaiting decision',
    ]);
    expect(screen.getByText('In review')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('says so when no cycle requires a sign-off', async () => {
    renderPanel(reviewSection());
    expect(await screen.findByText(/No sign-off is needed yet/)).toBeInTheDocument();
  });

  it('asks for a note before requesting changes, then sends it on the current revision', async () => {
    const mocks: MockedResponse[] = [
      {
        request: {
          query: SIGN_OFF_MUTATION,
          variables: { input: { sectionId: 's-1', revisionId: REVISION.id, decision: 'REQUEST_CHANGES', note: 'Cite the source.' } },
        },
        result: {
          data: {
            signOff: { ...signOff('so-9', ORGS.cso, { decision: 'REQUEST_CHANGES', note: 'Cite the source.' }), section: { __typename: 'Section', id: 's-1', status: 'CHANGES_REQUESTED' } },
          },
        },
      },
      ...sectionReviewMocks(reviewSection({ ...signed, canSignOff: true, status: 'CHANGES_REQUESTED' })),
    ];
    renderPanel(reviewSection({ ...signed, canSignOff: true }), mocks);
    await userEvent.click(await screen.findByRole('button', { name: 'Request changes' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send request for changes' }));
    const note = screen.getByRole('textbox', { name: 'What needs to change?' });
    await waitFor(() => expect(note).toHaveFocus());
    await userEvent.type(note, 'Cite the source.');
    await userEvent.click(screen.getByRole('button', { name: 'Send request for changes' }));
    expect(await screen.findByText('You requested changes on revision 2 for your organisation.')).toBeInTheDocument();
  });

  it('explains a CONFLICT: the text changed since the person read it', async () => {
    const mocks: MockedResponse[] = [
      {
        request: { query: SIGN_OFF_MUTATION, variables: { input: { sectionId: 's-1', revisionId: REVISION.id, decision: 'APPROVE', note: null } } },
        result: { errors: [new GraphQLError('Revision 2 is not the current revision.', { extensions: { code: 'CONFLICT' } })] },
      },
    ];
    renderPanel(reviewSection({ ...signed, canSignOff: true }), mocks);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Approve revision 2' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The text changed since you read it');
    expect(alert).toHaveTextContent('Review the new revision');
  });
});
