import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_BAR_HEIGHT_VAR, SaveBar } from './save-bar';

function renderBar(onSave = vi.fn()) {
  const view = render(
    <SaveBar indicator="unsaved" summary="" onSummaryChange={vi.fn()} savedAs={null} done={false} onSave={onSave} onCancel={vi.fn()} />,
    { wrapper: MantineProvider },
  );
  return { ...view, onSave };
}

describe('SaveBar', () => {
  it('shows the summary, where the text stands in words, and Save with its shortcut', async () => {
    const { onSave } = renderBar();
    expect(screen.getByRole('textbox', { name: 'Summary of changes (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Unsaved changes');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-keyshortcuts', 'Control+S Meta+S');
    await userEvent.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('is the sticky editing bar and gives the page its height as scroll padding while it is shown', () => {
    const { container, unmount } = renderBar();
    expect(container.querySelector('.mps-savebar')).not.toBeNull();
    expect(document.documentElement.style.getPropertyValue(SAVE_BAR_HEIGHT_VAR)).toMatch(/^\d+px$/);
    act(() => unmount()); // the effects of an unmount run when act() ends
    expect(document.documentElement.style.getPropertyValue(SAVE_BAR_HEIGHT_VAR)).toBe('');
  });
});
