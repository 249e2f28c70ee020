import { describe, expect, it } from 'vitest';
import appStrings from '../locales/en.json';

const libraryStrings = import.meta.glob<{ default: Record<string, unknown> }>('../../../../libs/web/*/src/i18n/en.json', {
  eager: true,
});

describe('strings of the web libraries', () => {
  it('give each library its own top-level keys in the shared default namespace', () => {
    const owners = new Map<string, string>(Object.keys(appStrings).map((key) => [key, 'apps/web']));
    const clashes: string[] = [];
    for (const [path, { default: strings }] of Object.entries(libraryStrings)) {
      if (path.includes('/libs/web/ui/')) continue; // the `ui` namespace is separate
      const library = path.replace(/^.*libs\/web\/([^/]+)\/.*$/, '$1');
      for (const key of Object.keys(strings)) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${library}`);
        owners.set(key, library);
      }
    }
    expect(Object.keys(libraryStrings).length).toBeGreaterThanOrEqual(11);
    expect(clashes).toEqual([]);
  });
});
