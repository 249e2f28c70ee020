/**
 * Runs `run` in the browser's next idle period (after `timeout` ms at most): for work that must not compete with the
 * first paint, such as fetching the code of what a screen shows only on request. Returns a function that cancels it
 * (with the same clock that scheduled it, even if the page's globals have changed since).
 */
export function whenIdle(run: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const cancel = cancelIdleCallback;
    const id = requestIdleCallback(run, { timeout });
    return () => cancel(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
