import { Button, MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredMenu } from './deferred-menu';

function SectionActions({ onRename }: { onRename(): void }) {
  return (
    <DeferredMenu withinPortal={false} button={<Button>Section actions</Button>}>
      {(Menu) => (
        <Menu.Dropdown>
          <Menu.Item onClick={onRename}>Rename</Menu.Item>
        </Menu.Dropdown>
      )}
    </DeferredMenu>
  );
}

describe('DeferredMenu', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows its button before its code has arrived, and a click then opens the menu when it has, the focus kept', async () => {
    // The browser is never idle here: only the click fetches the menu's code.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const onRename = vi.fn();
    render(<SectionActions onRename={onRename} />, { wrapper: MantineProvider });
    const early = screen.getByRole('button', { name: 'Section actions' });
    expect(early).toHaveAttribute('aria-haspopup', 'menu');
    expect(early).toHaveAttribute('aria-expanded', 'false');
    expect(early).toHaveAttribute('data-deferred');
    await userEvent.click(early);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Rename' }));
    expect(onRename).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Section actions' })).toHaveFocus());
  });

  it('is the menu once the browser has been idle: opens and closes from its button', async () => {
    render(<SectionActions onRename={vi.fn()} />, { wrapper: MantineProvider });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Section actions' })).not.toHaveAttribute('data-deferred'), { timeout: 3000 });
    const button = screen.getByRole('button', { name: 'Section actions' });
    await userEvent.click(button);
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
  });

  it('opens when the button, pressed as its code arrived, is released on the menu’s own button', async () => {
    let becomeIdle = () => undefined as unknown;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => ((becomeIdle = callback), 1));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    render(<SectionActions onRename={vi.fn()} />, { wrapper: MantineProvider });
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Section actions' }));
    becomeIdle();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Section actions' })).not.toHaveAttribute('data-deferred'));
    // The press began on the placeholder, which is gone: no click event reaches the new button, only the pointerup.
    fireEvent.pointerUp(screen.getByRole('button', { name: 'Section actions' }));
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument();
  });
});
