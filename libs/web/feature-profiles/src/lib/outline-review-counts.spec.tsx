import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { OutlineNav, type OutlineSection } from './outline-nav';

const section = (id: string, number: string, title: string, counts: Pick<OutlineSection, 'openThreadCount' | 'signOffProgress'>): OutlineSection => ({
  id,
  parentId: null,
  number,
  numbered: true,
  title,
  position: Number(number),
  depth: 0,
  status: counts.signOffProgress ? 'IN_REVIEW' : 'DRAFTING',
  canEdit: true,
  assignedOrganizations: [],
  ...counts,
});

const progress = (approved: number, required: number) => ({ reviewCycleId: 'c-1', required, approved, changesRequested: 0 });

function renderOutline(sections: OutlineSection[]) {
  render(
    <MantineProvider>
      <MemoryRouter>
        <OutlineNav profileId="p-1" sections={sections} selectedId={null} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe("the outline's review counts", () => {
  it('says in words how many threads are open and how many required signatories approved, in each section link', () => {
    renderOutline([
      section('s-1', '1', 'Emigration', { openThreadCount: 3, signOffProgress: progress(1, 2) }),
      section('s-2', '2', 'Immigration', { openThreadCount: 1, signOffProgress: progress(2, 2) }),
    ]);
    expect(screen.getByRole('link', { name: /Emigration/ })).toHaveAccessibleName(expect.stringMatching(/In review 3 open comments Sign-offs: 1 of 2/));
    expect(screen.getByRole('link', { name: /Immigration/ })).toHaveAccessibleName(expect.stringMatching(/1 open comment Sign-offs: 2 of 2/));
  });

  it('shows nothing for a section with no open thread outside an open cycle, and no sign-offs outside one', () => {
    renderOutline([
      section('s-1', '1', 'Emigration', { openThreadCount: 0, signOffProgress: null }),
      section('s-2', '2', 'Immigration', { openThreadCount: 2, signOffProgress: null }),
    ]);
    expect(screen.getByRole('link', { name: /Emigration/ })).not.toHaveTextContent(/comment|Sign-offs/);
    const immigration = screen.getByRole('link', { name: /Immigration/ });
    expect(immigration).toHaveTextContent('2 open comments');
    expect(immigration).not.toHaveTextContent('Sign-offs');
  });
});
