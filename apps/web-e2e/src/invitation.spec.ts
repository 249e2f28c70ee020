import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO, escapeRegExp, expect, mainNav, signIn, test } from './support/fixtures';

/** The newest e-mailed link to `route` for `to`, from the development outbox (/dev/mail), as a path with its fragment. */
async function linkFromMail(request: APIRequestContext, to: string, route: '/invitation' | '/reset-password'): Promise<string> {
  let found: string | null = null;
  await expect
    .poll(async () => {
      const mails = (await (await request.get(`/dev/mail/messages.json?to=${encodeURIComponent(to)}`)).json()) as Array<{ text: string }>;
      const token = mails.map((m) => new RegExp(`${route}#([A-Za-z0-9_-]+)`).exec(m.text)?.[1]).find(Boolean);
      found = token ? `${route}#${token}` : null;
      return found;
    })
    .not.toBeNull();
  return found!;
}

test.describe('accounts people manage themselves', () => {
  test('a coordinator invites a new person, who accepts, chooses a password and lands on My work', async ({ page, browser, baseURL, request }) => {
    // Two people on two computers, each signing in: generous on a busy machine (nothing here waits on time).
    test.setTimeout(300_000);
    const suffix = Date.now().toString(36);
    const invited = { email: `invited.${suffix}@demo.example`, typedName: `Ines Invited ${suffix}`, chosenName: `Ines Chosen ${suffix}` };

    // The coordinator invites by e-mail, without choosing a password.
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    const memberForm = page.getByRole('form', { name: 'Add member' });
    await memberForm.getByLabel('Email').fill(invited.email);
    await memberForm.getByLabel('Display name').fill(invited.typedName);
    await memberForm.getByLabel('Organisation').selectOption({ index: 1 });
    await memberForm.getByLabel('Role').selectOption({ label: 'Observer' });
    await memberForm.getByRole('button', { name: 'Add member' }).click();
    const invitationRow = page
      .getByRole('table', { name: 'Invitations waiting for an answer' })
      .getByRole('row', { name: new RegExp(escapeRegExp(invited.email)) });
    await expect(invitationRow).toBeVisible();
    await expect(invitationRow).toContainText('Invited');
    await expect(invitationRow.getByRole('button', { name: `Send the invitation to ${invited.email} again` })).toBeVisible();

    // The invited person opens the link from the e-mail on their own computer.
    const link = await linkFromMail(request, invited.email, '/invitation');
    const context = await browser.newContext({ baseURL });
    try {
      const invitedPage = await context.newPage();
      await invitedPage.goto(link);
      // A first visit on a new computer loads the app: allow for a busy machine.
      await expect(invitedPage.getByRole('heading', { level: 1, name: `Join ${DEMO.workspace}` })).toBeVisible({ timeout: 30_000 });
      await expect(invitedPage.getByText(`Your account will use ${invited.email}.`)).toBeVisible();
      await invitedPage.getByLabel('Your name').fill(invited.chosenName);
      await invitedPage.getByLabel('Password', { exact: true }).fill('Invited-e2e-2024-password');
      await invitedPage.getByLabel('Type the password again').fill('Invited-e2e-2024-passwort');
      await invitedPage.getByRole('button', { name: 'Create account and join' }).click();
      await expect(invitedPage.getByLabel('Type the password again')).toHaveAccessibleDescription(
        'The two passwords are not the same: type the new password again',
      );
      await invitedPage.getByLabel('Type the password again').fill('Invited-e2e-2024-password');
      await invitedPage.getByRole('button', { name: 'Create account and join' }).click();

      await expect(invitedPage).toHaveURL(/\/my-work$/);
      await expect(invitedPage.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
      await expect(invitedPage.getByRole('button', { name: `Account menu for ${invited.chosenName}` })).toBeVisible();

      // The link did its job: opened again, it says so.
      await invitedPage.goto(link);
      await expect(invitedPage.getByRole('alert')).toContainText('This invitation was already accepted');
    } finally {
      await context.close();
    }

    // The coordinator now sees a member, under the name the person chose.
    await page.reload();
    await expect(
      page.getByRole('table', { name: 'Active members of this workspace' }).getByRole('row', { name: new RegExp(escapeRegExp(invited.email)) }),
    ).toContainText(invited.chosenName);
    await expect(page.getByRole('table', { name: 'Invitations waiting for an answer' })).toHaveCount(0);
  });

  test('a person who forgot their password resets it by the e-mailed link and signs in with the new one', async ({ page, browser, baseURL, request }) => {
    // Two people on two computers, each signing in: generous on a busy machine (nothing here waits on time).
    test.setTimeout(300_000);
    const suffix = Date.now().toString(36);
    const person = { email: `forgetful.${suffix}@demo.example`, password: 'Forgetful-e2e-2024-old' };
    // A member the coordinator created with a password (someone who may not read e-mail every day).
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    const memberForm = page.getByRole('form', { name: 'Add member' });
    await memberForm.getByLabel('Email').fill(person.email);
    await memberForm.getByLabel('Display name').fill(`Fay Forgetful ${suffix}`);
    await memberForm.getByLabel('Password (optional)', { exact: true }).fill(person.password);
    await memberForm.getByLabel('Organisation').selectOption({ index: 1 });
    await memberForm.getByLabel('Role').selectOption({ label: 'Observer' });
    await memberForm.getByRole('button', { name: 'Add member' }).click();
    await expect(
      page.getByRole('table', { name: 'Active members of this workspace' }).getByRole('row', { name: new RegExp(escapeRegExp(person.email)) }),
    ).toBeVisible({ timeout: 30_000 });

    // On their own computer, they cannot remember it.
    const context = await browser.newContext({ baseURL });
    try {
      await forgetAndReset(await context.newPage(), request, person.email);
    } finally {
      await context.close();
    }
  });
});

async function forgetAndReset(page: Page, request: APIRequestContext, email: string) {
    const person = { email };
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('status')).toContainText(`If ${person.email} has an account, we have sent it a link`);

    await page.goto(await linkFromMail(request, person.email, '/reset-password'));
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await page.getByLabel('New password', { exact: true }).fill('Forgetful-e2e-2024-new');
    await page.getByLabel('Type the new password again').fill('Forgetful-e2e-2024-new');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password is changed');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, { email: person.email, password: 'Forgetful-e2e-2024-new' });
}
