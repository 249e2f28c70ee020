import { FIRST_PAINT_ATTRIBUTE, FIRST_PAINT_ID } from '@mps/shared-domain';
import { useLayoutEffect } from 'react';

/**
 * Replaces the server's first paint (a section's text, sent in the page itself: docs/adr/0031) with the app: removes
 * it and shows the app's root, which its styles hide meanwhile. Called in a layout effect by the screen that shows
 * the same thing (the section, once its text is there) or by whatever shows something else instead (an error, another
 * address), so the swap happens within one frame and the text never blinks. Does nothing on a page without one.
 */
export function leaveFirstPaint(): void {
  if (typeof document === 'undefined' || !document.documentElement.hasAttribute(FIRST_PAINT_ATTRIBUTE)) return;
  document.getElementById(FIRST_PAINT_ID)?.remove();
  document.getElementById(`${FIRST_PAINT_ID}-style`)?.remove();
  document.documentElement.removeAttribute(FIRST_PAINT_ATTRIBUTE);
  // When the app took over (bench/web.mjs reports it beside the LCP).
  performance.mark?.('mps:first-paint-left');
}

/** leaveFirstPaint once `ready` (the screen shows what the first paint showed, or something that replaces it). */
export function useLeaveFirstPaint(ready = true): void {
  useLayoutEffect(() => {
    if (ready) leaveFirstPaint();
  }, [ready]);
}
