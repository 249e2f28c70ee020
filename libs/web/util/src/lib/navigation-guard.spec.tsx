import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { GuardedRouter, guardHistory, useNavigationBlocker, type GuardedHistory } from './navigation-guard';

/** A screen with unsaved work, as the section editor: it holds navigations to other pages and asks first. */
function Editing({ dirty }: { dirty: boolean }) {
  const blocker = useNavigationBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const navigate = useNavigate();
  return (
    <>
      <h1>Editing</h1>
      <Link to="/my-work">My work</Link>
      <Link to="/sections/1?thread=7">Thread 7</Link>
      <button type="button" onClick={() => void navigate('/audit', { replace: true })}>
        Audit
      </button>
      {blocker.state === 'blocked' ? (
        <div role="dialog" aria-label="Leave without saving?">
          <p>Going to {blocker.location.pathname}</p>
          <button type="button" onClick={blocker.proceed}>
            Leave
          </button>
          <button type="button" onClick={blocker.reset}>
            Keep editing
          </button>
        </div>
      ) : null}
    </>
  );
}

function renderApp(history: GuardedHistory, dirty = true) {
  return render(
    <GuardedRouter history={history}>
      <Routes>
        <Route path="/sections/:id" element={<Editing dirty={dirty} />} />
        <Route path="/my-work" element={<h1>My work</h1>} />
        <Route path="/audit" element={<h1>Audit</h1>} />
      </Routes>
    </GuardedRouter>,
  );
}

const memoryHistory = (...entries: string[]) => createMemoryHistory({ initialEntries: entries, initialIndex: entries.length - 1, v5Compat: true });

describe('holding a navigation while a screen has unsaved work', () => {
  it('a link to another page waits for the person: "Keep editing" stays, "Leave" goes', async () => {
    const history = guardHistory(memoryHistory('/sections/1'));
    renderApp(history);

    await userEvent.click(screen.getByRole('link', { name: 'My work' }));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toHaveTextContent('Going to /my-work');
    expect(history.location.pathname).toBe('/sections/1');

    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Editing' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'My work' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'My work' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/my-work');
  });

  it('replaces are held too, and what the guard lets through (the same page, another thread) is never held', async () => {
    const history = guardHistory(memoryHistory('/sections/1'));
    renderApp(history);

    await userEvent.click(screen.getByRole('link', { name: 'Thread 7' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(history.location.search).toBe('?thread=7');

    await userEvent.click(screen.getByRole('button', { name: 'Audit' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Going to /audit');
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'Audit' })).toBeInTheDocument();
  });

  it('Back is undone while the person decides, and replayed on "Leave"', async () => {
    const inner = memoryHistory('/my-work', '/sections/1');
    const history = guardHistory(inner);
    renderApp(history);

    act(() => history.go(-1));
    expect(screen.getByRole('dialog')).toHaveTextContent('Going to /my-work');
    // The browser moved back; the guard moved it forward again, so the address is still the editor's.
    expect(inner.location.pathname).toBe('/sections/1');
    expect(screen.getByRole('heading', { name: 'Editing' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(inner.location.pathname).toBe('/sections/1');

    act(() => history.go(-1));
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'My work' })).toBeInTheDocument();
    expect(inner.location.pathname).toBe('/my-work');
    expect(inner.index).toBe(0);
  });

  it('holds nothing once the screen has no unsaved work, or is gone', async () => {
    const history = guardHistory(memoryHistory('/sections/1'));
    const { unmount } = renderApp(history, false);
    await userEvent.click(screen.getByRole('link', { name: 'My work' }));
    expect(await screen.findByRole('heading', { name: 'My work' })).toBeInTheDocument();
    unmount();

    const again = guardHistory(memoryHistory('/my-work', '/sections/1'));
    renderApp(again);
    act(() => again.push('/audit'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    // On /audit the editor is gone, and with it its guard: Back goes straight back.
    act(() => again.go(-1));
    expect(await screen.findByRole('heading', { name: 'Editing' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells every listener, not only the router, where the app went', () => {
    const history = guardHistory(memoryHistory('/my-work'));
    const seen: string[] = [];
    const stop = history.listen(({ location }) => seen.push(location.pathname));
    renderApp(history);
    act(() => history.push('/audit'));
    stop();
    act(() => history.push('/my-work'));
    expect(seen).toEqual(['/audit']);
    expect(screen.getByRole('heading', { name: 'My work' })).toBeInTheDocument();
  });
});
