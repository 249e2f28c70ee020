import { DEMO, escapeRegExp, expect, mainNav, signIn, test } from './support/fixtures';

test.describe('workspace administration', () => {
  test('a coordinator adds an organisation and a focal point, who cannot administer the workspace', async ({
    page,
    browser,
    baseURL,
  }) => {
    const suffix = Date.now().toString(36);
    const org = { name: `Ministry of Health ${suffix}`, acronym: `MOH${suffix.slice(-3).toUpperCase()}` };
    const focal = {
      name: `Hana Health ${suffix}`,
      email: `focal.health.${suffix}@demo.example`,
      password: 'FocalPoint-e2e-2024!',
    };

    // The coordinator adds the ministry…
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Organisations' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Members' })).toBeVisible();

    const orgForm = page.getByRole('form', { name: 'Add organisation' });
    await orgForm.getByLabel('Name', { exact: true }).fill(org.name);
    await orgForm.getByLabel('Acronym (optional)').fill(org.acronym);
    await orgForm.getByLabel('Kind').selectOption({ label: 'Ministry' });
    await orgForm.getByRole('button', { name: 'Add organisation' }).click();
    const orgTable = page.getByRole('table', { name: 'Organisations in this workspace' });
    await expect(orgTable.getByRole('row', { name: new RegExp(escapeRegExp(org.name)) })).toBeVisible();
    await expect(orgForm.getByLabel('Name', { exact: true })).toHaveValue('');

    // …and one of its officials as focal point.
    const memberForm = page.getByRole('form', { name: 'Add member' });
    await memberForm.getByLabel('Email').fill(focal.email);
    await memberForm.getByLabel('Display name').fill(focal.name);
    await memberForm.getByLabel('Password (optional)', { exact: true }).fill(focal.password);
    await memberForm.getByLabel('Organisation').selectOption({ label: `${org.name} (${org.acronym})` });
    await memberForm.getByLabel('Role').selectOption({ label: 'Focal point' });
    await memberForm.getByRole('button', { name: 'Add member' }).click();
    const memberRow = page
      .getByRole('table', { name: 'Active members of this workspace' })
      .getByRole('row', { name: new RegExp(escapeRegExp(focal.email)) });
    await expect(memberRow).toBeVisible();
    await expect(memberRow.getByRole('cell', { name: org.name })).toBeVisible();
    await expect(memberRow.getByRole('cell', { name: 'Focal point' })).toBeVisible();

    // The focal point signs in on their own computer.
    const context = await browser.newContext({ baseURL });
    try {
      const focalPage = await context.newPage();
      await signIn(focalPage, focal);
      await expect(focalPage.getByRole('heading', { level: 2, name: `Tasks for you and ${org.name}` })).toBeVisible();
      const nav = mainNav(focalPage);
      await expect(nav.getByRole('link', { name: 'Profiles' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);

      await focalPage.goto('/admin');
      await expect(focalPage.getByRole('heading', { level: 1, name: /not allowed/ })).toBeVisible();
      await expect(focalPage.getByRole('form', { name: 'Add member' })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
