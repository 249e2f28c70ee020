import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@mps/web-data-access/testing';
import { contentSchema, plainText } from '@mps/shared-domain';
import { readDraft } from '@mps/web-editor';
import { SECTION_REVIEW_ANCHOR_ID, SectionReviewSlotProvider, type SectionReviewSlot } from '@mps/web-util';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OutlineSection } from '../outline-nav';
import { SECTION_QUERY } from '../profile-documents';
import { SectionScreen } from './section-screen';

const content = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Emigration rose sharply in 2023.' }] }],
};
const author = { __typename: 'User', id: 'u-1', displayName: 'Ana Focal' };
const revision = {
  __typename: 'Revision',
  id: 'r-2',
  number: 2,
  createdAt: '2026-11-20T10:00:00.000Z',
  summary: null,
  restoredFromId: null,
  html: '<p>Emigration rose sharply in 2023.</p>',
  text: 'Emigration rose sharply in 2023.',
  content,
  contentHash: 'h',
  author,
};
const sectionMock = {
  request: { query: SECTION_QUERY, variables: { id: 's-1' } },
  result: {
    data: {
      section: {
        __typename: 'Section',
        id: 's-1',
        title: 'Emigration',
        number: 'A.4',
        status: 'IN_REVIEW',
        canEdit: true,
        assignedOrganizations: [],
        currentRevision: revision,
        revisions: [revision],
      },
    },
  },
  maxUsageCount: 5,
};
const entry = {
  id: 's-1',
  parentId: null,
  number: 'A.4',
  numbered: true,
  title: 'Emigration',
  position: 0,
  depth: 1,
  status: 'IN_REVIEW',
  canEdit: true,
  assignedOrganizations: [],
} as unknown as OutlineSection;

function renderScreen(slot: SectionReviewSlot | null) {
  const router = createMemoryRouter([{ path: '/', element: <SectionScreen entry={entry} /> }], { initialEntries: ['/'] });
  render(
    <MockedProvider mocks={[sectionMock]}>
      <MantineProvider>
        <SectionReviewSlotProvider slot={slot}>
          <RouterProvider router={router} />
        </SectionReviewSlotProvider>
      </MantineProvider>
    </MockedProvider>,
  );
}

/** A stand-in review side: shows what it receives and applies a suggestion on request. */
function fakeSlot(): SectionReviewSlot & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    Scope: ({ sectionId, children }) => {
      scopes.push(sectionId);
      return <div data-testid="scope">{children}</div>;
    },
    Reading: ({ revision }) => <p>Review reading of revision {revision.number}</p>,
    Panel: ({ revision, canEdit, pendingSuggestionIds, onApplySuggestion }) => (
      <section aria-label="Review panel">
        <p>
          Panel on revision {revision?.number}, {canEdit ? 'may edit' : 'read only'}, pending: {pendingSuggestionIds.join(',') || 'none'}
        </p>
        <button
          type="button"
          onClick={() =>
            onApplySuggestion({ commentId: 'c-1', revisionId: 'r-2', start: 11, end: 23, quote: 'rose sharply', text: 'increased' })
          }
        >
          Apply c-1
        </button>
        <button
          type="button"
          onClick={() => onApplySuggestion({ commentId: 'c-2', revisionId: 'r-1', start: 0, end: 4, quote: 'gone', text: 'x' })}
        >
          Apply c-2
        </button>
      </section>
    ),
  };
}

describe('SectionScreen with and without the review slot', () => {
  it('reads the plain HTML and keeps the placeholder when the app provides no review side', async () => {
    renderScreen(null);
    expect(await screen.findByText('Emigration rose sharply in 2023.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Comments and sign-offs' })).toBeInTheDocument();
  });

  it('shows the review side’s reading view and panel, in one scope, with the current revision', async () => {
    const slot = fakeSlot();
    renderScreen(slot);
    expect(await screen.findByText('Review reading of revision 2')).toBeInTheDocument();
    expect(screen.getByText('Panel on revision 2, may edit, pending: none')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Comments and sign-offs' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('scope')).toHaveLength(1);
    expect(slot.scopes.every((id) => id === 's-1')).toBe(true);
  });

  it('offers a link from the top of the section to the review side, which it can focus', async () => {
    renderScreen({ ...fakeSlot(), JumpLink: () => <a href={`#${SECTION_REVIEW_ANCHOR_ID}`}>Comments and sign-off (2 open)</a> });
    const link = await screen.findByRole('link', { name: 'Comments and sign-off (2 open)' });
    const target = document.getElementById(SECTION_REVIEW_ANCHOR_ID);
    expect(target).toContainElement(screen.getByRole('region', { name: 'Review panel' }));
    expect(target).toHaveAttribute('tabindex', '-1');
    // The link comes before the text it lets a phone user skip.
    expect(link.compareDocumentPosition(screen.getByText('Review reading of revision 2')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('applying a suggestion while reading starts editing with the passage replaced, kept as a local draft', async () => {
    renderScreen(fakeSlot());
    await userEvent.click(await screen.findByRole('button', { name: 'Apply c-1' }));
    // Written once the code that applies it has loaded (on demand).
    await waitFor(() => expect(readDraft('s-1')).not.toBeNull());
    const draft = readDraft('s-1');
    expect(draft?.appliedSuggestionIds).toEqual(['c-1']);
    expect(draft?.baseRevisionId).toBe('r-2');
    expect(plainText(contentSchema.nodeFromJSON(draft?.content))).toBe('Emigration increased in 2023.');
    // Editing started: the panel now says the suggestion waits in the draft.
    await waitFor(() => expect(screen.getByText(/pending: c-1/)).toBeInTheDocument());
  });

  it('tells the person when the text no longer holds the quoted passage', async () => {
    renderScreen(fakeSlot());
    await userEvent.click(await screen.findByRole('button', { name: 'Apply c-2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the current text no longer contains the passage “gone”');
    expect(readDraft('s-1')).toBeNull();
  });

  it('Ctrl+S (or Cmd+S) while reading keeps the browser from saving the page and says there is nothing to save', async () => {
    renderScreen(null);
    await screen.findByText('Emigration rose sharply in 2023.');
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }]) {
      const event = new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true, ...modifier });
      document.body.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
    expect(await screen.findByRole('status', { name: 'Keyboard shortcut' })).toHaveTextContent(
      'Nothing to save: you are reading this section. Select “Edit” to change it; Ctrl+S then saves.',
    );
    // Other shortcuts are left alone.
    const other = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
  });
});
