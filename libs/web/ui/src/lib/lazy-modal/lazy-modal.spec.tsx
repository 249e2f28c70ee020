import { Button, MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyModal } from './lazy-modal';

function Opener() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Archive section</Button>
      <LazyModal opened={opened} onClose={() => setOpened(false)} title="Archive Key data?">
        <Button onClick={() => setOpened(false)}>Keep it</Button>
      </LazyModal>
    </>
  );
}

describe('LazyModal', () => {
  it('renders nothing until opened, then is the dialog, and gives the focus back to what opened it', async () => {
    render(<Opener />, { wrapper: MantineProvider });
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Archive section' });
    await userEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Archive Key data?' });
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });
});
