import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaveFirstPaint } from '@mps/web-util';
import { AppErrorBoundary, RouteErrorBoundary } from './error-boundary';

/** The page as the server sends it with a first paint (see libs/web/util's first-paint.spec.tsx). */
function serveFirstPaint() {
  document.documentElement.setAttribute('data-first-paint', '');
  document.body.insertAdjacentHTML('afterbegin', '<style id="first-paint-style"></style><div id="first-paint"><h1>Executive summary</h1></div>');
}

function Crashing(): never {
  throw new Error('Cannot read the outline');
}

describe('what a person sees when a screen crashes', () => {
  afterEach(() => leaveFirstPaint());

  it('outside the router: what happened, one thing to do, the details on request, and no first paint left over', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveFirstPaint();
    render(
      <AppErrorBoundary>
        <Crashing />
      </AppErrorBoundary>,
      { wrapper: MantineProvider },
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(within(alert).getByText('Technical details')).toBeInTheDocument();
    expect(within(alert).getByText('Cannot read the outline')).toBeInTheDocument();
    expect(document.getElementById('first-paint')).toBeNull();
    expect(document.documentElement.hasAttribute('data-first-paint')).toBe(false);
    expect(vi.mocked(console.error).mock.calls.some(([what, error]) => what === 'Unhandled UI error' && error instanceof Error)).toBe(true);
  });

  it('inside the routes: a page that throws while rendering shows the same page in its place, and going elsewhere clears it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveFirstPaint();
    render(
      <MemoryRouter initialEntries={['/outline']}>
        <nav>
          <Link to="/my-work">My work</Link>
        </nav>
        <RouteErrorBoundary>
          <Routes>
            <Route path="/outline" element={<Crashing />} />
            <Route path="/my-work" element={<h1>My work</h1>} />
          </Routes>
        </RouteErrorBoundary>
      </MemoryRouter>,
      { wrapper: MantineProvider },
    );
    expect(within(screen.getByRole('alert')).getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('Cannot read the outline')).toBeInTheDocument();
    expect(document.getElementById('first-paint')).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'My work' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
