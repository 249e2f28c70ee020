import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnchoredReading } from './anchored-reading';
import { ReviewPanel } from './review-panel';
import { ADD_COMMENT_MUTATION } from './section-review-documents';
import { selectionOffsets } from './selection-offsets';
import { anchor, comment, renderWithReview, REVISION, reviewSection, sectionReviewMocks } from './test-support';

const slotRevision = { id: REVISION.id, number: REVISION.number, content: REVISION.content, text: REVISION.text };

function renderBoth(section: Record<string, unknown>, extraMocks: Parameters<typeof renderWithReview>[1] = [], times = 5) {
  return renderWithReview(
    <>
      <AnchoredReading sectionId="s-1" revision={slotRevision} />
      <ReviewPanel sectionId="s-1" revision={slotRevision} canEdit={false} pendingSuggestionIds={[]} onApplySuggestion={vi.fn()} />
    </>,
    [...sectionReviewMocks(section, times), ...extraMocks],
  );
}

/** The text node of the rendered piece that starts at `start` in the revision's text. */
function textNode(start: number): Text {
  const piece = document.querySelector(`[data-start="${start}"]`);
  if (!piece?.firstChild) throw new Error(`No piece of text starts at ${start}`);
  return piece.firstChild as Text;
}

/** Selects from `startOffset` into the piece starting at `startPiece` to `endOffset` into the piece starting at `endPiece`. */
function select(startPiece: number, startOffset: number, endPiece: number, endOffset: number) {
  const range = document.createRange();
  range.setStart(textNode(startPiece), startOffset);
  range.setEnd(textNode(endPiece), endOffset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('AnchoredReading', () => {
  it('renders the document with its structure and marks, escaping nothing into HTML', async () => {
    renderBoth(reviewSection());
    const strong = await screen.findByText('rose sharply');
    expect(strong.closest('strong')).not.toBeNull();
    expect(screen.getByText('Remittances fell.').closest('p')).not.toBeNull();
  });

  it('turns a selection across marks into offsets of the revision text', async () => {
    renderBoth(reviewSection());
    await screen.findByText('rose sharply');
    const root = screen.getByText('rose sharply').closest('.mps-prose')!;
    // From "rose" (inside the bold run, piece at 11) to "in" (in the piece after it, at 23).
    const selection = select(11, 0, 23, 3);
    expect(selectionOffsets(root, selection)).toEqual({ start: 11, end: 26 });
    expect(REVISION.text.slice(11, 26)).toBe('rose sharply in');
    // Across the two paragraphs.
    const across = select(23, 4, 34, 11);
    expect(selectionOffsets(root, across)).toEqual({ start: 27, end: 45 });
    expect(REVISION.text.slice(27, 45)).toBe('2023.\n\nRemittances');
  });

  it('offers Comment beside a selection and posts the passage with suggested wording', async () => {
    const mocks = [
      {
        request: {
          query: ADD_COMMENT_MUTATION,
          variables: {
            input: {
              sectionId: 's-1',
              revisionId: REVISION.id,
              body: 'Too strong.',
              anchor: { start: 11, end: 23, quote: 'rose sharply' },
              suggestion: 'increased',
            },
          },
        },
        result: { data: { addComment: (({ replies: _r, ...c }) => c)(comment('c-new', { body: 'Too strong.', anchor: anchor(11, 23) })) } },
      },
      ...sectionReviewMocks(reviewSection({ comments: [comment('c-new', { body: 'Too strong.', anchor: anchor(11, 23) })] })),
    ];
    renderBoth(reviewSection(), mocks, 1);
    await screen.findByText('rose sharply');
    select(11, 0, 11, 12);
    fireEvent.mouseUp(screen.getByText('rose sharply'));
    await userEvent.click(await screen.findByRole('button', { name: 'Comment' }));

    const form = await screen.findByRole('form', { name: 'New comment' });
    expect(within(form).getByText('Your comment goes to the review cycle ‘Consultation on chapter A’.')).toBeInTheDocument();
    expect(within(form).getByText('rose sharply')).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Your comment'), 'Too strong.');
    await userEvent.type(within(form).getByLabelText('Suggested wording (optional)'), 'increased');
    await userEvent.click(within(form).getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New comment' })).not.toBeInTheDocument());
    expect(await screen.findByText('Too strong.')).toBeInTheDocument();
  });

  it('highlights anchored passages as buttons that open their thread, and Show passage comes back', async () => {
    renderBoth(
      reviewSection({
        comments: [
          comment('c-1', { body: 'Source?', anchor: anchor(11, 23) }),
          comment('c-2', { body: 'Old text', anchor: anchor(0, 10, { revisionId: 'r-1' }) }),
        ],
      }),
    );
    const passage = await screen.findByRole('button', { name: /Passage commented on by Ion Civil \(MRC\): “rose sharply”/ });
    expect(passage.tagName).toBe('MARK');
    // The anchor on an older revision is not highlighted in this one.
    expect(screen.getAllByRole('button', { name: /Passage commented on/ })).toHaveLength(1);

    passage.focus();
    await userEvent.keyboard('{Enter}');
    const thread = screen.getByRole('article', { name: 'Comment by Ion Civil on “rose sharply”' });
    await waitFor(() => expect(thread).toHaveFocus());
    expect(thread).toHaveAttribute('aria-current', 'true');
    expect(passage).toHaveAttribute('data-selected');

    await userEvent.click(within(thread).getByRole('button', { name: 'Show passage' }));
    await waitFor(() => expect(passage).toHaveFocus());
  });
});
