import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { DEMO, DEMO_PROFILE_EDITION, DEMO_PROFILE_TITLE, expect, openSection, signIn, test } from './support/fixtures';

/**
 * Every main route of the app, for every role, at a desktop (1280 px) and a phone (375 px) width: axe finds no
 * critical or serious WCAG 2.1 A/AA violation and no content outside landmarks (see support/a11y.ts). Screens a role
 * may not use are visited too: the page that says so must be accessible as well.
 *
 * In Arabic (right to left, the one script and direction unlike English): every route once, the widths alternating,
 * as an observer whose account is in Arabic, and the screens only a coordinator uses as a coordinator in Arabic.
 */

const WIDTHS = [1280, 375] as const;
const ROLES = [
  ['coordinator', DEMO.coordinator],
  ['focal point', DEMO.focalPoint],
  ['contributor', DEMO.contributor],
  ['observer', DEMO.observer],
  ['platform administrator', DEMO.admin],
] as const;

/** The routes of apps/web's router that need no object id (the others are found from these). */
const PLAIN_ROUTES = [
  '/my-work',
  '/workspaces',
  '/profiles',
  '/review-cycles',
  '/review-cycles/new',
  '/indicators',
  '/indicators/import',
  '/releases',
  '/admin',
  '/audit',
  '/notifications',
  '/notifications/settings',
  '/account',
  '/no-such-page',
] as const;

/** Waits until the page shows its heading and nothing is loading any more (a page still busy is checked as it is). */
async function settle(page: Page): Promise<void> {
  // A section page arrives with the server's first paint of its text (checked on its own below): the app's screen is
  // the one checked here, once it has taken over.
  await page.locator('#first-paint').waitFor({ state: 'detached', timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

/** The address of the first link in the main region that leads to one object under `prefix` ("/indicators/"). */
async function firstObjectLink(page: Page, prefix: string, exclude: RegExp): Promise<string | null> {
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((href) => href.startsWith(prefix) && href.length > prefix.length && !exclude.test(href)) ?? null;
}

/** Layla, observer of the demo workspace, whose account is in Arabic (see languages.spec.ts). */
const LAYLA = { email: 'observer.ar@demo.example', password: 'Observer-demo-2024' };
/** Vera, coordinator of the Kingdom of Valdoria (regional demo), whom no other journey signs in as. */
const VERA = { email: 'coordinator.valdoria@demo.example', password: 'Coordinator-demo-2024' };

/** The Arabic strings of the libraries the section screen uses, to find its controls by their Arabic names. */
interface Strings {
  [key: string]: Strings & string;
}
const arabic = (lib: string): Strings => JSON.parse(readFileSync(join(__dirname, '../../../libs/web', lib, 'src/i18n/ar.json'), 'utf8')) as Strings;
const AR = { profiles: arabic('feature-profiles'), editor: arabic('editor'), reviews: arabic('feature-reviews') };

/**
 * Signs in (at desktop width) and makes sure the interface is in Arabic: the account's language wins after sign-in,
 * and an account in another language is switched with the language menu, which saves it on the account.
 */
async function signInInArabic(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/login?lng=en');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  await settle(page);
  if ((await page.locator('html').getAttribute('lang')) !== 'ar') {
    await page.locator('header').first().getByRole('button', { name: /English/ }).click();
    await page.getByRole('menuitem', { name: 'العربية' }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** The first profile, its first section, the first review cycle and the first indicator, found by address. */
async function objectRoutes(page: Page): Promise<string[]> {
  const routes: string[] = [];
  await visit(page, '/profiles');
  const profile = await firstObjectLink(page, '/profiles/', /\/sections\//);
  if (profile) {
    await visit(page, profile);
    routes.push(profile);
    const section = await firstObjectLink(page, `${profile}/sections/`, /^$/);
    if (section) routes.push(section);
  }
  for (const [list, prefix, exclude] of [
    ['/review-cycles', '/review-cycles/', /\/new$/],
    ['/indicators', '/indicators/', /\/import$/],
  ] as const) {
    await visit(page, list);
    const href = await firstObjectLink(page, prefix, exclude);
    if (href) routes.push(href);
  }
  return routes;
}

/** Visits each route once in Arabic, the widths alternating (starting at `first`), and checks it with axe. */
async function checkInArabic(page: Page, who: string, routes: readonly string[], first: 0 | 1): Promise<void> {
  for (const [index, path] of routes.entries()) {
    const width = WIDTHS[(index + first) % WIDTHS.length]!;
    await page.setViewportSize({ width, height: 800 });
    await visit(page, path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkA11y(page, `${who}: ${path}`, { locale: 'ar' });
  }
}

test.describe('accessibility of every screen', () => {
  test("the server's first paint of a section, before the app's scripts run, in English and in Arabic", async ({ page }) => {
    const heldScripts = /\/assets\/.+\.js$/;
    const firstPaintOf = async (path: string) => {
      await page.route(heldScripts, (route) => route.abort());
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.locator('#first-paint').getByRole('heading', { level: 1 })).toBeVisible();
    };
    await signIn(page, DEMO.coordinator);
    const [profile, section] = await objectRoutes(page);
    expect(section, 'a section to read').toContain('/sections/');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await firstPaintOf(section!);
      await checkA11y(page, 'first paint of a section');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    expect(profile).toBeTruthy();
    await page.context().clearCookies();
    await signInInArabic(page, LAYLA);
    await firstPaintOf(section!);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkA11y(page, 'first paint of a section in Arabic', { locale: 'ar' });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('the signed-out screens', async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/login', '/forgot-password', '/reset-password', '/invitation']) {
        await visit(page, path);
        await checkA11y(page, `signed out: ${path}`);
      }
      await page.goto('/login');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
      await checkA11y(page, 'sign-in form with errors');
    }
  });

  // Every role at both widths doubles the role journeys' 4 minutes on two cores, too long for every CI run: by default each role is
  // checked once, the widths alternating (every screen is still checked at both widths by some role);
  // A11Y_ALL_WIDTHS=true runs the whole matrix.
  const allWidths = process.env['A11Y_ALL_WIDTHS'] === 'true';
  for (const [index, [role, who]] of ROLES.entries()) {
    for (const width of allWidths ? WIDTHS : [WIDTHS[index % WIDTHS.length]!]) {
      test(`every route as ${role} at ${width} px`, async ({ page }) => {
        test.setTimeout(240_000);
        // The objects' addresses are found at desktop width (on a phone the outline is folded away).
        await page.setViewportSize({ width: 1280, height: 800 });
        await signIn(page, who);

        const routes: string[] = [...PLAIN_ROUTES];
        // The objects' screens: the demo profile, one of its sections, a review cycle, an indicator.
        await visit(page, '/profiles');
        const profileRow = page.getByRole('row').filter({ hasText: DEMO_PROFILE_EDITION }).getByRole('link', { name: DEMO_PROFILE_TITLE });
        if (await profileRow.count()) {
          await profileRow.click();
          await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
          routes.push(new URL(page.url()).pathname);
          await openSection(page, 'Policy framework');
          routes.push(new URL(page.url()).pathname);
        }
        for (const [list, prefix, exclude] of [
          ['/review-cycles', '/review-cycles/', /\/new$/],
          ['/indicators', '/indicators/', /\/import$/],
        ] as const) {
          await visit(page, list);
          const href = await firstObjectLink(page, prefix, exclude);
          if (href) routes.push(href);
        }

        await page.setViewportSize({ width, height: 800 });
        await visit(page, '/my-work');
        await checkA11y(page, `${role}: My work after signing in`);
        for (const path of routes) {
          await visit(page, path);
          await checkA11y(page, `${role}: ${path}`);
        }

        if (width < 992) {
          // The navigation drawer, with the workspace switcher in it.
          await visit(page, '/my-work');
          await page.getByRole('button', { name: 'Open navigation' }).click();
          await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profiles' })).toBeVisible();
          await checkA11y(page, `${role}: navigation drawer open`);
          await page.getByRole('button', { name: 'Close navigation' }).click();
        }

        // The account menu, open.
        await page.getByRole('button', { name: /Account menu/ }).click();
        await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
        await checkA11y(page, `${role}: account menu open`);
        await page.keyboard.press('Escape');
      });
    }
  }

  test('every route in Arabic, as an observer, the widths alternating', async ({ page }) => {
    test.setTimeout(240_000);
    await signInInArabic(page, LAYLA);
    const routes = [...PLAIN_ROUTES, ...(await objectRoutes(page))];
    await checkInArabic(page, 'observer in Arabic', routes, 0);
    // The navigation drawer and the account menu, open, on a phone (mirrored: they open from the right).
    await page.setViewportSize({ width: 375, height: 800 });
    await visit(page, '/my-work');
    const burger = page.locator('header button[aria-controls="app-navigation"]');
    await burger.click();
    await expect(page.getByRole('navigation').locator('a[href="/profiles"]')).toBeVisible();
    await checkA11y(page, 'observer in Arabic: navigation drawer open', { locale: 'ar' });
    await burger.click();
    await page.locator('header button[aria-haspopup="menu"]').last().click();
    await expect(page.getByRole('menuitem').first()).toBeVisible();
    await checkA11y(page, 'observer in Arabic: account menu open', { locale: 'ar' });
    await page.keyboard.press('Escape');

    // Mirrored, the main screens still reflow at 320 px without sideways scrolling of the page.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/my-work', '/profiles', '/review-cycles', ...routes.filter((r) => r.includes('/sections/'))]) {
      await visit(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `sideways scrolling of ${path} in Arabic at 320 px`).toBeLessThanOrEqual(0);
    }
  });

  test('the screens only a coordinator uses, in Arabic, the widths alternating', async ({ page }) => {
    test.setTimeout(180_000);
    await signInInArabic(page, VERA);
    // An observer sees these as refusals (checked above); a coordinator sees the forms and lists themselves.
    const routes = ['/review-cycles/new', '/indicators/import', '/admin', '/audit', '/workspaces', ...(await objectRoutes(page)).slice(0, 2)];
    await checkInArabic(page, 'coordinator in Arabic', routes, 1);
  });

  test('the section at work in Arabic: editor, history dialogs and review forms, at 1280 and 375 px', async ({ page }) => {
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    /** Each state at 1280 px, then at 375 px (the dialogs and forms stay open while the page narrows). */
    const checkBoth = async (label: string) => {
      await checkA11y(page, `coordinator in Arabic: ${label}`, { locale: 'ar' });
      await page.setViewportSize({ width: 375, height: 800 });
      await checkA11y(page, `coordinator in Arabic: ${label}`, { locale: 'ar' });
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await signInInArabic(page, VERA);
    await visit(page, '/profiles');
    const profile = await firstObjectLink(page, '/profiles/', /\/sections\//);
    expect(profile, 'a profile of Valdoria').not.toBeNull();
    await visit(page, profile!);
    const section = await firstObjectLink(page, `${profile!}/sections/`, /^$/);
    expect(section, 'a section of the profile').not.toBeNull();
    await visit(page, section!);

    // Editing, with unsaved changes, and the discard confirmation (Escape keeps editing); then saved.
    await page.getByRole('button', { name: AR.profiles.section.edit, exact: true }).click();
    const editor = page.locator('.ProseMirror[contenteditable="true"]');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(` تحديث ${run}.`);
    await expect(page.getByText(AR.editor.editor.statusUnsaved)).toBeVisible();
    await checkBoth('editor with unsaved changes');
    await page.getByRole('button', { name: AR.editor.editor.cancel, exact: true }).click();
    const discard = page.getByRole('dialog', { name: AR.editor.editor.discardTitle });
    await expect(discard).toBeVisible();
    await checkBoth('discard confirmation');
    await page.keyboard.press('Escape');
    await expect(discard).toBeHidden();
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByText(AR.editor.editor.statusSaved, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: AR.editor.editor.done, exact: true }).click();

    // History: the compare dialog side by side and inline; a revision and its restore confirmation.
    const revisions = page.getByRole('list', { name: AR.profiles.history.listLabel });
    const ticks = revisions.getByRole('checkbox');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await page.getByRole('button', { name: AR.profiles.history.compareSelected }).click();
    const compare = page.getByRole('dialog');
    await expect(compare.getByRole('button', { name: AR.profiles.history.inline })).toBeVisible();
    await checkBoth('compare dialog, side by side');
    await compare.getByRole('button', { name: AR.profiles.history.inline }).click();
    await expect(compare.getByRole('button', { name: AR.profiles.history.inline })).toHaveAttribute('aria-pressed', 'true');
    await checkBoth('compare dialog, inline');
    await page.keyboard.press('Escape');
    await expect(compare).toBeHidden();
    await revisions.getByRole('button').nth(1).click();
    const revision = page.getByRole('dialog');
    await revision.getByRole('button', { name: AR.profiles.history.restore }).click();
    await expect(page.getByRole('dialog')).toHaveCount(2);
    await checkBoth('revision dialog and restore confirmation');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A review cycle on the section, for the forms: new comment, reply, sign-off. Closed again at the end.
    const sectionUrl = page.url();
    const sectionTitle = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await visit(page, '/review-cycles/new');
    const form = page.getByRole('form', { name: AR.reviews.reviewCycles.open.formLabel });
    await form.getByLabel(AR.reviews.reviewCycles.open.titleLabel).fill(`مراجعة ${run}`);
    await form.getByRole('checkbox', { name: new RegExp(sectionTitle.replace(/^[A-Z]?[.0-9]*\s*/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await form.getByRole('group', { name: AR.reviews.reviewCycles.open.participantsLabel }).getByRole('checkbox').first().check();
    await form.getByRole('group', { name: AR.reviews.reviewCycles.open.signatoriesLabel }).getByRole('checkbox').first().check();
    await form.getByRole('button', { name: AR.reviews.reviewCycles.open.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: `مراجعة ${run}` })).toBeVisible();
    const cycleUrl = page.url();
    try {
      await page.goto(sectionUrl);
      await settle(page);
      await page.getByRole('button', { name: AR.reviews.sectionReview.commentOnSection }).click();
      const newComment = page.getByRole('form', { name: AR.reviews.sectionReview.newCommentForm });
      await newComment.getByRole('textbox', { name: AR.reviews.sectionReview.commentLabel, exact: true }).fill(`ملاحظة ${run} حول IOM 2024.`);
      await checkBoth('new-comment form');
      await newComment.getByRole('button', { name: AR.reviews.sectionReview.postComment }).click();
      const reply = page.getByRole('form', { name: /^الردّ على / }).first();
      await expect(reply).toBeVisible();
      await reply.getByRole('textbox').fill(`ردّ ${run}`);
      await checkBoth('reply form');
      await page.getByRole('button', { name: AR.reviews.sectionReview.approve, exact: true }).click();
      await expect(page.getByRole('button', { name: AR.reviews.sectionReview.approve, exact: true })).toHaveCount(0);
      // The sign-off form arrives in its own chunk: its confirm button says which revision is approved.
      await expect(page.getByRole('button', { name: new RegExp(`^${AR.reviews.sectionReview.confirmApprove.split('{{')[0]!.trim()}`) })).toBeVisible();
      await checkBoth('sign-off form');
    } finally {
      await page.goto(cycleUrl);
      await page.getByRole('button', { name: AR.reviews.reviewCycles.page.closeCycle }).click();
      await page.getByRole('dialog').getByRole('button', { name: AR.reviews.reviewCycles.page.closeCycle }).click();
      await expect(page.getByRole('button', { name: AR.reviews.reviewCycles.page.closeCycle })).toHaveCount(0);
    }
  });

  test('key screens reflow at 320 px (400% zoom of 1280 px) without sideways scrolling of the page', async ({ page }) => {
    test.setTimeout(180_000);
    const shots = process.env['SCREENSHOTS_DIR'];
    await signIn(page, DEMO.coordinator);
    const paths = ['/my-work', '/profiles', '/review-cycles', '/releases', '/admin', '/indicators', '/notifications'];
    await visit(page, '/profiles');
    await page.getByRole('row').filter({ hasText: DEMO_PROFILE_EDITION }).getByRole('link', { name: DEMO_PROFILE_TITLE }).click();
    await openSection(page, 'Policy framework');
    paths.push(new URL(page.url()).pathname);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of paths) {
      await visit(page, path);
      // Wide tables scroll inside their own container; the page itself never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `sideways scrolling of ${path} at 320 px`).toBeLessThanOrEqual(0);
      if (shots) await page.screenshot({ path: `${shots}/320-${path.replace(/\W+/g, '_')}.png`, fullPage: true });
    }
  });
});
