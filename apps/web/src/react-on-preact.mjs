// What `react` resolves to in the web app (REACT_ON_PREACT in vite.config.mts; docs/adr/0032-preact-in-place-of-react-dom.md):
// Preact's React API, and what it lacks that the libraries use. Plain JavaScript: preact/compat's typings (`export =`)
// cannot be re-exported from TypeScript; the app itself is typed against React's types.
import { createElement } from 'preact/compat';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React 19.2's <Activity> (Mantine's Collapse, Transition and Tabs keep hidden content mounted with it): hidden keeps
 * the children mounted, with their state, but out of sight and out of the accessibility tree, as React does.
 * @param {{ mode?: 'visible' | 'hidden', children?: unknown }} props
 */
export function Activity({ mode = 'visible', children }) {
  return createElement('div', { style: { display: mode === 'hidden' ? 'none' : 'contents' } }, children);
}
