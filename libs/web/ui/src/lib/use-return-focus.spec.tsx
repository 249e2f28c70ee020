import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useReturnFocusOnUnmount } from './use-return-focus';

function Dialog() {
  useReturnFocusOnUnmount();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <input ref={ref} aria-label="inside" />;
}

function Page({ rerenderTrigger }: { rerenderTrigger?: boolean }) {
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  return (
    <>
      {/* A new key replaces the trigger's element, as a list re-rendered after a save does. */}
      <button key={generation} type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <button
          type="button"
          onClick={() => {
            if (rerenderTrigger) setGeneration((g) => g + 1);
            setOpen(false);
          }}
        >
          Close
        </button>
      ) : null}
      {open ? <Dialog /> : null}
    </>
  );
}

describe('useReturnFocusOnUnmount', () => {
  it('returns focus to the trigger when the dialog unmounts', async () => {
    render(<Page />);
    const open = screen.getByRole('button', { name: 'Open' });
    open.focus();
    act(() => open.click());
    expect(screen.getByLabelText('inside')).toHaveFocus();
    act(() => screen.getByRole('button', { name: 'Close' }).click());
    (document.activeElement as HTMLElement | null)?.blur();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus());
  });

  it('finds the trigger again when React replaced its element', async () => {
    render(<Page rerenderTrigger />);
    const open = screen.getByRole('button', { name: 'Open' });
    open.focus();
    act(() => open.click());
    act(() => screen.getByRole('button', { name: 'Close' }).click());
    (document.activeElement as HTMLElement | null)?.blur();
    const again = screen.getByRole('button', { name: 'Open' });
    expect(again).not.toBe(open);
    await waitFor(() => expect(again).toHaveFocus());
  });
});
