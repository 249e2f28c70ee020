import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaveFirstPaint } from '@mps/web-util';
import { Suspense } from 'react';
import { AppErrorBoundary, RouteErrorBoundary } from './error-boundary';
import { lazyPage } from './lazy-page';

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

  it("a page whose code did not arrive says so, and Try again loads it without reloading the app", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempts = 0;
    const Outline = lazyPage(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: /assets/outline.js');
      return () => <h1>Outline</h1>;
    });
    render(
      <MemoryRouter initialEntries={['/outline']}>
        <RouteErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Routes>
              <Route path="/outline" element={<Outline />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </MemoryRouter>,
      { wrapper: MantineProvider },
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    // Never asked again on its own (offline, that would be a loop of requests).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(attempts).toBe(1);
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Outline' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts).toBe(2);
  });
});
