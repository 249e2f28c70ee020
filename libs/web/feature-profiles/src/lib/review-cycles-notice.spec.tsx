import { MantineProvider } from '@mantine/core';
import type { ReviewCycleNoticeFieldsFragment } from '@mps/web-data-access';
import { formatDate } from '@mps/web-ui';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { daysUntil, ReviewCyclesNotice } from './review-cycles-notice';

const now = new Date('2026-12-02T09:00:00.000Z');
const cycle = (
  id: string,
  title: string,
  status: 'OPEN' | 'CLOSED',
  closesAt: string,
  closedAt: string | null = null,
): ReviewCycleNoticeFieldsFragment => ({ id, title, status, closesAt, closedAt });

const cycles = [
  cycle('c-2', 'Consultation on chapter A', 'OPEN', '2026-12-15T17:00:00.000Z'),
  cycle('c-1', 'First round', 'CLOSED', '2026-10-01T17:00:00.000Z', '2026-09-30T12:00:00.000Z'),
];

/** The app's one date format ("15 Dec 2026" in British English), as every other screen shows dates. */
const long = (iso: string) => formatDate(iso);

function renderNotice(includeClosed: boolean) {
  render(
    <MantineProvider>
      <MemoryRouter>
        <ReviewCyclesNotice cycles={cycles} includeClosed={includeClosed} now={now} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('ReviewCyclesNotice', () => {
  it('names each cycle of a contributor with its closing date and days left, linking to the cycle', () => {
    renderNotice(true);
    const notice = screen.getByRole('region', { name: 'Review cycles' });
    expect(notice).toHaveTextContent(`Review cycle ‘Consultation on chapter A’ — comments close on ${long('2026-12-15T17:00:00.000Z')} (13 days left)`);
    expect(notice).toHaveTextContent(`Review cycle ‘First round’ — closed on ${long('2026-09-30T12:00:00.000Z')}, comments are closed`);
    expect(within(notice).getByRole('link', { name: 'Review cycle ‘Consultation on chapter A’' })).toHaveAttribute('href', '/review-cycles/c-2');
  });

  it('shows others only the open cycles, and nothing without one', () => {
    renderNotice(false);
    expect(screen.getByRole('region', { name: 'Review cycles' })).not.toHaveTextContent('First round');
  });

  it('counts calendar days: none on the closing day, none once passed', () => {
    expect(daysUntil('2026-12-02T17:00:00.000Z', now)).toBe(0);
    expect(daysUntil('2026-12-03T08:00:00.000Z', now)).toBe(1);
    expect(daysUntil('2026-12-15T17:00:00.000Z', now)).toBe(13);
    expect(daysUntil('2026-12-01T17:00:00.000Z', now)).toBe(0);
  });
});
