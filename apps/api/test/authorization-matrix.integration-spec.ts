import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import { RefreshTokenEntity, SessionEntity } from '@mps/api-iam';
import type { OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { OPERATIONS, OperationEntry, OperationRule, Role, ROLE_PERMISSIONS } from '@mps/shared-domain';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * The authorization matrix: every root operation of the served schema x every
 * kind of caller. The expected outcome is computed from OPERATIONS and
 * ROLE_PERMISSIONS (libs/shared/domain), the one statement of "who may do what";
 * the API must agree with it exactly.
 *
 * Adding an operation to the schema without a row in CALLS (below) or an entry
 * in OPERATIONS fails this file. To add a row: give a valid invocation that
 * succeeds for an admitted caller; build fresh targets per call for mutations
 * that change state (every case calls it again).
 *
 * "Allowed" means: no UNAUTHENTICATED / FORBIDDEN / NOT_FOUND. This suite is
 * stricter still: an admitted call must succeed outright, which proves each
 * CALLS row is a real invocation rather than one that fails validation first.
 *
 * Public operations: login answers UNAUTHENTICATED for bad credentials and
 * refreshSession for a bad token *by design* (that is the resolver speaking,
 * not the guard). So they are called here with good credentials / a fresh
 * refresh token: every caller, signed in or not, must then reach the resolver
 * and succeed.
 *
 * Object-level rules that roles alone do not decide (e.g. a focal point may
 * save only sections assigned to their own organisation) go in OVERRIDES, each
 * with its reason; the two focal-point callers exist for those.
 */

// ---------------------------------------------------------------- callers

type CallerKey =
  | 'anonymous'
  | 'admin'
  | 'coordinator'
  | 'focalAssigned'
  | 'focalOther'
  | 'contributor'
  | 'observer'
  | 'outsider';

interface Caller {
  key: CallerKey;
  label: string;
  /** Role in the workspace under test; null when not a member of it. */
  role: Role | null;
  isPlatformAdmin: boolean;
  signedIn: boolean;
}

const CALLERS: readonly Caller[] = [
  { key: 'anonymous', label: 'anonymous', role: null, isPlatformAdmin: false, signedIn: false },
  { key: 'admin', label: 'platform admin', role: null, isPlatformAdmin: true, signedIn: true },
  { key: 'coordinator', label: 'coordinator', role: 'COORDINATOR', isPlatformAdmin: false, signedIn: true },
  { key: 'focalAssigned', label: 'focal point (assigned org)', role: 'FOCAL_POINT', isPlatformAdmin: false, signedIn: true },
  { key: 'focalOther', label: 'focal point (other org)', role: 'FOCAL_POINT', isPlatformAdmin: false, signedIn: true },
  { key: 'contributor', label: 'contributor', role: 'CONTRIBUTOR', isPlatformAdmin: false, signedIn: true },
  { key: 'observer', label: 'observer', role: 'OBSERVER', isPlatformAdmin: false, signedIn: true },
  // A coordinator elsewhere: the strongest role, in the wrong workspace.
  { key: 'outsider', label: 'member of another workspace', role: null, isPlatformAdmin: false, signedIn: true },
];

// ---------------------------------------------------------------- expected outcomes

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const DENIAL_CODES: readonly string[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

export function expectedOutcome(rule: OperationRule, caller: Caller): Outcome {
  switch (rule.access) {
    case 'public':
      return 'allowed';
    case 'authenticated':
      return caller.signedIn ? 'allowed' : 'UNAUTHENTICATED';
    case 'platform-admin':
      if (!caller.signedIn) return 'UNAUTHENTICATED';
      return caller.isPlatformAdmin ? 'allowed' : 'FORBIDDEN';
    case 'workspace': {
      if (!caller.signedIn) return 'UNAUTHENTICATED';
      if (caller.role === null) return caller.isPlatformAdmin && rule.platformAdmin === true ? 'allowed' : 'NOT_FOUND';
      const permissions = ROLE_PERMISSIONS[caller.role];
      if (rule.anyOf.some((p) => permissions.includes(p))) return 'allowed';
      return caller.isPlatformAdmin && rule.platformAdmin === true ? 'allowed' : 'FORBIDDEN';
    }
  }
}

/** Object-level exceptions to the role table: `${operation}/${caller}` -> outcome, with the reason. */
const OVERRIDES: Partial<Record<string, { outcome: Outcome; reason: string }>> = {
  'recordDataPoint/focalOther': {
    outcome: 'FORBIDDEN',
    reason: "Focal points enter figures for their own organisation only; the row records one for the assigned organisation",
  },
  // --- invitations answer only the owner of the invited e-mail (accounts.integration-spec.ts shows them succeed)
  ...Object.fromEntries(
    ['acceptMyInvitation', 'declineMyInvitation'].flatMap((op) =>
      CALLERS.filter((c) => c.signedIn).map((c) => [
        `${op}/${c.key}`,
        {
          outcome: 'NOT_FOUND' as const,
          reason: "An invitation is answered only by the owner of the e-mail it was sent to: to everyone else it does not exist",
        },
      ]),
    ),
  ),
  ...Object.fromEntries(
    ['section', 'revision', 'diffRevisions'].map((op) => [
      `${op}/contributor`,
      {
        outcome: 'NOT_FOUND' as const,
        reason:
          'Contributors read only sections of review cycles their organisation participates in; this world has no review cycle, ' +
          'so the section is unknown to them',
      },
    ]),
  ),
  ...Object.fromEntries(
    ['saveSection', 'restoreRevision'].map((op) => [
      `${op}/focalOther`,
      {
        outcome: 'FORBIDDEN' as const,
        reason: 'A focal point saves only sections assigned to their own organisation (section:edit-assigned)',
      },
    ]),
  ),
  // --- tasks
  'createTask/focalOther': {
    outcome: 'FORBIDDEN',
    reason: "A focal point creates tasks only for their own organisation or its members (task:create-own); the task is for the assigned organisation",
  },
  'setTaskStatus/focalOther': { outcome: 'FORBIDDEN', reason: "The task is the assigned organisation's: only its members and coordinators change it" },
  'setTaskStatus/contributor': { outcome: 'FORBIDDEN', reason: "The task is the assigned organisation's: only its members and coordinators change it" },
  // --- comments
  ...Object.fromEntries(
    ['addComment', 'resolveComment'].map((op) => [
      `${op}/contributor`,
      { outcome: 'NOT_FOUND' as const, reason: "The world's section is in no review cycle: it does not exist for contributors" },
    ]),
  ),
  ...Object.fromEntries(
    ['resolveComment', 'declineSuggestion', 'setCommentDisposition'].map((op) => [
      `${op}/focalOther`,
      {
        outcome: 'FORBIDDEN' as const,
        reason: "Threads are resolved by their author, the section's focal points and coordinators; answered by who may save the section",
      },
    ]),
  ),
  // --- notifications: each person's own
  ...Object.fromEntries(
    ['admin', 'focalAssigned', 'focalOther', 'contributor', 'observer', 'outsider'].map((caller) => [
      `markNotificationRead/${caller}`,
      { outcome: 'NOT_FOUND' as const, reason: "The notification is the coordinator's: anyone else's notification does not exist for them" },
    ]),
  ),
};

// ---------------------------------------------------------------- the world the calls act on

interface World {
  t: TestApp;
  fx: Fixtures;
  ws: WorkspaceEntity;
  assignedOrg: OrganizationEntity;
  otherOrg: OrganizationEntity;
  civilOrg: OrganizationEntity;
  profileId: string;
  /** A section of the profile assigned to assignedOrg, with two revisions. */
  sectionId: string;
  revisionIds: [string, string];
  /** A non-member who signs in through the login row. */
  loginUser: UserEntity;
  coordinatorToken: string;
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

const uniq = () => randomUUID().slice(0, 8);

/** A pending invitation of the world's workspace to `email`, and the token of its link (written directly: no mail). */
async function pendingInvitation(w: World, email: string): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await w.t.dataSource.query(
    `INSERT INTO memberships (workspace_id, organization_id, role, status, invited_email, invited_display_name, invitation_token_hash,
                              invitation_expires_at, invitation_sent_at, invitation_send_count)
     VALUES ($1, $2, 'OBSERVER', 'INVITED', $3, 'Invited Person', $4, now() + interval '14 days', now(), 1) RETURNING id`,
    [w.ws.id, w.otherOrg.id, email, createHash('sha256').update(token).digest('hex')],
  );
  return { id: row.id, token };
}

/** A live session with a refresh token, written directly (no password hashing per call). */
async function freshRefreshToken(w: World): Promise<string> {
  const user = await w.fx.user();
  const session = await w.t.dataSource.getRepository(SessionEntity).save({ userId: user.id });
  const token = randomBytes(32).toString('base64url');
  await w.t.dataSource.getRepository(RefreshTokenEntity).insert({
    sessionId: session.id,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    expiresAt: new Date(Date.now() + 60 * 60 * 1000),
  });
  return token;
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Arranges through the API as the coordinator; throws when that fails (the arrangement, not the case, is broken). */
async function asCoordinator<T = Record<string, any>>(w: World, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await w.t.gql<T>(query, variables, w.coordinatorToken);
  if (!res.data || res.errors) throw new Error(`Arrangement failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

let sectionCounter = 0;
/** A fresh top-level section of the world's profile, assigned to assignedOrg. */
async function freshSection(w: World): Promise<string> {
  const [row] = await w.t.dataSource.query(
    `INSERT INTO sections (profile_id, parent_id, title, position) VALUES ($1, NULL, $2, $3) RETURNING id`,
    [w.profileId, `Matrix section ${uniq()}`, 1000 + sectionCounter++],
  );
  await w.t.dataSource.query(`INSERT INTO section_assignments (section_id, organization_id) VALUES ($1, $2)`, [
    row.id,
    w.assignedOrg.id,
  ]);
  return row.id as string;
}

const SAVE = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`;
async function saveAsCoordinator(w: World, sectionId: string, baseRevisionId: string | null, text: string): Promise<string> {
  const data = await asCoordinator<{ saveSection: { id: string } }>(w, SAVE, {
    input: { sectionId, baseRevisionId, content: doc(text) },
  });
  return data.saveSection.id;
}

/** A fresh profile of the world's workspace whose one section has text and is APPROVED: the release gate is met. */
async function freshReadyProfile(w: World): Promise<string> {
  const data = await asCoordinator<{ createProfile: { id: string } }>(
    w,
    `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
    { input: { workspaceId: w.ws.id, title: `Release ${uniq()}`, edition: '2025' } },
  );
  const profileId = data.createProfile.id;
  const [row] = await w.t.dataSource.query(
    `INSERT INTO sections (profile_id, parent_id, title, position) VALUES ($1, NULL, 'Summary', 0) RETURNING id`,
    [profileId],
  );
  await saveAsCoordinator(w, row.id, null, 'Approved words.');
  // Approval is the reviews domain's business; written directly to arrange a met gate.
  await w.t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE id = $1`, [row.id]);
  return profileId;
}

const PREPARE = `mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`;
async function freshCandidate(w: World): Promise<string> {
  const data = await asCoordinator<{ prepareRelease: { id: string } }>(w, PREPARE, {
    input: { profileId: await freshReadyProfile(w), version: '1.0' },
  });
  return data.prepareRelease.id;
}
async function freshPublished(w: World): Promise<string> {
  const id = await freshCandidate(w);
  await asCoordinator(w, `mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id });
  return id;
}

const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
/** A new thread on the section's current revision, written by the coordinator. */
async function commentAsCoordinator(w: World, sectionId: string, fields: Record<string, unknown>): Promise<string> {
  const [row] = await w.t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
  const data = await asCoordinator<{ addComment: { id: string } }>(w, ADD_COMMENT, {
    input: { sectionId, revisionId: row.current_revision_id, body: 'Matrix thread.', ...fields },
  });
  return data.addComment.id;
}
/**
 * A fresh section with a revision, in a fresh open review cycle in which every organisation of the world takes part
 * (the contributor's civil-society organisation as participant) and signs, so that every role the table admits can
 * act on it.
 */
async function freshCycle(w: World): Promise<{ cycleId: string; sectionId: string; revisionId: string }> {
  const sectionId = await freshSection(w);
  const revisionId = await saveAsCoordinator(w, sectionId, null, 'Under review.');
  const organizations = [w.assignedOrg.id, w.otherOrg.id, w.civilOrg.id];
  const data = await asCoordinator<{ openReviewCycle: { id: string } }>(w, OPEN_REVIEW_CYCLE, {
    input: cycleInput(w, sectionId, organizations),
  });
  return { cycleId: data.openReviewCycle.id, sectionId, revisionId };
}
const OPEN_REVIEW_CYCLE = `mutation($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id status } }`;
const cycleInput = (w: World, sectionId: string, organizations: string[]) => ({
  profileId: w.profileId,
  title: `Matrix cycle ${uniq()}`,
  sectionIds: [sectionId],
  participantOrganizationIds: organizations,
  requiredSignatoryOrganizationIds: organizations,
  closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
});

/** One valid invocation per root operation. */
/** The world's workspace made regional (nothing else in the matrix depends on its kind), for the member-list rows. */
async function regionalWorld(w: World): Promise<void> {
  await w.t.dataSource.query(`UPDATE workspaces SET kind = 'REGIONAL' WHERE id = $1`, [w.ws.id]);
}
/** A national workspace with a published release (written directly: only its being published matters here). */
async function publishedCountry(w: World): Promise<string> {
  const ws = await w.fx.workspace();
  const user = await w.fx.user();
  const [profile] = await w.t.dataSource.query(`INSERT INTO profiles (workspace_id, title, edition) VALUES ($1, 'Country profile', '2025') RETURNING id`, [ws.id]);
  const [release] = await w.t.dataSource.query(
    `INSERT INTO releases (profile_id, workspace_id, version, prepared_by_id) VALUES ($1, $2, '1.0', $3) RETURNING id`,
    [profile.id, ws.id, user.id],
  );
  await w.t.dataSource.query(
    `INSERT INTO release_frames (release_id, title, edition, workspace_name, organizations, headings) VALUES ($1, 'Country profile', '2025', $2, '[]', '[]')`,
    [release.id, ws.name],
  );
  await w.t.dataSource.query(`UPDATE releases SET status = 'PUBLISHED', published_by_id = $2, published_at = now() WHERE id = $1`, [release.id, user.id]);
  return ws.id;
}
const ADD_REGIONAL_MEMBER = `mutation($w: ID!, $m: ID!) { addRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId } }`;

/** A fresh indicator of the world's workspace (created by its coordinator). */
async function matrixIndicator(w: World): Promise<string> {
  const created = await asCoordinator<{ createIndicator: { id: string } }>(w, `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, {
    input: { workspaceId: w.ws.id, code: `MX.${uniq().toUpperCase()}`, name: 'Matrix indicator', unit: 'persons', definition: 'For the matrix.', gmgPart: 'II' },
  });
  return created.createIndicator.id;
}

const matrixFigure = (indicatorId: string, organizationId: string, value: number) => ({
  indicatorId,
  organizationId,
  period: '2020',
  value,
  sourceType: 'CENSUS',
  sourceName: 'Census 2020',
  comparability: 'COMPARABLE',
});

/** A one-row data file for a fresh indicator; without an organisation column each row is the caller's organisation's. */
async function matrixFile(w: World): Promise<{ workspaceId: string; fileName: string; contentBase64: string }> {
  const created = await asCoordinator<{ indicator: { code: string } }>(w, `query($id: ID!) { indicator(id: $id) { code } }`, { id: await matrixIndicator(w) });
  const csv = `indicator_code,period,value,source_type,source_name,comparability\n${created.indicator.code},2020,100,census,Census 2020,comparable\n`;
  return { workspaceId: w.ws.id, fileName: 'figures.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

const CALLS: Record<string, (w: World) => Call | Promise<Call>> = {
  // --- Query
  me: () => ({ query: `{ me { id memberships { id } } }` }),
  workspaces: () => ({ query: `{ workspaces { id } }` }),
  workspace: (w) => ({
    query: `query($id: ID!) { workspace(id: $id) { id myRole organizations { id } members { id user { id } } profiles { id } } }`,
    variables: { id: w.ws.id },
  }),
  profile: (w) => ({
    query: `query($id: ID!) { profile(id: $id) { id workspace { id } sections { id number assignedOrganizations { id } } } }`,
    variables: { id: w.profileId },
  }),
  auditLog: (w) => ({
    query: `query($id: ID!) { auditLog(workspaceId: $id, first: 5) { edges { node { id action actor { id } } } pageInfo { hasNextPage } } }`,
    variables: { id: w.ws.id },
  }),
  auditChainStatus: (w) => ({
    query: `query($id: ID!) { auditChainStatus(workspaceId: $id) { ok events } }`,
    variables: { id: w.ws.id },
  }),
  // --- Mutation: sessions (public)
  login: (w) => ({
    query: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id } } }`,
    variables: { email: w.loginUser.email, password: FIXTURE_PASSWORD },
  }),
  refreshSession: async (w) => ({
    query: `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`,
    variables: { token: await freshRefreshToken(w) },
  }),
  logout: async (w) => ({
    query: `mutation($token: String!) { logout(refreshToken: $token) }`,
    variables: { token: await freshRefreshToken(w) },
  }),
  // --- accounts people manage themselves (public or authenticated)
  changePassword: () => ({
    // The caller's own password, kept as it is: every signed-in caller may change theirs, and the world stays the same.
    query: `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
    variables: { c: FIXTURE_PASSWORD, n: FIXTURE_PASSWORD },
  }),
  setMyLocale: () => ({
    // The caller's own language: every signed-in caller may choose theirs.
    query: `mutation($l: String!) { setMyLocale(locale: $l) { id locale } }`,
    variables: { l: 'fr' },
  }),
  requestPasswordReset: async (w) => ({
    query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    variables: { e: (await w.fx.user()).email },
  }),
  resetPassword: async (w) => {
    const user = await w.fx.user();
    const token = randomBytes(32).toString('base64url');
    await w.t.dataSource.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')`,
      [user.id, createHash('sha256').update(token).digest('hex')],
    );
    return { query: `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, variables: { t: token, p: 'a-brand-new-password' } };
  },
  invitation: async (w) => ({
    query: `query($t: String!) { invitation(token: $t) { id workspaceName } }`,
    variables: { t: (await pendingInvitation(w, `preview-${uniq()}@example.test`)).token },
  }),
  acceptInvitation: async (w) => ({
    query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    variables: {
      input: { token: (await pendingInvitation(w, `accept-${uniq()}@example.test`)).token, displayName: 'Accepting', password: 'a-long-enough-password' },
    },
  }),
  myInvitations: () => ({ query: `{ myInvitations { id } }` }),
  acceptMyInvitation: async (w) => ({
    query: `mutation($id: ID!) { acceptMyInvitation(membershipId: $id) { id } }`,
    variables: { id: (await pendingInvitation(w, `nobody-${uniq()}@example.test`)).id },
  }),
  declineMyInvitation: async (w) => ({
    query: `mutation($id: ID!) { declineMyInvitation(membershipId: $id) }`,
    variables: { id: (await pendingInvitation(w, `nobody-${uniq()}@example.test`)).id },
  }),
  resendInvitation: async (w) => {
    const { id } = await pendingInvitation(w, `resend-${uniq()}@example.test`);
    await w.t.dataSource.query(`UPDATE memberships SET invitation_sent_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    return { query: `mutation($id: ID!) { resendInvitation(membershipId: $id) { id } }`, variables: { id } };
  },
  cancelInvitation: async (w) => ({
    query: `mutation($id: ID!) { cancelInvitation(membershipId: $id) { id } }`,
    variables: { id: (await pendingInvitation(w, `cancel-${uniq()}@example.test`)).id },
  }),
  // --- Mutation: workspaces, organisations, members
  createWorkspace: () => ({
    query: `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
    variables: { input: { name: `Matrix ${uniq()}`, slug: `matrix-${uniq()}`, kind: 'REGIONAL' } },
  }),
  createOrganization: (w) => ({
    query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    variables: { input: { workspaceId: w.ws.id, name: `Org ${uniq()}`, kind: 'ACADEMIA' } },
  }),
  renameOrganization: async (w) => ({
    query: `mutation($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }`,
    variables: { id: (await w.fx.organization(w.ws.id)).id, name: `Renamed ${uniq()}` },
  }),
  addMember: async (w) => ({
    query: `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`,
    variables: {
      input: {
        workspaceId: w.ws.id,
        organizationId: w.otherOrg.id,
        // An existing account: no password hashing per call.
        email: (await w.fx.user()).email,
        displayName: 'Matrix Member',
        role: 'OBSERVER',
      },
    },
  }),
  updateMember: async (w) => ({
    query: `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id role } }`,
    variables: {
      input: { membershipId: (await w.fx.member(w.ws.id, w.otherOrg.id, 'OBSERVER')).membership.id, role: 'CONTRIBUTOR' },
    },
  }),
  deactivateMember: async (w) => ({
    query: `mutation($id: ID!) { deactivateMember(membershipId: $id) { id } }`,
    variables: { id: (await w.fx.member(w.ws.id, w.otherOrg.id, 'OBSERVER')).membership.id },
  }),
  // --- Mutation: profiles and their outline
  createProfile: (w) => ({
    query: `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
    variables: { input: { workspaceId: w.ws.id, title: `Profile ${uniq()}`, edition: '2025' } },
  }),
  addSection: (w) => ({
    query: `mutation($input: AddSectionInput!) { addSection(input: $input) { id number } }`,
    variables: { input: { profileId: w.profileId, title: `Added ${uniq()}` } },
  }),
  renameSection: async (w) => ({
    query: `mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id title } }`,
    variables: { id: await freshSection(w), title: `Renamed ${uniq()}` },
  }),
  moveSection: async (w) => ({
    query: `mutation($input: MoveSectionInput!) { moveSection(input: $input) { id position } }`,
    variables: { input: { sectionId: await freshSection(w), parentId: null, position: 0 } },
  }),
  archiveSection: async (w) => ({
    query: `mutation($id: ID!) { archiveSection(id: $id) { id archived } }`,
    variables: { id: await freshSection(w) },
  }),
  assignSection: async (w) => ({
    query: `mutation($id: ID!, $orgs: [ID!]!) { assignSection(sectionId: $id, organizationIds: $orgs) { id assignedOrganizations { id } } }`,
    variables: { id: await freshSection(w), orgs: [w.assignedOrg.id, w.otherOrg.id] },
  }),
  // --- sections, revisions and diffs
  section: (w) => ({
    query: `query($id: ID!) { section(id: $id) { id number canEdit profile { id } currentRevision { id } revisions { id author { id } } assignedOrganizations { id } } }`,
    variables: { id: w.sectionId },
  }),
  revision: (w) => ({
    query: `query($id: ID!) { revision(id: $id) { id number text html author { id } section { id } } }`,
    variables: { id: w.revisionIds[0] },
  }),
  diffRevisions: (w) => ({
    query: `query($from: ID!, $to: ID!) { diffRevisions(fromId: $from, toId: $to) { from { id } to { id } hunks { op text } } }`,
    variables: { from: w.revisionIds[0], to: w.revisionIds[1] },
  }),
  saveSection: async (w) => ({
    query: SAVE,
    variables: { input: { sectionId: await freshSection(w), baseRevisionId: null, content: doc('A first draft.') } },
  }),
  restoreRevision: async (w) => {
    const sectionId = await freshSection(w);
    const first = await saveAsCoordinator(w, sectionId, null, 'First words.');
    const second = await saveAsCoordinator(w, sectionId, first, 'Second words.');
    return {
      query: `mutation($s: ID!, $r: ID!, $b: ID!) { restoreRevision(sectionId: $s, revisionId: $r, baseRevisionId: $b) { id number } }`,
      variables: { s: sectionId, r: first, b: second },
    };
  },
  // --- tasks and My work
  myTasks: () => ({ query: `{ myTasks { id status overdue } }` }),
  myWork: (w) => ({
    query: `query($w: ID!) { myWork(workspaceId: $w) { role tasks { id } sections { id } signOffsDue { section { id } } threadsAwaitingReply { id } closingCycles { id } } }`,
    variables: { w: w.ws.id },
  }),
  createTask: (w) => ({
    query: `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
    variables: { input: { profileId: w.profileId, title: `Matrix task ${uniq()}`, assigneeOrganizationId: w.assignedOrg.id } },
  }),
  setTaskStatus: async (w) => {
    const created = await asCoordinator<{ createTask: { id: string } }>(w, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { profileId: w.profileId, title: `Matrix task ${uniq()}`, assigneeOrganizationId: w.assignedOrg.id },
    });
    return { query: `mutation($id: ID!) { setTaskStatus(id: $id, status: DONE) { id status } }`, variables: { id: created.createTask.id } };
  },
  // --- indicators and their data
  indicators: (w) => ({ query: `query($w: ID!) { indicators(workspaceId: $w) { id code } }`, variables: { w: w.ws.id } }),
  indicator: async (w) => ({ query: `query($id: ID!) { indicator(id: $id) { id code } }`, variables: { id: await matrixIndicator(w) } }),
  indicatorCatalogueVersions: (w) => ({
    query: `query($w: ID!) { indicatorCatalogueVersions(workspaceId: $w) { id } }`,
    variables: { w: w.ws.id },
  }),
  differingFigures: (w) => ({ query: `query($w: ID!) { differingFigures(workspaceId: $w) { indicatorId } }`, variables: { w: w.ws.id } }),
  indicatorSeries: async (w) => ({
    query: `query($id: ID!) { indicatorSeries(indicatorId: $id) { points { period } } }`,
    variables: { id: await matrixIndicator(w) },
  }),
  profileIndicatorFigures: (w) => ({
    query: `query($p: ID!, $codes: [String!]!) { profileIndicatorFigures(profileId: $p, codes: $codes) { indicatorCode value } }`,
    variables: { p: w.profileId, codes: ['MATRIX.STOCK'] },
  }),
  indicatorImportPreview: async (w) => ({
    query: `query($input: IndicatorDataFileInput!) { indicatorImportPreview(input: $input) { addCount problemCount } }`,
    variables: { input: await matrixFile(w) },
  }),
  importIndicatorData: async (w) => ({
    query: `mutation($input: IndicatorDataFileInput!) { importIndicatorData(input: $input) { id addedCount } }`,
    variables: { input: await matrixFile(w) },
  }),
  createIndicator: (w) => ({
    query: `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
    variables: { input: { workspaceId: w.ws.id, code: `MX.${uniq().toUpperCase()}`, name: 'Matrix indicator', unit: 'persons', definition: 'For the matrix.', gmgPart: 'II' } },
  }),
  updateIndicator: async (w) => ({
    query: `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { id } }`,
    variables: { id: await matrixIndicator(w), input: { name: 'Matrix indicator (renamed)', unit: 'persons', definition: 'For the matrix.', gmgPart: 'II' } },
  }),
  adoptIndicatorCatalogue: (w) => ({
    query: `mutation($input: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $input) { id } }`,
    variables: { input: { workspaceId: w.ws.id, decision: `TWG meeting ${uniq()}`, adoptedOn: '2026-11-30' } },
  }),
  followCatalogueVersion: async (w) => {
    const adopted = await asCoordinator<{ adoptIndicatorCatalogue: { id: string } }>(
      w,
      `mutation($input: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $input) { id } }`,
      { input: { workspaceId: w.ws.id, decision: `TWG meeting ${uniq()}`, adoptedOn: '2026-11-30' } },
    );
    return {
      query: `mutation($v: ID!, $p: ID!) { followCatalogueVersion(catalogueVersionId: $v, profileId: $p) { id } }`,
      variables: { v: adopted.adoptIndicatorCatalogue.id, p: w.profileId },
    };
  },
  recordDataPoint: async (w) => ({
    query: `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id } }`,
    variables: { input: matrixFigure(await matrixIndicator(w), w.assignedOrg.id, 100) },
  }),
  resolveDifferingFigures: async (w) => {
    const indicatorId = await matrixIndicator(w);
    const record = `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id } }`;
    await asCoordinator(w, record, { input: matrixFigure(indicatorId, w.assignedOrg.id, 100) });
    await asCoordinator(w, record, { input: matrixFigure(indicatorId, w.otherOrg.id, 120) });
    return {
      query: `mutation($input: ResolveDifferingFiguresInput!) { resolveDifferingFigures(input: $input) { indicatorId } }`,
      variables: { input: { indicatorId, period: '2020', footnote: 'The ministries count differently.' } },
    };
  },
  // --- regional workspaces
  regionalMembers: (w) => ({ query: `query($w: ID!) { regionalMembers(workspaceId: $w) { workspaceId } }`, variables: { w: w.ws.id } }),
  regionalMemberCandidates: (w) => ({ query: `query($w: ID!) { regionalMemberCandidates(workspaceId: $w) { workspaceId } }`, variables: { w: w.ws.id } }),
  regionalComparison: (w) => ({
    query: `query($w: ID!) { regionalComparison(workspaceId: $w, indicatorCodes: ["IMM.STOCK"]) { periods cells { flags } } }`,
    variables: { w: w.ws.id },
  }),
  addRegionalMember: async (w) => {
    await regionalWorld(w);
    return { query: ADD_REGIONAL_MEMBER, variables: { w: w.ws.id, m: await publishedCountry(w) } };
  },
  removeRegionalMember: async (w) => {
    await regionalWorld(w);
    const m = await publishedCountry(w);
    await asCoordinator(w, ADD_REGIONAL_MEMBER, { w: w.ws.id, m });
    return { query: `mutation($w: ID!, $m: ID!) { removeRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId } }`, variables: { w: w.ws.id, m } };
  },
  // --- releases and editions
  releaseReadiness: (w) => ({
    query: `query($id: ID!) { releaseReadiness(profileId: $id) { ready blockers items { kind message sectionId reviewCycleId } } }`,
    variables: { id: w.profileId },
  }),
  release: async (w) => ({
    query: `query($id: ID!) { release(id: $id) { id status profile { id } preparedBy { id } sections { sectionId number title revision { id } } } }`,
    variables: { id: await freshPublished(w) },
  }),
  prepareRelease: async (w) => ({
    query: PREPARE,
    variables: { input: { profileId: await freshReadyProfile(w), version: '2025.1' } },
  }),
  publishRelease: async (w) => ({
    query: `mutation($id: ID!) { publishRelease(id: $id) { id status } }`,
    variables: { id: await freshCandidate(w) },
  }),
  withdrawRelease: async (w) => ({
    query: `mutation($id: ID!) { withdrawRelease(id: $id, reason: "Corrected figures follow") { id status } }`,
    variables: { id: await freshPublished(w) },
  }),
  startNextEdition: async (w) => ({
    query: `mutation($input: StartNextEditionInput!) { startNextEdition(input: $input) { id } }`,
    variables: { input: { releaseId: await freshPublished(w), title: 'Next', edition: '2026' } },
  }),
  publicReleases: () => ({ query: `{ publicReleases(countryCode: "XN") { id version status profileTitle edition } }` }),
  publicRelease: async (w) => ({
    query: `query($id: ID!) { publicRelease(id: $id) { id version status profileTitle sections { sectionId number title html } } }`,
    variables: { id: await freshPublished(w) },
  }),
  // --- comments (no cycle holds the world's section: coordinators' and focal points' comments are internal)
  addComment: (w) => ({
    query: `mutation($input: AddCommentInput!) { addComment(input: $input) { id internal } }`,
    variables: { input: { sectionId: w.sectionId, revisionId: w.revisionIds[1], body: 'A matrix comment.' } },
  }),
  resolveComment: async (w) => ({
    query: `mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id resolved } }`,
    variables: { id: await commentAsCoordinator(w, w.sectionId, {}) },
  }),
  declineSuggestion: async (w) => ({
    query: `mutation($id: ID!, $reason: String!) { declineSuggestion(commentId: $id, reason: $reason) { id suggestion { status } } }`,
    variables: {
      reason: 'Not this time.',
      id: await commentAsCoordinator(w, w.sectionId, { anchor: { start: 0, end: 11, quote: 'Immigration' }, suggestion: 'Immigration to Norland' }),
    },
  }),
  setCommentDisposition: async (w) => {
    // A disposition needs a comment of a cycle by an organisation taking part: a fresh section in a fresh cycle.
    const sectionId = await freshSection(w);
    await saveAsCoordinator(w, sectionId, null, 'Words to comment on.');
    const [cycle] = await w.t.dataSource.query(
      `INSERT INTO review_cycles (profile_id, workspace_id, title, closes_at, opened_by_id)
       SELECT $1, $2, 'Matrix cycle', now() + interval '7 days', user_id FROM memberships WHERE workspace_id = $2 AND role = 'COORDINATOR' LIMIT 1
       RETURNING id`,
      [w.profileId, w.ws.id],
    );
    await w.t.dataSource.query('INSERT INTO review_cycle_sections (review_cycle_id, section_id) VALUES ($1, $2)', [cycle.id, sectionId]);
    await w.t.dataSource.query(
      'INSERT INTO review_cycle_organizations (review_cycle_id, organization_id, participant, required_signatory) VALUES ($1, $2, true, false)',
      [cycle.id, w.assignedOrg.id],
    );
    return {
      query: `mutation($input: SetCommentDispositionInput!) { setCommentDisposition(input: $input) { id disposition { value } } }`,
      variables: { input: { commentId: await commentAsCoordinator(w, sectionId, { reviewCycleId: cycle.id }), disposition: 'ACCEPTED', reason: 'Taken.' } },
    };
  },
  // --- review cycles and sign-offs
  reviewCycle: async (w) => ({
    query: `query($id: ID!) { reviewCycle(id: $id) { id status canComment profile { id } sections { id number } participants { id }
      requiredSignatories { id } openedBy { id } closedBy { id } progress { sections signOffsExpected } } }`,
    variables: { id: (await freshCycle(w)).cycleId },
  }),
  openReviewCycle: async (w) => ({
    query: OPEN_REVIEW_CYCLE,
    variables: { input: cycleInput(w, await freshSection(w), [w.civilOrg.id]) },
  }),
  closeReviewCycle: async (w) => ({
    query: `mutation($id: ID!) { closeReviewCycle(id: $id) { id status closedBy { id } } }`,
    variables: { id: (await freshCycle(w)).cycleId },
  }),
  signOff: async (w) => {
    const { sectionId, revisionId } = await freshCycle(w);
    return {
      query: `mutation($input: SignOffInput!) { signOff(input: $input) { id decision stale organization { id } section { id status } } }`,
      variables: { input: { sectionId, revisionId, decision: 'APPROVE', note: null } },
    };
  },
  // --- notifications (authenticated: each caller's own)
  notifications: () => ({ query: `{ notifications(first: 5) { nodes { id kind link actor { id } } hasNextPage } }` }),
  unreadNotificationCount: () => ({ query: `{ unreadNotificationCount }` }),
  notificationPreferences: () => ({ query: `{ notificationPreferences { email } }` }),
  updateNotificationPreferences: () => ({ query: `mutation { updateNotificationPreferences(email: IMMEDIATE) { email } }` }),
  markAllNotificationsRead: () => ({ query: `mutation { markAllNotificationsRead }` }),
  markNotificationRead: async (w) => {
    // A notification of the coordinator's (written directly: this world makes none through the dispatcher).
    const me = await w.t.gql(`{ me { id } }`, {}, w.coordinatorToken);
    const [row] = await w.t.dataSource.query(
      `INSERT INTO notifications (recipient_id, workspace_id, kind, dedupe_key, subject_type, subject_id, title, link, email_status)
       VALUES ($1, $2, 'SECTION_ASSIGNED', $3, 'Section', $4, 'A section', '/profiles', 'NONE') RETURNING id`,
      [me.data!['me'].id, w.ws.id, `matrix:${uniq()}`, w.sectionId],
    );
    return { query: `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, variables: { id: row.id } };
  },
};

// ---------------------------------------------------------------- the schema's operations

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
type RootType = 'Query' | 'Mutation' | 'Subscription';
const ROOTS: Array<[RootType, GraphQLObjectType | null | undefined]> = [
  ['Query', schema.getQueryType()],
  ['Mutation', schema.getMutationType()],
  ['Subscription', schema.getSubscriptionType()],
];
const SCHEMA_OPERATIONS = ROOTS.flatMap(([type, root]) =>
  Object.keys(root?.getFields() ?? {}).map((name) => ({ name, type })),
);
const DECLARED = OPERATIONS as Record<string, OperationEntry>;

/** Subscriptions are not callable over POST /graphql; they still need an OPERATIONS entry. */
const CALLABLE = SCHEMA_OPERATIONS.filter((op) => op.type !== 'Subscription');

interface Case {
  name: string;
  operation: string;
  caller: Caller;
  expected: Outcome;
}

const CASES: Case[] = CALLABLE.filter((op) => DECLARED[op.name] && CALLS[op.name]).flatMap((op) =>
  CALLERS.map((caller) => {
    const expected = OVERRIDES[`${op.name}/${caller.key}`]?.outcome ?? expectedOutcome(DECLARED[op.name]!.rule, caller);
    return { name: `${op.name} as ${caller.label} -> ${expected}`, operation: op.name, caller, expected };
  }),
);

// ---------------------------------------------------------------- the tests

describe('authorization matrix', () => {
  it('covers every Query and Mutation of the schema with an OPERATIONS entry of the same type', () => {
    const missing = SCHEMA_OPERATIONS.filter((op) => !DECLARED[op.name]).map((op) => `${op.type}.${op.name}`);
    // Schema operations without an entry in OPERATIONS (libs/shared/domain/src/lib/operations.ts):
    expect(missing).toEqual([]);
    const wrongType = SCHEMA_OPERATIONS.filter((op) => DECLARED[op.name] && DECLARED[op.name]!.type !== op.type).map(
      (op) => `${op.type}.${op.name} is declared as ${DECLARED[op.name]!.type}`,
    );
    expect(wrongType).toEqual([]);
  });

  it('covers every Query and Mutation of the schema with a row in CALLS', () => {
    const missing = CALLABLE.filter((op) => !CALLS[op.name]).map((op) => `${op.type}.${op.name}`);
    // Schema operations without a row in CALLS (this file):
    expect(missing).toEqual([]);
  });

  // OPERATIONS may declare an operation before its resolver lands (the guard fails closed either way);
  // the rows of this file, though, must name served operations.
  it('has no stale rows: every CALLS row and OVERRIDES key names a served operation', () => {
    const served = new Set(SCHEMA_OPERATIONS.map((op) => op.name));
    // CALLS rows not in apps/api/schema.gql:
    expect(Object.keys(CALLS).filter((name) => !served.has(name))).toEqual([]);
    expect(Object.keys(OVERRIDES).filter((key) => !served.has(key.split('/')[0]!))).toEqual([]);
  });

  it('exercises every caller kind on every callable operation', () => {
    expect(CASES.length).toBe(CALLABLE.length * CALLERS.length);
    // Each rule kind is present, so each branch of expectedOutcome is exercised.
    const kinds = new Set(CALLABLE.map((op) => DECLARED[op.name]?.rule.access));
    expect([...kinds].sort()).toEqual(['authenticated', 'platform-admin', 'public', 'workspace']);
  });

  describe('calls', () => {
    let world: World;
    const tokens = new Map<CallerKey, string>();

    beforeAll(async () => {
      const t = await startTestApp();
      const fx = new Fixtures(t.dataSource);
      const ws = await fx.workspace();
      const assignedOrg = await fx.organization(ws.id, { kind: 'MINISTRY' });
      const otherOrg = await fx.organization(ws.id, { kind: 'GOVERNMENT_AGENCY' });
      const civilOrg = await fx.organization(ws.id, { kind: 'CIVIL_SOCIETY' });
      const otherWs = await fx.workspace();
      const otherWsOrg = await fx.organization(otherWs.id);
      const users: Record<Exclude<CallerKey, 'anonymous'>, UserEntity> = {
        admin: await fx.user({ isPlatformAdmin: true }),
        coordinator: (await fx.member(ws.id, assignedOrg.id, 'COORDINATOR')).user,
        focalAssigned: (await fx.member(ws.id, assignedOrg.id, 'FOCAL_POINT')).user,
        focalOther: (await fx.member(ws.id, otherOrg.id, 'FOCAL_POINT')).user,
        contributor: (await fx.member(ws.id, civilOrg.id, 'CONTRIBUTOR')).user,
        observer: (await fx.member(ws.id, otherOrg.id, 'OBSERVER')).user,
        outsider: (await fx.member(otherWs.id, otherWsOrg.id, 'COORDINATOR')).user,
      };
      await Promise.all(
        Object.entries(users).map(async ([key, user]) => {
          tokens.set(key as CallerKey, (await signIn(t, user.email)).accessToken);
        }),
      );
      // A profile with the standard outline; its first chapter's first section is assigned to assignedOrg.
      const created = await t.gql(
        `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id sections { id parentId } } }`,
        { input: { workspaceId: ws.id, title: 'Matrix profile', edition: '2025', templateKey: 'iom-standard' } },
        tokens.get('coordinator'),
      );
      if (!created.data?.['createProfile']) throw new Error(`createProfile failed: ${JSON.stringify(created.errors)}`);
      const profile = created.data['createProfile'] as { id: string; sections: Array<{ id: string; parentId: string | null }> };
      const section = profile.sections.find((s) => s.parentId !== null)!;
      await t.dataSource.query(`INSERT INTO section_assignments (section_id, organization_id) VALUES ($1, $2)`, [
        section.id,
        assignedOrg.id,
      ]);
      const partial = { t, fx, ws, assignedOrg, otherOrg, civilOrg, profileId: profile.id, coordinatorToken: tokens.get('coordinator')! };
      const first = await saveAsCoordinator(partial as World, section.id, null, 'Immigration grew in 2023.');
      const second = await saveAsCoordinator(partial as World, section.id, first, 'Immigration grew strongly in 2024.');
      world = { ...partial, sectionId: section.id, revisionIds: [first, second], loginUser: await fx.user() };
    }, BOOT_TIMEOUT);
    afterAll(async () => {
      await world?.t.close();
    });

    const auditCount = async () =>
      Number((await world.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n);

    it.each(CASES)('$name', async ({ operation, caller, expected }) => {
      const call = await CALLS[operation]!(world);
      const before = await auditCount();
      const res: GqlResponse = await world.t.gql(call.query, call.variables, tokens.get(caller.key));
      const codes = (res.errors ?? []).map((e) => e.extensions.code);
      if (expected === 'allowed') {
        // Not denied, and the CALLS row for the operation succeeds when admitted.
        expect(codes.filter((c) => DENIAL_CODES.includes(c))).toEqual([]);
        expect(res.errors).toBeUndefined();
        expect(res.data?.[operation]).not.toBeNull();
        expect(res.data?.[operation]).toBeDefined();
      } else {
        // With the errors beside the code, so that a failure shows what the API said.
        expect({ code: codes[0], errors: res.errors }).toEqual({ code: expected, errors: res.errors });
        expect(res.data?.[operation] ?? null).toBeNull();
        // A refused call changes nothing (every change writes an audit event).
        expect(await auditCount()).toBe(before);
      }
    });
  });
});
