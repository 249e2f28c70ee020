import { DEMO, expect, mainNav, openDemoProfile, openSection, signIn, test } from './support/fixtures';

test.describe('application shell', () => {
  test('a coordinator signs in, lands on My work and reaches every area', async ({ page }) => {
    await signIn(page, DEMO.coordinator);

    // Landing page: who I am and where.
    await expect(page.getByLabel('Workspace')).toBeVisible();
    await expect(page.getByText(/Hello, /)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your tasks' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();

    const areas: Array<[link: string, heading: string]> = [
      ['Workspaces', 'Workspaces'],
      ['Profiles', 'Profiles'],
      ['Review cycles', 'Review cycles'],
      ['Releases', 'Releases'],
      ['Admin', 'Admin'],
      ['My work', 'My work'],
    ];
    for (const [link, heading] of areas) {
      await mainNav(page).getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      await expect(mainNav(page).getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page');
    }

    // The review cycles page lists the demo's open consultation.
    await mainNav(page).getByRole('link', { name: 'Review cycles' }).click();
    await expect(page.getByRole('link', { name: 'Consultation on migration trends and remittances' })).toBeVisible();

    // The workspace list shows the demo workspace and my role in it.
    await mainNav(page).getByRole('link', { name: 'Workspaces' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(DEMO.workspace) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Coordinator' })).toBeVisible();

    // An unknown address, loaded afresh: the session survives the reload and the page says what happened.
    await page.goto('/this-page-does-not-exist');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();

    // Signing out returns to the sign-in page, and the pages are closed again.
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('a wrong password is explained without giving anything away', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(DEMO.coordinator.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The email or password is not correct.');
    await expect(page).toHaveURL(/\/login/);
  });

  test('moving from a profile to its sections keeps the profile screen: nothing drawn again, the profile not asked again', async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') asked.push(String(request.postDataJSON()?.operationName));
    });
    // A part of the screen outside the section: the same element all along if the screen was never mounted again.
    const drafts = await page.getByText('Download draft (PDF)', { exact: true }).elementHandle();
    for (const title of ['Institutional framework', 'Internal migration']) {
      await openSection(page, title);
      expect(await drafts?.evaluate((element) => element.isConnected), `the profile screen after opening ${title}`).toBe(true);
    }
    expect(asked).not.toContain('ProfileScreen');
    expect(asked).toContain('SectionContent');
  });

  test("a page whose code does not arrive says so, and Try again loads it once the connection is back", async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    // The connection drops after the landing page: the audit log's code cannot be fetched.
    await page.route('**/assets/**', (route) => route.abort('internetdisconnected'));
    await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }) });
    await expect(alert).toBeVisible();
    // The header and navigation stay, and nothing is asked again on its own.
    await expect(mainNav(page).getByRole('link', { name: 'My work' })).toBeVisible();

    await page.unroute('**/assets/**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Audit log/ })).toBeVisible();
    await expect(alert).toBeHidden();
  });
});
