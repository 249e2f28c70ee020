import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { countChanges, DiffLegend, DiffSideBySide, DiffText } from './diff-view';
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

  it('marks insertions with <ins> and deletions with <del>, each with words, not colour alone', () => {
    const { container } = renderInMantine(<DiffText hunks={hunks} side="inline" label="Changes" />);
    const inserted = Array.from(container.querySelectorAll('ins')).map((el) => el.textContent);
    const deleted = Array.from(container.querySelectorAll('del')).map((el) => el.textContent);
    expect(inserted.some((text) => /^\+Added: sharply end of change$/.test(text ?? ''))).toBe(true);
    expect(deleted.some((text) => /^−Removed: slowly end of change$/.test(text ?? ''))).toBe(true);
    expect(screen.getByRole('region', { name: 'Changes' })).toHaveTextContent(/Returns grew/);
  });

  it('shows only removals on the older side and only additions on the newer side', () => {
    const { container } = renderInMantine(<DiffSideBySide hunks={hunks} beforeTitle="Revision 1" afterTitle="Revision 2" />);
    const before = screen.getByRole('region', { name: 'Revision 1' });
    const after = screen.getByRole('region', { name: 'Revision 2' });
    expect(before.querySelectorAll('ins')).toHaveLength(0);
    expect(before.querySelectorAll('del').length).toBeGreaterThan(0);
    expect(after.querySelectorAll('del')).toHaveLength(0);
    expect(after.querySelector('ins')).toHaveTextContent('sharply');
    expect(container).toHaveTextContent('Revision 1');
  });

  it('explains the marks in a legend with counts', () => {
    renderInMantine(<DiffLegend hunks={hunks} />);
    expect(screen.getByText('3 words added, 1 word removed')).toBeInTheDocument();
  });
});

describe('long unchanged text', () => {
  it('is shortened around the changes when asked', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const hunks = wordDiff(`${long} old end`, `${long} new end`);
    const { container } = renderInMantine(<DiffText hunks={hunks} side="inline" collapse />);
    expect(container).toHaveTextContent(/unchanged words/);
    expect(container.querySelector('ins')).toHaveTextContent('new');
    expect(container).not.toHaveTextContent('word5 ');
  });
});
