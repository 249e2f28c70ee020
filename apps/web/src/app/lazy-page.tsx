import { lazy, type ComponentType } from 'react';

/** A page's code did not arrive: the connection dropped, or a new version of the app replaced its files. */
export class PageLoadError extends Error {
  /** Lets the page's next render load its code again (the error boundary calls it when it tries the page again). */
  readonly allowRetry: () => void;

  constructor(cause: unknown, allowRetry: () => void) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
    this.allowRetry = allowRetry;
  }
}

/**
 * A page loaded on its first visit (Suspense shows the page skeleton meanwhile). React.lazy keeps a failed load for
 * good, so one dropped request would break the page until a reload. Here the error boundary that shows the failure
 * may allow one more load (PageLoadError.allowRetry): on "Try again", or when the person comes back to the address.
 * Never on its own: a page that cannot load (offline) must not ask again and again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          throw new PageLoadError(error, () => {
            current = attempt();
          });
        },
      ),
    );
  let current = attempt();
  return function LazyPage(props: P) {
    const Page = current;
    return <Page {...props} />;
  };
}
