import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FootnoteDialog, LinkDialog } from './editor-dialogs';

const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });
const noop = () => undefined;

// The footnote's autosizing textarea listens to document.fonts, which jsdom lacks.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: noop, removeEventListener: noop } });
}

describe('link and footnote dialogs', () => {
  afterEach(cleanup);

  it('offers Remove only for an existing link, and calls back for Remove and Cancel', async () => {
    const onRemove = vi.fn();
    const onClose = vi.fn();
    renderInMantine(
      <LinkDialog opened initialHref="https://example.org" askForText={false} onSubmit={noop} onRemove={onRemove} onClose={onClose} />,
    );
    expect(screen.getByRole('button', { name: 'Change link' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove link' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('adds a new link or footnote without a Remove button', () => {
    const { unmount } = renderInMantine(<LinkDialog opened initialHref="" askForText={false} onSubmit={noop} onRemove={noop} onClose={noop} />);
    expect(screen.getByRole('button', { name: 'Add link' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove link' })).toBeNull();
    unmount();
    renderInMantine(<FootnoteDialog opened initialText={null} onSubmit={noop} onRemove={noop} onClose={noop} />);
    expect(screen.getByRole('button', { name: 'Add footnote' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove footnote' })).toBeNull();
  });

  it('submits the footnote text it was given', async () => {
    const onSubmit = vi.fn();
    renderInMantine(<FootnoteDialog opened initialText="Census 2024" onSubmit={onSubmit} onRemove={noop} onClose={noop} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change footnote' }));
    expect(onSubmit).toHaveBeenCalledWith('Census 2024');
  });
});
