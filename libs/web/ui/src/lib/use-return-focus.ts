import { useEffect, useRef, useState } from 'react';

/** What identifies a control when React has replaced its element: tag, id, accessible name and text. */
function signature(el: HTMLElement): string {
  return [el.tagName, el.id, el.getAttribute('aria-label') ?? '', (el.textContent ?? '').trim()].join('\u0000');
}

function findAgain(sig: string, tag: string): HTMLElement | null {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(tag))) {
    if (signature(el) === sig && !el.hasAttribute('disabled')) return el;
  }
  return null;
}

/**
 * Returns focus to the control that opened a dialog when the dialog's component unmounts.
 *
 * Mantine's modals return focus when `opened` turns false, but a dialog that is rendered only while open
 * (`{open ? <Dialog /> : null}`, a lazy dialog, a dialog whose trigger re-rendered) unmounts with `opened` still
 * true, and focus falls to `<body>`. Call this at the top of such a dialog component: it remembers the element that
 * had focus on the first render (the trigger) and, after unmount, focuses it again — or, if React replaced it, the
 * control with the same tag, id, name and text, else `fallback()`. Focus that something else moved on purpose
 * (anywhere but `<body>`) is left where it is.
 */
export function useReturnFocusOnUnmount(fallback?: () => HTMLElement | null | undefined): void {
  const [trigger] = useState(() => {
    if (typeof document === 'undefined') return null;
    const el = document.activeElement;
    return el instanceof HTMLElement && el !== document.body ? { el, sig: signature(el), tag: el.tagName } : null;
  });
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  const pending = useRef<number | undefined>(undefined);

  useEffect(() => {
    // Strict mode runs cleanup and effect again at mount: the return scheduled by that cleanup is cancelled here.
    window.clearTimeout(pending.current);
    return () => {
      pending.current = window.setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        const target =
          (trigger?.el.isConnected ? trigger.el : null) ??
          (trigger ? findAgain(trigger.sig, trigger.tag) : null) ??
          fallbackRef.current?.() ??
          null;
        target?.focus({ preventScroll: true });
      }, 0);
    };
  }, [trigger]);
}
