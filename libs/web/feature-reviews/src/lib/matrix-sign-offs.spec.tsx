import { MantineProvider } from '@mantine/core';
import { makeFragmentData, type SignOffMatrixRowFieldsFragment } from '@mps/web-data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MATRIX_ORGANISATION_FIELDS, SIGN_OFF_MATRIX_ROW_FIELDS, SignOffMatrix } from './matrix-sign-offs';

const mol = { __typename: 'Organization' as const, id: 'o-mol', name: 'Ministry of Labour', acronym: 'MoL' };
const mia = { __typename: 'Organization' as const, id: 'o-mia', name: 'Ministry of Interior', acronym: 'MIA' };

type Cell = SignOffMatrixRowFieldsFragment['cells'][number];
const signOff = (decision: 'APPROVE' | 'REQUEST_CHANGES', revision: number) => ({
  __typename: 'SignOff' as const,
  id: `so-${decision}-${revision}`,
  decision,
  createdAt: '2026-05-04T10:00:00.000Z',
  note: decision === 'REQUEST_CHANGES' ? 'Please add the seasonal workers.' : null,
  revisionNumber: revision,
});
const cell = (org: { id: string }, c: Partial<Cell>): Cell => ({
  awaiting: false,
  decision: null,
  stale: false,
  organization: { id: org.id },
  signOff: null,
  ...c,
});
const row = (id: string, number: string, title: string, status: string, cells: Cell[]) =>
  makeFragmentData(
    { __typename: 'SignOffMatrixRow', section: { __typename: 'Section', id, number, title, status: status as 'IN_REVIEW' }, cells },
    SIGN_OFF_MATRIX_ROW_FIELDS,
  );

function renderMatrix() {
  render(
    <MantineProvider>
      <MemoryRouter>
        <SignOffMatrix
          profileId="p-1"
          organisations={[mol, mia].map((o) => makeFragmentData(o, MATRIX_ORGANISATION_FIELDS))}
          rows={[
            row('s-1', 'A.1', 'Immigration', 'APPROVED', [
              cell(mol, { decision: 'APPROVE', signOff: signOff('APPROVE', 3) }),
              cell(mia, { decision: 'APPROVE', signOff: signOff('APPROVE', 3) }),
            ]),
            row('s-2', 'A.2', 'Emigration', 'IN_REVIEW', [
              cell(mol, { awaiting: true, stale: true, signOff: signOff('APPROVE', 2) }),
              cell(mia, { awaiting: true }),
            ]),
            row('s-3', 'A.3', 'Return migration', 'CHANGES_REQUESTED', [
              cell(mol, { decision: 'REQUEST_CHANGES', signOff: signOff('REQUEST_CHANGES', 1) }),
              cell(mia, { awaiting: true }),
            ]),
          ]}
        />
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** The cell at the crossing of a section's row and an organisation's column, found as a person would. */
function cellAt(section: string, organisation: string): HTMLElement {
  const table = screen.getByRole('table', { name: /decision on each section/ });
  const headers = within(table).getAllByRole('columnheader');
  const column = headers.findIndex((h) => h.textContent === organisation);
  const rowHeader = within(table).getByRole('rowheader', { name: new RegExp(section) });
  const tr = rowHeader.closest('tr')!;
  return tr.children[column] as HTMLElement;
}

describe('SignOffMatrix', () => {
  it('is a captioned table: sections as row headers linking to the section, organisations as column headers', () => {
    renderMatrix();
    const table = screen.getByRole('table', { name: "Each required organisation's decision on each section's current text" });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Section', 'MoL', 'MIA']);
    expect(within(table).getByRole('link', { name: 'A.2 Emigration' })).toHaveAttribute('href', '/profiles/p-1/sections/s-2');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('says each decision in words, with the revision it was given on', () => {
    renderMatrix();
    expect(cellAt('A.1', 'MoL')).toHaveTextContent('Approved');
    expect(cellAt('A.1', 'MoL')).toHaveTextContent('on revision 3');
    expect(cellAt('A.3', 'MoL')).toHaveTextContent('Changes requested');
    expect(cellAt('A.3', 'MoL')).toHaveTextContent('Note: Please add the seasonal workers.');
    expect(cellAt('A.1', 'MoL')).not.toHaveAttribute('data-awaiting');
  });

  it('marks a decision on an older revision as stale, and the cell as awaiting a new one', () => {
    renderMatrix();
    const stale = cellAt('A.2', 'MoL');
    expect(stale).toHaveTextContent('Awaiting');
    expect(stale).toHaveTextContent('Stale: approved revision 2, since changed');
    expect(stale).toHaveAttribute('data-awaiting', 'true');
    expect(stale).toHaveAttribute('data-stale', 'true');
  });

  it('highlights the cells still awaiting a decision, and lists per organisation what is still to do', () => {
    renderMatrix();
    expect(cellAt('A.3', 'MIA')).toHaveTextContent('Awaiting');
    expect(cellAt('A.3', 'MIA')).toHaveAttribute('data-awaiting', 'true');
    const todo = screen.getByRole('heading', { name: 'Still to act' }).nextElementSibling as HTMLElement;
    const items = within(todo).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Ministry of Labour (MoL): 1 section: A.2 Emigration',
      'Ministry of Interior (MIA): 2 sections: A.2 Emigration; A.3 Return migration',
    ]);
  });
});
