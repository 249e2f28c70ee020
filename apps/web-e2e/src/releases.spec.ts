import type { APIRequestContext } from '@playwright/test';
import { DEMO, expect, mainNav, signIn, test } from './support/fixtures';

/**
 * The coordinator's part of a release: the checklist shows what blocks it, each blocker links to its section; once
 * the section is approved the profile is ready, the coordinator prepares 1.0, reviews the candidate and publishes it,
 * and anyone can then read it without signing in. Arranged through the API in the demo workspace (a profile of its
 * own, so the demo's 2024 edition stays as it is).
 */

async function must(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`Arrangement failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

test('a coordinator sees the blockers, clears them, prepares and publishes 1.0', async ({ page, request }) => {
  const run = Date.now().toString(36);
  const token = (
    await must(request, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: DEMO.coordinator.email,
      p: DEMO.coordinator.password,
    })
  )['login'].accessToken as string;
  const me = await must(request, `{ me { memberships { organization { id acronym } workspace { id } } } }`, {}, token);
  const membership = me['me'].memberships[0];
  const workspaceId = membership.workspace.id as string;
  const organizationId = membership.organization.id as string;
  const title = `Release journey ${run}`;
  const profileId = (
    await must(request, `mutation($i: CreateProfileInput!) { createProfile(input: $i) { id } }`, { i: { workspaceId, title, edition: '2025' } }, token)
  )['createProfile'].id as string;
  const sectionId = (
    await must(request, `mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId, title: 'Summary' } }, token)
  )['addSection'].id as string;
  const revisionId = (
    await must(
      request,
      `mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }`,
      { i: { sectionId, baseRevisionId: null, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Norland in brief.' }] }] } } },
      token,
    )
  )['saveSection'].id as string;
  await must(
    request,
    `mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id } }`,
    {
      i: {
        profileId,
        title: `Validation ${run}`,
        sectionIds: [sectionId],
        participantOrganizationIds: [organizationId],
        requiredSignatoryOrganizationIds: [organizationId],
        closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      },
    },
    token,
  );

  await signIn(page, DEMO.coordinator);
  await mainNav(page).getByRole('link', { name: 'Releases' }).click();
  await page.getByRole('combobox', { name: 'Profile' }).selectOption({ label: `${title} (2025)` });
  const blockers = page.getByRole('list', { name: 'What blocks a release' });
  await expect(blockers.getByRole('link', { name: '1 Summary is not approved at its current revision (in review)' })).toHaveAttribute(
    'href',
    `/profiles/${profileId}/sections/${sectionId}`,
  );
  await expect(blockers.getByRole('link', { name: `${membership.organization.acronym} has not signed off 1 Summary` })).toBeVisible();

  // Clearing it: the coordinator's organisation approves the section (the review screen's job; through the API here).
  await must(request, `mutation($i: SignOffInput!) { signOff(input: $i) { id } }`, { i: { sectionId, revisionId, decision: 'APPROVE' } }, token);
  await page.reload();
  await expect(page.getByText('Ready for release')).toBeVisible();

  const prepare = page.getByRole('form', { name: 'Prepare a release' });
  await prepare.getByLabel('Version').fill('1.0');
  await prepare.getByLabel('Release notes').fill('First release of the journey profile.');
  await prepare.getByRole('button', { name: 'Prepare release' }).click();
  const candidate = page.getByRole('region', { name: 'Release 1.0' });
  await expect(candidate.getByText('Candidate')).toBeVisible();
  await expect(candidate.getByRole('table', { name: 'Frozen sections' })).toContainText('1 Summary');
  await expect(candidate.getByRole('table', { name: 'Frozen sections' })).toContainText('Revision 1');

  await candidate.getByRole('button', { name: 'Publish' }).click();
  const confirm = page.getByRole('dialog', { name: 'Publish release 1.0?' });
  await confirm.getByRole('button', { name: 'Publish' }).click();
  await expect(candidate.getByText('Published', { exact: true })).toBeVisible();
  await expect(candidate.getByRole('button', { name: 'Withdraw' })).toBeVisible();

  // Published: anyone reads it without signing in.
  const releases = await request.post('/graphql', {
    data: { query: `{ publicReleases(countryCode: "XN") { version profileTitle status } }` },
  });
  const listed = ((await releases.json()) as { data: { publicReleases: Array<{ version: string; profileTitle: string; status: string }> } }).data.publicReleases;
  expect(listed).toContainEqual({ version: '1.0', profileTitle: title, status: 'PUBLISHED' });
});
