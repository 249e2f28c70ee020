import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, vi } from 'vitest';
import { addStrings } from './app/i18n';

// findBy*/waitFor give up after 1 s by default; on two shared cores a render plus a mocked round trip can take longer.
// A generous wait costs nothing when the element comes at once.
configure({ asyncUtilTimeout: 5_000 });

// Components are tested outside the router that registers each feature library's
// strings when its route loads: register every library's strings up front.
const libraryStrings = import.meta.glob<{ default: object }>('../../../libs/web/*/src/i18n/en.json', { eager: true });
for (const [path, strings] of Object.entries(libraryStrings)) {
  if (!path.includes('/libs/web/ui/')) void addStrings(strings.default);
}

// jsdom lacks these browser APIs that Mantine uses.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  });
}

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}
Element.prototype.scrollIntoView ??= () => {};

// Every component test fails on a key i18n does not know (it would show the key itself to people), whatever the
// screen: the pseudo-locale specs check a few screens for words written into the code; this checks every rendered
// screen for words asked of i18n that no language file has. (enablePseudoLocale swaps in its own handler and puts
// this one back.)
const missingKeys: string[] = [];
const i18nOptions = i18n.options as { saveMissing?: boolean; missingKeyHandler?: unknown };
i18nOptions.saveMissing = true;
i18nOptions.missingKeyHandler = (_languages: readonly string[], namespace: string, key: string) => missingKeys.push(`${namespace}:${key}`);

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  const missing = [...new Set(missingKeys.splice(0))];
  if (missing.length) throw new Error(`The screen asked i18n for keys no English file has: ${missing.join(', ')}`);
});
