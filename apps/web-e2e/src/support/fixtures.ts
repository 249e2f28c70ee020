import { test as base, expect, type Page } from '@playwright/test';

/** The demo seed's people (see the API's demo seed). */
export const DEMO = {
  coordinator: { email: 'coordinator@demo.example', password: 'Coordinator-demo-2024', name: 'coordinator' },
  focalPoint: { email: 'focal.interior@demo.example', password: 'FocalPoint-demo-2024' },
  /** Lina Labour, focal point of the Ministry of Labour and Social Protection (MLSP). */
  focalLabour: { email: 'focal.labour@demo.example', password: 'FocalPoint-demo-2024' },
  observer: { email: 'observer@demo.example', password: 'Observer-demo-2024' },
  contributor: { email: 'contributor@demo.example', password: 'Contributor-demo-2024' },
  admin: { email: 'admin@demo.example', password: 'Admin-demo-2024!' },
  workspace: 'Republic of Norland',
} as const;

/**
 * baseURL is read when each test starts, so the value that global-setup.ts puts
 * in E2E_BASE_URL (after the config was loaded) is the one used.
 */
/** An automatic fixture: the journey fails when the page's console reports what `pattern` matches. */
function failOnConsole(pattern: RegExp, what: string): [(args: { page: Page }, use: (found: string[]) => Promise<void>) => Promise<void>, { auto: true }] {
  return [
    async ({ page }: { page: Page }, use: (found: string[]) => Promise<void>) => {
      const found: string[] = [];
      page.on('console', (message) => {
        if (pattern.test(message.text())) found.push(message.text());
      });
      await use(found);
      expect(found, what).toEqual([]);
    },
    { auto: true },
  ];
}

export const test = base.extend<{ contentSecurityPolicy: string[]; unusedPreloads: string[] }>({
  baseURL: async ({ baseURL }, use) => {
    await use(process.env.E2E_BASE_URL ?? baseURL);
  },
  /**
   * Every journey runs under the server's Content-Security-Policy: anything the
   * browser refuses because of it (Chromium reports each refusal on the console)
   * fails the journey, so a script, style or connection the policy blocks is caught here.
   */
  contentSecurityPolicy: failOnConsole(/Content Security Policy/i, 'Content-Security-Policy violations'),
  /**
   * A preload the browser cannot use (made in another mode than the request that follows: Chromium says so on the
   * console) is a file downloaded twice on a first load: it fails the journey too.
   */
  unusedPreloads: failOnConsole(/preload .* is found, but is not used/i, 'preloads the browser could not use'),
});

export { expect };

/** Signs in through the form, as a person would, and waits for My work. */
export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The demo profile's title (see the API's demo seed). */
export const DEMO_PROFILE_TITLE = 'Migration Profile of the Republic of Norland';
/** The edition of the demo profile the journeys work on (an earlier one, 2019, is released). */
export const DEMO_PROFILE_EDITION = '2024';

/** Opens the demo profile from the Profiles page, as a person would. */
export async function openDemoProfile(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Profiles' }).click();
  // The demo workspace holds the 2019 edition too (released), under the same title: open the current one.
  await page.getByRole('row').filter({ hasText: DEMO_PROFILE_EDITION }).getByRole('link', { name: DEMO_PROFILE_TITLE }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
}

/** Opens a section from the profile's outline by its title, and waits for its heading. */
export async function openSection(page: Page, title: string): Promise<void> {
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('link', { name: new RegExp(`^[A-Z]?[.0-9]*\\s*${escapeRegExp(title)}\\b`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${escapeRegExp(title)}$`) })).toBeVisible();
}

/** The editor's save status ("Unsaved changes", "Saving…", "Saved"). */
export function saveStatus(page: Page) {
  return page.getByRole('status', { name: 'Save status' });
}

/** The section text being edited. */
export function sectionEditor(page: Page) {
  return page.getByRole('textbox', { name: /^Text of / });
}

/** Where the profile screen tells about changes made by others to the open section. */
export function changesByOthers(page: Page) {
  return page.getByRole('status', { name: 'Changes by others' });
}
