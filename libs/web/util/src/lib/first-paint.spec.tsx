import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { leaveFirstPaint, useLeaveFirstPaint } from './first-paint';
import { NotAllowed } from './not-allowed';
import { QueryError } from './query-error';

/** The page as the server sends it with a first paint (the API's section-preview.html.ts and http.ts). */
function serveFirstPaint() {
  document.documentElement.setAttribute('data-first-paint', '');
  document.body.insertAdjacentHTML('afterbegin', '<style id="first-paint-style"></style><div id="first-paint"><h1>Executive summary</h1></div>');
}

const firstPaintShown = () => ({
  attribute: document.documentElement.hasAttribute('data-first-paint'),
  element: document.getElementById('first-paint') !== null,
  style: document.getElementById('first-paint-style') !== null,
});

function Screen({ ready }: { ready: boolean }) {
  useLeaveFirstPaint(ready);
  return <p>{ready ? 'The section' : 'Loading'}</p>;
}

describe('the server\'s first paint', () => {
  afterEach(() => leaveFirstPaint());

  it('stays until the screen is ready, then goes with its styles, and the app shows', () => {
    serveFirstPaint();
    const { rerender } = render(<Screen ready={false} />);
    expect(firstPaintShown()).toEqual({ attribute: true, element: true, style: true });
    rerender(<Screen ready />);
    expect(firstPaintShown()).toEqual({ attribute: false, element: false, style: false });
    expect(performance.getEntriesByName('mps:first-paint-left').length).toBeGreaterThan(0);
  });

  // What shows instead of the section must never stay hidden behind the first paint.
  it.each<[string, ReactElement]>([
    ['a failed load', <QueryError error={new Error('Network error')} />],
    ['a page the role may not use', <NotAllowed body="Only coordinators manage the outline." />],
  ])('goes when %s shows instead', (_, screen) => {
    serveFirstPaint();
    render(<MemoryRouter>{screen}</MemoryRouter>, { wrapper: MantineProvider });
    expect(firstPaintShown()).toEqual({ attribute: false, element: false, style: false });
  });

  it('is left once: a page without a first paint is untouched', () => {
    document.body.insertAdjacentHTML('afterbegin', '<div id="first-paint">not ours</div>');
    leaveFirstPaint();
    expect(document.getElementById('first-paint')).not.toBeNull();
    document.getElementById('first-paint')?.remove();
  });
});
