import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutlineSection } from '../outline-nav';
import { SectionHeader } from './section-header';

const entry = (number: string, title: string) =>
  ({ id: 's-7', title, number, numbered: true, depth: 1, parentId: 's-1', status: 'DRAFTING', assignedOrganizations: [] }) as unknown as OutlineSection;

const renderHeader = (section: OutlineSection) =>
  render(<SectionHeader entry={section} edit={null} editButtonRef={null} actions={null} />, { wrapper: MantineProvider });

describe('SectionHeader', () => {
  it('shows the number before the title', () => {
    renderHeader(entry('A.5', 'Return migration'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^A\.5 Return migration$/);
  });

  it('never repeats a number the title already starts with', () => {
    renderHeader(entry('A.7', 'A.7 Diaspora'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^A\.7 Diaspora$/);
  });

  it('drops the punctuation after a repeated number too', () => {
    renderHeader(entry('3.1', '3.1. Data'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^3\.1 Data$/);
  });
});
