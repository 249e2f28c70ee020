import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { documentDiff } from '@mps/shared-domain';
import { DocumentDiffSideBySide, DocumentDiffText } from './document-diff-view';

const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

const text = (t: string) => (t ? [{ type: 'text', text: t }] : []);
const p = (t: string) => ({ type: 'paragraph', content: text(t) });
const h = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: text(t) });
const li = (t: string, ...more: unknown[]) => ({ type: 'listItem', content: [p(t), ...more] });
const ul = (...items: unknown[]) => ({ type: 'bulletList', content: items });
const ol = (...items: unknown[]) => ({ type: 'orderedList', content: items });
const cell = (t: string, header = false) => ({ type: header ? 'tableHeader' : 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [p(t)] });
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });
const table = (...rows: unknown[]) => ({ type: 'table', content: rows });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

const before = doc(
  h(2, 'Return migration'),
  p('Returns grew slowly in 2023.'),
  ul(li('Labour'), li('Study')),
  table(row(cell('Year', true), cell('Returns', true)), row(cell('2023'), cell('1,200'))),
  p('Unchanged closing words.'),
);
const after = doc(
  h(2, 'Return and circular migration'),
  p('Returns grew sharply in 2023.'),
  p('A new paragraph about reintegration.'),
  ul(li('Labour'), li('Family'), li('Study')),
  table(row(cell('Year', true), cell('Returns', true)), row(cell('2023'), cell('1,250')), row(cell('2024'), cell('1,400'))),
  p('Unchanged closing words.'),
);
const { blocks } = documentDiff(before, after);

describe('DocumentDiffText', () => {
  it('keeps a heading a heading, a list a list and a table a table, with the changes marked inside', () => {
    renderInMantine(<DocumentDiffText blocks={blocks} side="inline" label="Changes" />);
    const region = screen.getByRole('region', { name: 'Changes' });
    const heading = within(region).getByRole('heading', { level: 4 });
    expect(heading).toHaveTextContent(/Return\s*\+?Added: and circular end of change\s*migration/);
    expect(heading.querySelector('ins')).not.toBeNull();

    const list = within(region).getByRole('list');
    expect(list.tagName).toBe('UL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['Labour', '+Added: Family end of change', 'Study']);
    expect(items[1].querySelector('ins')).toHaveTextContent('Family');

    const grid = within(region).getByRole('table');
    expect(within(grid).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Year', 'Returns']);
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1].querySelector('del')).toHaveTextContent('1,200');
    expect(rows[1].querySelector('ins')).toHaveTextContent('1,250');
    expect(rows[2].querySelectorAll('ins')).toHaveLength(2);
  });

  it('marks words with <ins>/<del> and hidden words, and never marks the break between paragraphs', () => {
    const { container } = renderInMantine(<DocumentDiffText blocks={blocks} side="inline" />);
    const inserted = Array.from(container.querySelectorAll('ins')).map((el) => el.textContent);
    const deleted = Array.from(container.querySelectorAll('del')).map((el) => el.textContent);
    expect(inserted).toContain('+Added: sharply end of change');
    expect(deleted).toContain('−Removed: slowly end of change');
    expect(inserted).toContain('+Added: A new paragraph about reintegration. end of change');
    for (const mark of container.querySelectorAll('ins, del')) expect(mark.textContent?.trim()).not.toBe('');
    expect(container.querySelectorAll('p').length).toBeGreaterThanOrEqual(3);
  });

  it('shows only removals on the older side and only additions on the newer one', () => {
    renderInMantine(<DocumentDiffSideBySide blocks={blocks} beforeTitle="Revision 1" afterTitle="Revision 2" />);
    const older = screen.getByRole('region', { name: 'Revision 1' });
    const newer = screen.getByRole('region', { name: 'Revision 2' });
    expect(older.querySelectorAll('ins')).toHaveLength(0);
    expect(newer.querySelectorAll('del')).toHaveLength(0);
    expect(within(older).getAllByRole('listitem')).toHaveLength(2);
    expect(within(newer).getAllByRole('listitem')).toHaveLength(3);
    expect(within(older).getAllByRole('row')).toHaveLength(2);
    expect(older).not.toHaveTextContent('reintegration');
    expect(newer).toHaveTextContent('reintegration');
  });

  it('keeps ordered lists ordered and nested lists nested', () => {
    const nested = documentDiff(doc(ol(li('One', ul(li('One.a'))), li('Two'))), doc(ol(li('One', ul(li('One.a'), li('One.b'))), li('Two'))));
    const { container } = renderInMantine(<DocumentDiffText blocks={nested.blocks} side="after" />);
    const outer = container.querySelector('.mps-diff-doc > ol');
    expect(outer?.children).toHaveLength(2);
    expect(outer?.querySelector('li > ul')?.children).toHaveLength(2);
    expect(outer?.querySelector('li > ul ins')).toHaveTextContent('One.b');
  });

  it('shortens long unchanged stretches when asked, saying how many paragraphs are hidden', () => {
    const many = (last: string) => doc(...Array.from({ length: 20 }, (_, i) => p(`Paragraph ${i}.`)), p(last));
    const diff = documentDiff(many('Old end.'), many('New end.'));
    renderInMantine(<DocumentDiffText blocks={diff.blocks} side="inline" collapse />);
    expect(screen.getByText('[… 19 unchanged paragraphs …]')).toBeInTheDocument();
    expect(screen.queryByText('Paragraph 3.')).toBeNull();
    expect(screen.getByText('Paragraph 19.')).toBeInTheDocument();
  });

  it('says when a block moved', () => {
    const moved = documentDiff(doc(p('Alpha para.'), p('Beta para.'), p('Gamma para.')), doc(p('Beta para.'), p('Gamma para.'), p('Alpha para.')));
    renderInMantine(<DocumentDiffText blocks={moved.blocks} side="after" />);
    expect(screen.getByText('Moved here:')).toBeInTheDocument();
  });
});
