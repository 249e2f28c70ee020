import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { formatDateTime } from '@mps/web-ui';
import { describe, expect, it } from 'vitest';
import { ClosingLine, CycleStatusBadge } from './review-cycle-status';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const open = (closesAt: Date) => ({ status: 'OPEN', closesAt: closesAt.toISOString(), closedAt: null, closedAutomatically: false });
const now = at(2026, 5, 4, 10, 0);
// Dates are formatted for the reader's locale (jsdom's navigator says en-US); the wording around them is ours.
const date = (d: Date) => formatDateTime(d.toISOString());

function line(cycle: Parameters<typeof ClosingLine>[0]['cycle']) {
  const { container } = render(
    <MantineProvider>
      <ClosingLine cycle={cycle} now={now} />
    </MantineProvider>,
  );
  // The first paragraph: MantineProvider adds a <style> whose text is not the line's.
  return container.querySelector('p')?.textContent ?? '';
}

describe('ClosingLine', () => {
  it('gives the closing date and time with the days left', () => {
    expect(line(open(at(2026, 5, 18, 17)))).toBe(`Closes ${date(at(2026, 5, 18, 17))} · 14 days left`);
    expect(line(open(at(2026, 5, 5, 17)))).toBe(`Closes ${date(at(2026, 5, 5, 17))} · tomorrow`);
    expect(line(open(at(2026, 5, 4, 17)))).toBe(`Closes ${date(at(2026, 5, 4, 17))} · today`);
  });

  it('says when a closed cycle closed, and whether it closed by itself', () => {
    const closedAt = at(2026, 5, 1, 17).toISOString();
    expect(line({ status: 'CLOSED', closesAt: closedAt, closedAt, closedAutomatically: true })).toBe(
      `Closed automatically ${date(at(2026, 5, 1, 17))}, on its closing date`,
    );
    expect(line({ status: 'CLOSED', closesAt: at(2026, 5, 9).toISOString(), closedAt, closedAutomatically: false })).toBe(
      `Closed ${date(at(2026, 5, 1, 17))}`,
    );
  });

  it('an open cycle past its date is closing now', () => {
    expect(line(open(at(2026, 5, 4, 9)))).toBe(`Closing now: it was due to close ${date(at(2026, 5, 4, 9))}.`);
  });
});

describe('CycleStatusBadge', () => {
  it('says the status in words', () => {
    render(
      <MantineProvider>
        <CycleStatusBadge status="OPEN" />
        <CycleStatusBadge status="CLOSED" />
      </MantineProvider>,
    );
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });
});
