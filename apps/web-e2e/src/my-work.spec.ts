import { DEMO, expect, signIn, test } from './support/fixtures';

/** Stefan Statistics, focal point of the National Bureau of Statistics (NBS), which drafts key data and A.6 among others. */
const FOCAL_STATISTICS = { email: 'focal.statistics@demo.example', password: 'FocalPoint-demo-2024' };

test.describe('My work', () => {
  // Two sign-ins (the second journey in two browsers) on a shared, busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('a focal point lands on their organisation’s work: drafts to write, what is late, and one click to the section', async ({ page }) => {
    await signIn(page, FOCAL_STATISTICS);
    await expect(page.getByText(/What National Bureau of Statistics has to do/)).toBeVisible();
    const tasks = page.getByRole('list', { name: 'Your tasks' });
    await expect(tasks.getByRole('listitem', { name: 'Draft Key data' })).toBeVisible();
    const late = tasks.getByRole('listitem', { name: 'Send the 2023 labour force survey tables to the labour ministry' });
    await expect(late.getByText(/^Overdue: was due/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sections National Bureau of Statistics drafts' }).getByRole('link', { name: 'A.6 Internal migration' })).toBeVisible();

    await tasks.getByRole('link', { name: 'Draft A.6 Internal migration' }).click();
    await expect(page).toHaveURL(/\/profiles\/[^/]+\/sections\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: /Internal migration$/ })).toBeVisible();
  });

  test('a comment waiting for a reply opens on its own thread: selected, listed and focused beside the text', async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    const link = page.getByRole('list', { name: 'Comments waiting for your reply' }).getByRole('link').first();
    await expect(link).toHaveAttribute('href', /^\/profiles\/[^/]+\/sections\/[^/?]+\?thread=[0-9a-f-]{36}$/);
    const body = (await link.innerText()).replace(/^“[^”]*”: /, '').trim();
    await link.click();
    await expect(page).toHaveURL(/\?thread=/);
    const thread = page.getByRole('list', { name: 'Comment threads' }).locator('article[aria-current="true"]');
    await expect(thread).toBeFocused();
    await expect(thread).toContainText(body.slice(0, 40));
  });

  test('a coordinator gives a task to an organisation, and a member of it sees it and takes it', async ({ page, browser }) => {
    const title = `Check the 2024 remittance series ${Date.now().toString(36)}`;
    await signIn(page, DEMO.coordinator);
    await page.getByRole('button', { name: 'New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    // Nothing chosen yet: the form says what is missing, beside the fields.
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await expect(dialog.getByLabel('What needs doing')).toHaveAccessibleDescription(/Enter what needs doing/);
    await dialog.getByLabel('What needs doing').fill(title);
    await dialog.getByLabel('Section (optional)').selectOption({ label: 'B.2 Economic development' });
    await dialog.getByLabel('Organisation', { exact: true }).selectOption({ label: 'National Bureau of Statistics (NBS)' });
    await dialog.getByLabel('Due date (optional)').fill('2030-05-15');
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await expect(page.getByText(`Task “${title}” created.`)).toBeVisible();
    await expect(dialog).toBeHidden();

    const member = await browser.newPage();
    await signIn(member, FOCAL_STATISTICS);
    const task = member.getByRole('list', { name: 'Your tasks' }).getByRole('listitem', { name: title });
    await expect(task.getByText('For National Bureau of Statistics')).toBeVisible();
    await expect(task.getByText(/^Due /)).toBeVisible();
    await task.getByRole('button', { name: `Start “${title}”` }).click();
    await expect(member.getByText(`You started “${title}”.`)).toBeVisible();
    await expect(task.getByText('In progress')).toBeVisible();
    await expect(task.getByRole('link', { name: title })).toHaveAttribute('href', /\/profiles\/[^/]+\/sections\/[^/]+$/);
    await member.close();
  });
});
