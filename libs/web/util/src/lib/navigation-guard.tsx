import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter, NavigationType, type Location, type To } from 'react-router';

/**
 * Holding a navigation while a screen has unsaved work (the section editor asks "Leave without saving?").
 *
 * The app renders React Router in its declarative mode (docs/adr/0034), which has no blockers of its own: those
 * belong to the data router, whose 17 KB (gzipped) the reading route no longer carries. So the app's history is
 * wrapped: pushes and replaces a screen's guard refuses are held until the person decides, and a Back or Forward it
 * refuses is undone (the browser has already moved) and replayed on "Leave". The same idea as the data router's
 * blockers, with the same shape for the screen (state, location, proceed, reset).
 */

/** The history React Router's HistoryRouter drives (its own browser and memory histories have this shape). */
export type RouterHistory = Parameters<typeof HistoryRouter>[0]['history'];
type Update = Parameters<Parameters<RouterHistory['listen']>[0]>[0];
type Listener = (update: Update) => void;

/** Where a navigation would go, as the guard sees it. */
export interface NavigationAttempt {
  currentLocation: Location;
  nextLocation: Location;
  historyAction: NavigationType;
}
export type ShouldBlock = (attempt: NavigationAttempt) => boolean;

/** A navigation the guard holds: go on with it, or stay. */
export interface HeldNavigation {
  location: Location;
  proceed(): void;
  reset(): void;
}

export interface GuardedHistory extends RouterHistory {
  /** Guards navigations while registered (one screen at a time: the latest wins); returns its removal. */
  guard(shouldBlock: ShouldBlock, onHeld: (held: HeldNavigation | null) => void): () => void;
}

export function guardHistory(inner: RouterHistory): GuardedHistory {
  let active: { shouldBlock: ShouldBlock; onHeld: (held: HeldNavigation | null) => void } | null = null;
  const listeners = new Set<Listener>();
  let stopInner: (() => void) | null = null;
  // The location the app shows: on a Back or Forward the browser's own has already changed.
  let current: Location = inner.location;
  // A Back or Forward being undone (its popstate is ours, not the person's), and a held navigation being let through.
  let undoing = false;
  let letThrough = false;

  const locationOf = (to: To, state?: unknown): Location => ({ ...inner.encodeLocation(to), state: state ?? null, key: '' });

  /** Whether the guard holds this navigation; if so, it tells the screen, which calls proceed or reset. */
  const holds = (historyAction: NavigationType, nextLocation: Location, replay: () => void): boolean => {
    if (letThrough) {
      letThrough = false;
      return false;
    }
    if (!active?.shouldBlock({ currentLocation: current, nextLocation, historyAction })) return false;
    const guard = active;
    guard.onHeld({
      location: nextLocation,
      proceed: () => {
        guard.onHeld(null);
        letThrough = true;
        replay();
      },
      reset: () => guard.onHeld(null),
    });
    return true;
  };

  const onUpdate: Listener = (update) => {
    if (update.action === NavigationType.Pop) {
      if (undoing) {
        undoing = false;
        return;
      }
      // An entry without an index (not made by this app) cannot be undone: let it through.
      const delta = update.delta;
      if (delta !== null && delta !== 0 && holds(NavigationType.Pop, update.location, () => inner.go(delta))) {
        undoing = true;
        inner.go(-delta);
        return;
      }
    }
    current = update.location;
    for (const listener of listeners) listener(update);
  };

  const history: GuardedHistory = {
    get action() {
      return inner.action;
    },
    get location() {
      return current;
    },
    createHref: (to) => inner.createHref(to),
    createURL: (to) => inner.createURL(to),
    encodeLocation: (to) => inner.encodeLocation(to),
    go: (delta) => inner.go(delta),
    push(to, state) {
      if (!holds(NavigationType.Push, locationOf(to, state), () => history.push(to, state))) inner.push(to, state);
    },
    replace(to, state) {
      if (!holds(NavigationType.Replace, locationOf(to, state), () => history.replace(to, state))) inner.replace(to, state);
    },
    listen(listener) {
      listeners.add(listener);
      stopInner ??= inner.listen(onUpdate);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopInner?.();
          stopInner = null;
        }
      };
    },
    guard(shouldBlock, onHeld) {
      const registration = { shouldBlock, onHeld };
      active = registration;
      return () => {
        if (active === registration) active = null;
      };
    },
  };
  return history;
}

const GuardedHistoryContext = createContext<GuardedHistory | null>(null);

/** React Router over a guarded history (the app's browser history; a memory history in tests). */
export function GuardedRouter({ history, children }: { history: GuardedHistory; children: ReactNode }) {
  return (
    <GuardedHistoryContext.Provider value={history}>
      <HistoryRouter history={history}>{children}</HistoryRouter>
    </GuardedHistoryContext.Provider>
  );
}

export type NavigationBlocker =
  | { state: 'unblocked'; location?: undefined; proceed?: undefined; reset?: undefined }
  | ({ state: 'blocked' } & HeldNavigation);

/**
 * Holds navigations `shouldBlock` refuses while the calling screen is mounted, as React Router's useBlocker does:
 * `state` is 'blocked' while one waits for proceed() or reset(). Outside a GuardedRouter it never blocks.
 */
export function useNavigationBlocker(shouldBlock: ShouldBlock): NavigationBlocker {
  const history = useContext(GuardedHistoryContext);
  const [held, setHeld] = useState<HeldNavigation | null>(null);
  const latest = useRef(shouldBlock);
  // The guard asks the latest function (it reads the screen's current state), set before the next event can come.
  useLayoutEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(() => {
    if (!history) return undefined;
    const stop = history.guard((attempt) => latest.current(attempt), setHeld);
    return () => {
      stop();
      setHeld(null);
    };
  }, [history]);
  return held ? { state: 'blocked', ...held } : { state: 'unblocked' };
}
