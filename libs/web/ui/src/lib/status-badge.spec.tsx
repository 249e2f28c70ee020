import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge, type SectionStatusValue } from './status-badge';

const cases: Array<[SectionStatusValue, string]> = [
  ['DRAFTING', 'Drafting'],
  ['IN_REVIEW', 'In review'],
  ['CHANGES_REQUESTED', 'Changes requested'],
  ['APPROVED', 'Approved'],
];

describe('StatusBadge', () => {
  it.each(cases)('shows %s in words, with a decorative icon', (status, text) => {
    const { container } = render(
      <MantineProvider>
        <StatusBadge status={status} />
      </MantineProvider>,
    );
    expect(screen.getByText(text)).toBeInTheDocument();
    const icon = container.querySelector('svg');
    expect(icon).not.toBeNull();
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });
});
