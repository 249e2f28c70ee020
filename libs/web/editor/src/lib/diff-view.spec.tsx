import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { countChanges, DiffChange, DiffLegend } from './diff-view';
import { wordDiff } from '@mps/shared-domain';

/** Renders inside Mantine's provider (i18n is initialised by the test setup), as the ui library's tests do. */
const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

describe('word diff rendering', () => {
  const hunks = wordDiff('Returns grew slowly in 2023.', 'Returns grew sharply in 2023 and 2024.');

  it('computes word-level hunks that rebuild both texts', () => {
    const before = hunks.filter((h) => h.op !== 'INSERT').map((h) => h.text).join('');
    const after = hunks.filter((h) => h.op !== 'DELETE').map((h) => h.text).join('');
    expect(before).toBe('Returns grew slowly in 2023.');
    expect(after).toBe('Returns grew sharply in 2023 and 2024.');
    expect(countChanges(hunks)).toEqual({ added: 3, removed: 1 });
  });

  it('marks an insertion with <ins> and a deletion with <del>, each with words, not colour alone', () => {
    const labels = { inserted: 'Added:', deleted: 'Removed:' };
    const { container } = renderInMantine(
      <p>
        <DiffChange hunk={{ op: 'INSERT', text: 'sharply' }} labels={labels} />
        <DiffChange hunk={{ op: 'DELETE', text: 'slowly' }} labels={labels} />
      </p>,
    );
    expect(container.querySelector('ins')).toHaveTextContent(/^\+Added: sharply end of change$/);
    expect(container.querySelector('del')).toHaveTextContent(/^−Removed: slowly end of change$/);
  });

  it('explains the marks in a legend with counts', () => {
    renderInMantine(<DiffLegend hunks={hunks} />);
    expect(screen.getByText('3 words added, 1 word removed')).toBeInTheDocument();
  });
});
