import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CombineReference, MergeView, type MergeRevision } from './merge-view';

const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

const text = (t: string) => [{ type: 'text', text: t }];
const p = (t: string) => ({ type: 'paragraph', content: text(t) });
const h = (t: string) => ({ type: 'heading', attrs: { level: 2 }, content: text(t) });
const ul = (...items: string[]) => ({ type: 'bulletList', content: items.map((t) => ({ type: 'listItem', content: [p(t)] })) });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

const theirs: MergeRevision = {
  number: 4,
  createdAt: '2026-05-01T10:00:00Z',
  author: { displayName: 'Ana Coordinator' },
  content: doc(h('Irregular migration'), p('Alpha: border police recorded fewer crossings.'), ul('Overstay', 'Smuggling')),
};
const mine = doc(h('Irregular migration'), p('Beta: most irregular migrants overstayed a visa.'), ul('Overstay'));

describe('MergeView', () => {
  it('shows both versions as documents, each marking what only it has', () => {
    renderInMantine(
      <MergeView opened theirs={theirs} mineContent={mine} saving={false} error={null} onKeepMine={vi.fn()} onTakeTheirs={vi.fn()} onCombine={vi.fn()} onClose={vi.fn()} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Someone else saved this section' });
    const their = within(dialog).getByRole('region', { name: 'Newer saved version (revision 4 by Ana Coordinator)' });
    const my = within(dialog).getByRole('region', { name: 'Your draft' });
    expect(within(their).getByRole('heading', { name: 'Irregular migration' }).tagName).toBe('H4');
    expect(within(their).getAllByRole('listitem')).toHaveLength(2);
    expect(within(my).getAllByRole('listitem')).toHaveLength(1);
    expect(within(their).getAllByRole('deletion').map((d) => d.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Only in the newer saved version: Smuggling/)]),
    );
    expect(within(my).getAllByRole('insertion').some((d) => /Only in your draft: .*Beta/.test(d.textContent ?? ''))).toBe(true);
  });
});

describe('CombineReference', () => {
  it('marks the parts of their version that the draft does not have, structure kept', () => {
    renderInMantine(<CombineReference theirs={theirs} mineContent={mine} />);
    const region = screen.getByRole('region', { name: 'Newer saved version (revision 4 by Ana Coordinator)' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent('Irregular migration');
    const items = within(region).getAllByRole('listitem');
    expect(items[0].querySelector('ins')).toBeNull();
    expect(items[1].querySelector('ins')).toHaveTextContent('Not in your draft: Smuggling');
    expect(region.querySelectorAll('del')).toHaveLength(0);
    expect(within(region).getAllByRole('insertion').some((i) => /Alpha/.test(i.textContent ?? ''))).toBe(true);
  });

  it('marks nothing once the draft has everything of theirs', () => {
    renderInMantine(<CombineReference theirs={theirs} mineContent={structuredClone(theirs.content)} />);
    const region = screen.getByRole('region', { name: /^Newer saved version/ });
    expect(region.querySelectorAll('ins, del')).toHaveLength(0);
    expect(region).toHaveTextContent('Alpha: border police recorded fewer crossings.');
  });
});
