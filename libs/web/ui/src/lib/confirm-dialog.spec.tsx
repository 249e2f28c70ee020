import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('asks before acting and calls back on each choice', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <MantineProvider>
        <ConfirmDialog opened title="Deactivate Ana?" confirmLabel="Deactivate member" tone="danger" onConfirm={onConfirm} onCancel={onCancel}>
          Ana will lose access.
        </ConfirmDialog>
      </MantineProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Ana?' });
    expect(dialog).toHaveTextContent('Ana will lose access.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate member' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
