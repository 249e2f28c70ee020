import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditChainRow, verifyAuditChains } from '@mps/api-core';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import { AUDIT_ACTIONS, isAuditAction } from '@mps/shared-domain';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Every change is audited (docs/domain.md rule 8): each Mutation field of apps/api/schema.gql, performed
 * successfully, leaves a new audit event naming its actor, action and subject, written by the same transaction as
 * the change itself (PostgreSQL's xmin: the audit row and the changed row carry the same transaction id). A mutation
 * without an entry here fails the test: add one to ENTRIES. Applying a suggestion is a save (`saveSection` with
 * `appliedSuggestionIds`): its `comment.suggestion-applied` event is checked on its own below.
 */

const MUTATIONS = Object.keys(
  buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8')).getMutationType()!.getFields(),
).sort();

/**
 * Mutations that change nothing worth an audit event, with the reason (docs/api.md "Audit log"). refreshSession
 * rotates the refresh token inside a session whose start (session.started) and end (session.revoked, also when a
 * reused token ends it) are both audited; a row per rotation would add one per user every few minutes and say
 * nothing about who changed what.
 */
const SESSION_ROTATION = new Set(['refreshSession']);
/**
 * Marking one's own notifications read changes only what that person has seen, not the work: a row per click in the
 * platform chain would serialise every reader for nothing (docs/adr/0012).
 */
const READING_STATE = new Set(['markNotificationRead', 'markAllNotificationsRead']);

type Who = 'admin' | 'coordinator' | 'anonymous';
interface World {
  t: TestApp;
  fx: Fixtures;
  wsId: string;
  orgId: string;
  otherOrgId: string;
  profileId: string;
  ids: { admin: string; coordinator: string };
  gql: (query: string, variables: Record<string, unknown>, who?: Who) => Promise<GqlResponse>;
}
interface Performed {
  query: string;
  variables: Record<string, unknown>;
  who: Who;
  /** Calls as this access token instead of `who` (a person of the entry's own making). */
  token?: string;
  /** The event the call must leave (a function when the actor is made by the call, e.g. a new account). */
  actorId: string | null | ((data: Record<string, any>) => string);
  action: string;
  subjectId: (data: Record<string, any>) => string;
  /** A row the change wrote (its id, in its table), to prove the event came from the same transaction. */
  changed: (data: Record<string, any>) => { table: string; where: string; id: string };
}
type Entry = (w: World) => Promise<Performed>;

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const byId = (table: string) => (id: string) => ({ table, where: 'id', id });

async function newSection(w: World): Promise<string> {
  const res = await w.gql(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, {
    input: { profileId: w.profileId, title: `Section ${uniq()}` },
  });
  return res.data!['addSection'].id;
}
async function save(w: World, sectionId: string, base: string | null, text: string): Promise<string> {
  const res = await w.gql(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, {
    input: { sectionId, baseRevisionId: base, content: doc(text) },
  });
  return res.data!['saveSection'].id;
}

const OPEN_CYCLE = `mutation($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id } }`;
const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString();

/** A section with a first revision ("A first draft.") under an open cycle in which the coordinator's organisation
 * takes part and signs; with `commented`, also a comment of the coordinator proposing wording for "first". */
async function underReview(w: World, commented = false) {
  const sectionId = await newSection(w);
  const revisionId = await save(w, sectionId, null, 'A first draft.');
  const opened = await w.gql(OPEN_CYCLE, {
    input: {
      profileId: w.profileId,
      title: `Cycle ${uniq()}`,
      sectionIds: [sectionId],
      participantOrganizationIds: [w.orgId],
      requiredSignatoryOrganizationIds: [w.orgId],
      closesAt: inAWeek(),
    },
  });
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  const cycleId: string = opened.data!['openReviewCycle'].id;
  if (!commented) return { sectionId, revisionId, cycleId, commentId: '' };
  const added = await w.gql(ADD_COMMENT, {
    input: { sectionId, revisionId, body: 'Say "initial".', anchor: { start: 2, end: 7, quote: 'first' }, suggestion: 'initial' },
  });
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  return { sectionId, revisionId, cycleId, commentId: added.data!['addComment'].id as string };
}
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** A new profile whose one section the coordinator's organisation approved: ready to release. */
async function readyProfile(w: World): Promise<string> {
  const created = await w.gql(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
    input: { workspaceId: w.wsId, title: `Profile ${uniq()}`, edition: '2026' },
  });
  const profileId: string = created.data!['createProfile'].id;
  const { sectionId, revisionId } = await underReview({ ...w, profileId });
  const signed = await w.gql(`mutation($input: SignOffInput!) { signOff(input: $input) { id } }`, {
    input: { sectionId, revisionId, decision: 'APPROVE' },
  });
  if (signed.errors) throw new Error(JSON.stringify(signed.errors));
  return profileId;
}
async function release(w: World, state: 'CANDIDATE' | 'PUBLISHED'): Promise<string> {
  const prepared = await w.gql(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, {
    input: { profileId: await readyProfile(w), version: '1.0' },
  });
  if (prepared.errors) throw new Error(JSON.stringify(prepared.errors));
  const id: string = prepared.data!['prepareRelease'].id;
  if (state === 'PUBLISHED') await w.gql(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id });
  return id;
}

/** A pending invitation of the world's workspace to `email`, with the token of its link (made here: no mail is read). */
async function pendingInvitation(w: World, email: string): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await w.t.dataSource.query(
    `INSERT INTO memberships (workspace_id, organization_id, role, status, invited_email, invited_display_name, invitation_token_hash,
                              invitation_expires_at, invitation_sent_at, invitation_send_count)
     VALUES ($1, $2, 'OBSERVER', 'INVITED', $3, 'Invited Person', $4, now() + interval '14 days', now(), 1) RETURNING id`,
    [w.wsId, w.orgId, email, createHash('sha256').update(token).digest('hex')],
  );
  return { id: row.id, token };
}
/** A new catalogue entry of the world's workspace. */
async function newIndicator(w: World): Promise<string> {
  const res = await w.gql(`mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, {
    input: { workspaceId: w.wsId, code: `I${uniq().toUpperCase()}`, name: 'Migrant stock', unit: 'persons', definition: 'Foreign-born residents.', gmgPart: 'IV' },
  });
  return res.data!['createIndicator'].id;
}
const RECORD_FIGURE = `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id } }`;
const figureOf = (indicatorId: string, organizationId: string, value: number) => ({
  input: { indicatorId, organizationId, value, period: '2023', sourceType: 'CENSUS', sourceName: 'Census', comparability: 'COMPARABLE' },
});

/** A regional workspace in which the world's coordinator is coordinator too, and a published release of the world's. */
async function regionalWithCandidate(w: World): Promise<string> {
  const regional = await w.fx.workspace({ kind: 'REGIONAL', countryCode: null });
  const org = await w.fx.organization(regional.id);
  await w.t.dataSource.query(`INSERT INTO memberships (user_id, workspace_id, organization_id, role) VALUES ($1, $2, $3, 'COORDINATOR')`, [
    w.ids.coordinator,
    regional.id,
    org.id,
  ]);
  await release(w, 'PUBLISHED');
  return regional.id;
}
const ADD_REGIONAL_MEMBER = `mutation($w: ID!, $m: ID!) { addRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId } }`;

/** One successful call per audited mutation. */
const ENTRIES: Record<string, Entry> = {
  // --- indicators and their data
  createIndicator: async (w) => ({
    query: `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
    variables: { input: { workspaceId: w.wsId, code: `C${uniq().toUpperCase()}`, name: 'Remittances', unit: 'USD million', definition: 'Personal remittances received.', gmgPart: 'III' } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'indicator.created',
    subjectId: (d) => d['createIndicator'].id,
    changed: (d) => byId('indicators')(d['createIndicator'].id),
  }),
  updateIndicator: async (w) => {
    const id = await newIndicator(w);
    return {
      query: `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { id } }`,
      variables: { id, input: { name: 'Immigrant stock', unit: 'persons', definition: 'Foreign-born residents.', gmgPart: 'IV', toBeConfirmed: false } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'indicator.updated',
      subjectId: () => id,
      changed: () => byId('indicators')(id),
    };
  },
  adoptIndicatorCatalogue: async (w) => ({
    query: `mutation($input: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $input) { id } }`,
    variables: { input: { workspaceId: w.wsId, decision: 'TWG meeting of 12 March 2025', adoptedOn: '2025-03-12' } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'indicator-catalogue.adopted',
    subjectId: (d) => d['adoptIndicatorCatalogue'].id,
    changed: (d) => byId('indicator_catalogue_versions')(d['adoptIndicatorCatalogue'].id),
  }),
  followCatalogueVersion: async (w) => {
    const adopted = await w.gql(`mutation($input: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $input) { id } }`, {
      input: { workspaceId: w.wsId, decision: 'TWG meeting', adoptedOn: '2025-04-01' },
    });
    return {
      query: `mutation($p: ID!, $v: ID!) { followCatalogueVersion(profileId: $p, catalogueVersionId: $v) { id } }`,
      variables: { p: w.profileId, v: adopted.data!['adoptIndicatorCatalogue'].id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'profile.catalogue-version-followed',
      subjectId: () => w.profileId,
      changed: () => ({ table: 'profile_catalogue_versions', where: 'profile_id', id: w.profileId }),
    };
  },
  recordDataPoint: async (w) => {
    const indicatorId = await newIndicator(w);
    return {
      query: RECORD_FIGURE,
      variables: figureOf(indicatorId, w.orgId, 41250),
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'data-point.recorded',
      subjectId: (d) => d['recordDataPoint'].id,
      changed: (d) => byId('data_points')(d['recordDataPoint'].id),
    };
  },
  importIndicatorData: async (w) => {
    const indicatorId = await newIndicator(w);
    const code = (await w.t.dataSource.query(`SELECT code FROM indicators WHERE id = $1`, [indicatorId]))[0].code;
    const csv = `indicator_code,period,value,source_type,source_name,comparability\n${code},2024,12,census,Census 2024,comparable\n`;
    return {
      query: `mutation($input: IndicatorDataFileInput!) { importIndicatorData(input: $input) { id } }`,
      variables: { input: { workspaceId: w.wsId, fileName: 'figures.csv', contentBase64: Buffer.from(csv).toString('base64') } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'indicator-data.imported',
      subjectId: (d) => d['importIndicatorData'].id,
      changed: (d) => byId('indicator_imports')(d['importIndicatorData'].id),
    };
  },
  resolveDifferingFigures: async (w) => {
    const indicatorId = await newIndicator(w);
    const mine = await w.gql(RECORD_FIGURE, figureOf(indicatorId, w.orgId, 41250));
    await w.gql(RECORD_FIGURE, figureOf(indicatorId, w.otherOrgId, 38900));
    return {
      query: `mutation($input: ResolveDifferingFiguresInput!) { resolveDifferingFigures(input: $input) { period } }`,
      variables: { input: { indicatorId, period: '2023', chosenDataPointId: mine.data!['recordDataPoint'].id, footnote: 'The register counts everyone.' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'differing-figures.resolved',
      subjectId: () => '',
      changed: () => ({ table: 'differing_figure_resolutions', where: 'indicator_id', id: indicatorId }),
    };
  },
  // --- regional workspaces
  addRegionalMember: async (w) => {
    const regionalId = await regionalWithCandidate(w);
    return {
      query: ADD_REGIONAL_MEMBER,
      variables: { w: regionalId, m: w.wsId },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'regional-member.added',
      subjectId: () => w.wsId,
      changed: () => ({ table: 'regional_members', where: 'regional_workspace_id', id: regionalId }),
    };
  },
  removeRegionalMember: async (w) => {
    const regionalId = await regionalWithCandidate(w);
    await w.gql(ADD_REGIONAL_MEMBER, { w: regionalId, m: w.wsId });
    return {
      query: `mutation($w: ID!, $m: ID!) { removeRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId } }`,
      variables: { w: regionalId, m: w.wsId },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'regional-member.removed',
      subjectId: () => w.wsId,
      changed: () => ({ table: 'regional_members', where: 'regional_workspace_id', id: regionalId }),
    };
  },
  // --- releases and editions
  prepareRelease: async (w) => {
    const profileId = await readyProfile(w);
    return {
      query: `mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`,
      variables: { input: { profileId, version: '2026.1', notes: 'First release.' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'release.prepared',
      subjectId: (d) => d['prepareRelease'].id,
      changed: (d) => byId('releases')(d['prepareRelease'].id),
    };
  },
  publishRelease: async (w) => {
    const id = await release(w, 'CANDIDATE');
    return {
      query: `mutation($id: ID!) { publishRelease(id: $id) { id } }`,
      variables: { id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'release.published',
      subjectId: () => id,
      changed: () => byId('releases')(id),
    };
  },
  withdrawRelease: async (w) => {
    const id = await release(w, 'PUBLISHED');
    return {
      query: `mutation($id: ID!, $reason: String!) { withdrawRelease(id: $id, reason: $reason) { id } }`,
      variables: { id, reason: 'A table was wrong; 1.1 corrects it.' },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'release.withdrawn',
      subjectId: () => id,
      changed: () => byId('releases')(id),
    };
  },
  startNextEdition: async (w) => {
    const releaseId = await release(w, 'PUBLISHED');
    return {
      query: `mutation($input: StartNextEditionInput!) { startNextEdition(input: $input) { id } }`,
      variables: { input: { releaseId, title: `Next ${uniq()}`, edition: '2027' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'profile.next-edition-started',
      subjectId: (d) => d['startNextEdition'].id,
      changed: (d) => byId('profiles')(d['startNextEdition'].id),
    };
  },
  login: async (w) => {
    const user = await w.fx.user();
    return {
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      variables: { e: user.email, p: FIXTURE_PASSWORD },
      who: 'anonymous',
      actorId: user.id,
      action: 'session.started',
      subjectId: () => '',
      changed: () => ({ table: 'sessions', where: 'user_id', id: user.id }),
    };
  },
  logout: async (w) => {
    const user = await w.fx.user();
    const session = await signIn(w.t, user.email);
    const [row] = await w.t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id]);
    return {
      query: `mutation($r: String) { logout(refreshToken: $r) }`,
      variables: { r: session.refreshToken },
      who: 'anonymous',
      actorId: user.id,
      action: 'session.revoked',
      subjectId: () => row.id,
      changed: () => byId('sessions')(row.id),
    };
  },
  createWorkspace: async (w) => ({
    query: `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
    variables: { input: { name: `Audited ${uniq()}`, slug: `audited-${uniq()}`, kind: 'REGIONAL' } },
    who: 'admin',
    actorId: w.ids.admin,
    action: 'workspace.created',
    subjectId: (d) => d['createWorkspace'].id,
    changed: (d) => byId('workspaces')(d['createWorkspace'].id),
  }),
  createOrganization: async (w) => ({
    query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    variables: { input: { workspaceId: w.wsId, name: `Org ${uniq()}`, kind: 'ACADEMIA' } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'organization.created',
    subjectId: (d) => d['createOrganization'].id,
    changed: (d) => byId('organizations')(d['createOrganization'].id),
  }),
  renameOrganization: async (w) => {
    const org = await w.fx.organization(w.wsId);
    return {
      query: `mutation($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }`,
      variables: { id: org.id, name: `Renamed ${uniq()}` },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'organization.renamed',
      subjectId: () => org.id,
      changed: () => byId('organizations')(org.id),
    };
  },
  // A new e-mail with a password joins at once (member.added); every other addMember invites (member.invited),
  // which accounts.integration-spec.ts checks.
  addMember: async (w) => ({
    query: `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`,
    variables: {
      input: { workspaceId: w.wsId, organizationId: w.orgId, email: `new-${uniq()}@example.test`, displayName: 'Someone', password: 'a-long-enough-password', role: 'OBSERVER' },
    },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'member.added',
    subjectId: (d) => d['addMember'].id,
    changed: (d) => byId('memberships')(d['addMember'].id),
  }),
  resendInvitation: async (w) => {
    const { id } = await pendingInvitation(w, `resend-${uniq()}@example.test`);
    await w.t.dataSource.query(`UPDATE memberships SET invitation_sent_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    return {
      query: `mutation($id: ID!) { resendInvitation(membershipId: $id) { id } }`,
      variables: { id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'member.invitation-resent',
      subjectId: () => id,
      changed: () => byId('memberships')(id),
    };
  },
  cancelInvitation: async (w) => {
    const { id } = await pendingInvitation(w, `cancel-${uniq()}@example.test`);
    return {
      query: `mutation($id: ID!) { cancelInvitation(membershipId: $id) { id } }`,
      variables: { id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'member.invitation-cancelled',
      subjectId: () => id,
      changed: () => byId('memberships')(id),
    };
  },
  acceptInvitation: async (w) => {
    const { id, token } = await pendingInvitation(w, `accept-${uniq()}@example.test`);
    return {
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
      variables: { input: { token, displayName: 'New Person', password: 'a-long-enough-password' } },
      who: 'anonymous',
      actorId: (d) => d['acceptInvitation'].user.id,
      action: 'member.invitation-accepted',
      subjectId: () => id,
      changed: () => byId('memberships')(id),
    };
  },
  acceptMyInvitation: async (w) => {
    const user = await w.fx.user();
    const { id } = await pendingInvitation(w, user.email);
    return {
      query: `mutation($id: ID!) { acceptMyInvitation(membershipId: $id) { id } }`,
      variables: { id },
      who: 'anonymous',
      token: (await signIn(w.t, user.email)).accessToken,
      actorId: user.id,
      action: 'member.invitation-accepted',
      subjectId: () => id,
      changed: () => byId('memberships')(id),
    };
  },
  declineMyInvitation: async (w) => {
    const user = await w.fx.user();
    const { id } = await pendingInvitation(w, user.email);
    return {
      query: `mutation($id: ID!) { declineMyInvitation(membershipId: $id) }`,
      variables: { id },
      who: 'anonymous',
      token: (await signIn(w.t, user.email)).accessToken,
      actorId: user.id,
      action: 'member.invitation-declined',
      subjectId: () => id,
      changed: () => byId('memberships')(id),
    };
  },
  changePassword: async (w) => {
    const user = await w.fx.user();
    return {
      query: `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      variables: { c: FIXTURE_PASSWORD, n: 'a-brand-new-password' },
      who: 'anonymous',
      token: (await signIn(w.t, user.email)).accessToken,
      actorId: user.id,
      action: 'user.password-changed',
      subjectId: () => user.id,
      changed: () => byId('users')(user.id),
    };
  },
  setMyLocale: async (w) => {
    const user = await w.fx.user();
    return {
      query: `mutation($l: String!) { setMyLocale(locale: $l) { id locale } }`,
      variables: { l: 'ar' },
      who: 'anonymous',
      token: (await signIn(w.t, user.email)).accessToken,
      actorId: user.id,
      action: 'user.locale-changed',
      subjectId: () => user.id,
      changed: () => byId('users')(user.id),
    };
  },
  requestPasswordReset: async (w) => {
    const user = await w.fx.user();
    return {
      query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
      variables: { e: user.email },
      who: 'anonymous',
      // Nobody is signed in when asking for a reset link.
      actorId: null,
      action: 'user.password-reset-requested',
      subjectId: () => user.id,
      changed: () => ({ table: 'password_reset_tokens', where: 'user_id', id: user.id }),
    };
  },
  resetPassword: async (w) => {
    const user = await w.fx.user();
    const token = randomBytes(32).toString('base64url');
    await w.t.dataSource.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')`,
      [user.id, createHash('sha256').update(token).digest('hex')],
    );
    return {
      query: `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`,
      variables: { t: token, p: 'a-brand-new-password' },
      who: 'anonymous',
      actorId: user.id,
      action: 'user.password-reset',
      subjectId: () => user.id,
      changed: () => byId('users')(user.id),
    };
  },
  updateMember: async (w) => {
    const { membership } = await w.fx.member(w.wsId, w.orgId, 'OBSERVER');
    return {
      query: `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
      variables: { input: { membershipId: membership.id, role: 'CONTRIBUTOR' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'member.updated',
      subjectId: () => membership.id,
      changed: () => byId('memberships')(membership.id),
    };
  },
  deactivateMember: async (w) => {
    const { membership } = await w.fx.member(w.wsId, w.orgId, 'OBSERVER');
    return {
      query: `mutation($id: ID!) { deactivateMember(membershipId: $id) { id } }`,
      variables: { id: membership.id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'member.deactivated',
      subjectId: () => membership.id,
      changed: () => byId('memberships')(membership.id),
    };
  },
  createProfile: async (w) => ({
    query: `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
    variables: { input: { workspaceId: w.wsId, title: `Profile ${uniq()}`, edition: '2026' } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'profile.created',
    subjectId: (d) => d['createProfile'].id,
    changed: (d) => byId('profiles')(d['createProfile'].id),
  }),
  addSection: async (w) => ({
    query: `mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`,
    variables: { input: { profileId: w.profileId, title: `Added ${uniq()}` } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'section.added',
    subjectId: (d) => d['addSection'].id,
    changed: (d) => byId('sections')(d['addSection'].id),
  }),
  renameSection: async (w) => {
    const id = await newSection(w);
    return {
      query: `mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`,
      variables: { id, title: `Renamed ${uniq()}` },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.renamed',
      subjectId: () => id,
      changed: () => byId('sections')(id),
    };
  },
  moveSection: async (w) => {
    const id = await newSection(w);
    return {
      query: `mutation($input: MoveSectionInput!) { moveSection(input: $input) { id } }`,
      variables: { input: { sectionId: id, parentId: null, position: 0 } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.moved',
      subjectId: () => id,
      changed: () => byId('sections')(id),
    };
  },
  archiveSection: async (w) => {
    const id = await newSection(w);
    return {
      query: `mutation($id: ID!) { archiveSection(id: $id) { id } }`,
      variables: { id },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.archived',
      subjectId: () => id,
      changed: () => byId('sections')(id),
    };
  },
  assignSection: async (w) => {
    const id = await newSection(w);
    return {
      query: `mutation($id: ID!, $orgs: [ID!]!) { assignSection(sectionId: $id, organizationIds: $orgs) { id } }`,
      variables: { id, orgs: [w.otherOrgId] },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.assigned',
      subjectId: () => id,
      changed: () => ({ table: 'section_assignments', where: 'section_id', id }),
    };
  },
  saveSection: async (w) => {
    const id = await newSection(w);
    return {
      query: `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
      variables: { input: { sectionId: id, baseRevisionId: null, content: doc('A first draft.') } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.saved',
      subjectId: () => id,
      changed: (d) => byId('revisions')(d['saveSection'].id),
    };
  },
  restoreRevision: async (w) => {
    const id = await newSection(w);
    const first = await save(w, id, null, 'First words.');
    const second = await save(w, id, first, 'Second words.');
    return {
      query: `mutation($s: ID!, $r: ID!, $b: ID!) { restoreRevision(sectionId: $s, revisionId: $r, baseRevisionId: $b) { id } }`,
      variables: { s: id, r: first, b: second },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.revision-restored',
      subjectId: () => id,
      changed: (d) => byId('revisions')(d['restoreRevision'].id),
    };
  },
  openReviewCycle: async (w) => {
    const sectionId = await newSection(w);
    await save(w, sectionId, null, 'A first draft.');
    return {
      query: OPEN_CYCLE,
      variables: {
        input: {
          profileId: w.profileId,
          title: `Cycle ${uniq()}`,
          sectionIds: [sectionId],
          participantOrganizationIds: [w.otherOrgId],
          requiredSignatoryOrganizationIds: [w.orgId],
          closesAt: inAWeek(),
        },
      },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'review-cycle.opened',
      subjectId: (d) => d['openReviewCycle'].id,
      changed: (d) => byId('review_cycles')(d['openReviewCycle'].id),
    };
  },
  closeReviewCycle: async (w) => {
    const { cycleId } = await underReview(w);
    return {
      query: `mutation($id: ID!) { closeReviewCycle(id: $id) { id } }`,
      variables: { id: cycleId },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'review-cycle.closed',
      subjectId: () => cycleId,
      changed: () => byId('review_cycles')(cycleId),
    };
  },
  signOff: async (w) => {
    const { sectionId, revisionId } = await underReview(w);
    return {
      query: `mutation($input: SignOffInput!) { signOff(input: $input) { id } }`,
      variables: { input: { sectionId, revisionId, decision: 'APPROVE' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'section.signed-off',
      subjectId: () => sectionId,
      changed: (d) => byId('sign_offs')(d['signOff'].id),
    };
  },
  createTask: async (w) => ({
    query: `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
    variables: { input: { profileId: w.profileId, title: 'Send the survey tables', assigneeOrganizationId: w.orgId } },
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'task.created',
    subjectId: (d) => d['createTask'].id,
    changed: (d) => byId('tasks')(d['createTask'].id),
  }),
  setTaskStatus: async (w) => {
    const created = await w.gql(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { profileId: w.profileId, title: 'Check the figures', assigneeOrganizationId: w.orgId },
    });
    const id: string = created.data!['createTask'].id;
    return {
      query: `mutation($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { id } }`,
      variables: { id, status: 'DONE' },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'task.status-changed',
      subjectId: () => id,
      changed: () => byId('tasks')(id),
    };
  },
  addComment: async (w) => {
    const { sectionId, revisionId } = await underReview(w);
    return {
      query: ADD_COMMENT,
      variables: { input: { sectionId, revisionId, body: 'Please cite the census.', anchor: { start: 2, end: 7, quote: 'first' } } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'comment.added',
      subjectId: (d) => d['addComment'].id,
      changed: (d) => byId('comments')(d['addComment'].id),
    };
  },
  resolveComment: async (w) => {
    const { commentId } = await underReview(w, true);
    return {
      query: `mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }`,
      variables: { id: commentId },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'comment.resolved',
      subjectId: () => commentId,
      changed: () => byId('comments')(commentId),
    };
  },
  declineSuggestion: async (w) => {
    const { commentId } = await underReview(w, true);
    return {
      query: `mutation($id: ID!) { declineSuggestion(commentId: $id, reason: "The census says first.") { id } }`,
      variables: { id: commentId },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'comment.suggestion-declined',
      subjectId: () => commentId,
      changed: () => byId('comments')(commentId),
    };
  },
  updateNotificationPreferences: async (w) => ({
    query: `mutation { updateNotificationPreferences(email: DAILY_DIGEST) { email } }`,
    variables: {},
    who: 'coordinator',
    actorId: w.ids.coordinator,
    action: 'notification-preferences.updated',
    subjectId: () => w.ids.coordinator,
    changed: () => ({ table: 'notification_preferences', where: 'user_id', id: w.ids.coordinator }),
  }),
  setCommentDisposition: async (w) => {
    const { commentId } = await underReview(w, true);
    return {
      query: `mutation($input: SetCommentDispositionInput!) { setCommentDisposition(input: $input) { id } }`,
      variables: { input: { commentId, disposition: 'PARTLY_ACCEPTED', reason: 'Kept the census wording.' } },
      who: 'coordinator',
      actorId: w.ids.coordinator,
      action: 'comment.disposition-set',
      subjectId: () => commentId,
      changed: () => byId('comments')(commentId),
    };
  },
};

describe('audit completeness', () => {
  let w: World;
  const tokens: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    const t = await startTestApp();
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    const org = await fx.organization(ws.id);
    const otherOrg = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const admin = await fx.user({ isPlatformAdmin: true });
    tokens.coordinator = (await signIn(t, coordinator.user.email)).accessToken;
    tokens.admin = (await signIn(t, admin.email)).accessToken;
    const gql = (query: string, variables: Record<string, unknown>, who: Who = 'coordinator') => t.gql(query, variables, tokens[who]);
    const profile = await gql(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { workspaceId: ws.id, title: 'Migration Profile', edition: '2025' },
    });
    w = {
      t,
      fx,
      wsId: ws.id,
      orgId: org.id,
      otherOrgId: otherOrg.id,
      profileId: profile.data!['createProfile'].id,
      ids: { admin: admin.id, coordinator: coordinator.user.id },
      gql,
    };
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await w?.t.close();
  });

  it('has an entry for every Mutation of the schema (add one to ENTRIES)', () => {
    const missing = MUTATIONS.filter((m) => !ENTRIES[m] && !SESSION_ROTATION.has(m) && !READING_STATE.has(m));
    expect(missing).toEqual([]);
    // Entries for mutations that left the schema are stale.
    expect([...Object.keys(ENTRIES), ...SESSION_ROTATION, ...READING_STATE].filter((m) => !MUTATIONS.includes(m))).toEqual([]);
  });

  it.each(Object.keys(ENTRIES).sort())('%s leaves its audit event, written by the same transaction', async (mutation) => {
    const call = await ENTRIES[mutation]!(w);
    // As text: a JavaScript Date would cut the microseconds and let an earlier event of the same millisecond in.
    const [{ since }] = await w.t.dataSource.query(`SELECT coalesce(max(at), '-infinity')::text AS since FROM audit_events`);
    const res = call.token ? await w.t.gql(call.query, call.variables, call.token) : await w.gql(call.query, call.variables, call.who);
    expect({ mutation, errors: res.errors }).toEqual({ mutation, errors: undefined });
    const data = res.data as Record<string, any>;
    const actorId = typeof call.actorId === 'function' ? call.actorId(data) : call.actorId;
    const changed = call.changed(data);
    const rows: Array<{ actor_id: string | null; action: string; subject_type: string; subject_id: string; same_tx: boolean }> =
      await w.t.dataSource.query(
        `SELECT a.actor_id, a.action, a.subject_type, a.subject_id::text,
                a.xmin::text IN (SELECT x.xmin::text FROM "${changed.table}" x WHERE x."${changed.where}" = $2) AS same_tx
           FROM audit_events a WHERE a.at > $1 ORDER BY a.seq`,
        [since, changed.id],
      );
    const event = rows.find((r) => r.action === call.action);
    const subjectId = call.subjectId(data) || event?.subject_id;
    expect({ mutation, event }).toEqual({
      mutation,
      event: {
        actor_id: actorId,
        action: call.action,
        subject_type: AUDIT_ACTIONS[call.action as keyof typeof AUDIT_ACTIONS] ?? `(add ${call.action} to AUDIT_ACTIONS)`,
        subject_id: subjectId,
        same_tx: true,
      },
    });
    // Whatever else the call recorded is a known action (the audit screen names it in words).
    expect({ mutation, unknown: rows.map((r) => r.action).filter((a) => !isAuditAction(a)) }).toEqual({ mutation, unknown: [] });
  });

  it('saveSection applying a suggestion records the save and the applied suggestion, in the save\'s transaction', async () => {
    const { sectionId, revisionId, commentId } = await underReview(w, true);
    const [{ since }] = await w.t.dataSource.query(`SELECT max(at)::text AS since FROM audit_events`);
    const res = await w.gql(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, {
      input: { sectionId, baseRevisionId: revisionId, content: doc('A initial draft.'), appliedSuggestionIds: [commentId] },
    });
    expect(res.errors).toBeUndefined();
    const saved: string = res.data!['saveSection'].id;
    const rows = await w.t.dataSource.query(
      `SELECT a.action, a.subject_id::text AS subject, a.actor_id::text AS actor,
              a.xmin::text = (SELECT r.xmin::text FROM revisions r WHERE r.id = $2) AS same_tx
         FROM audit_events a WHERE a.at > $1 ORDER BY a.seq`,
      [since, saved],
    );
    expect(rows).toEqual([
      { action: 'section.saved', subject: sectionId, actor: w.ids.coordinator, same_tx: true },
      { action: 'comment.suggestion-applied', subject: commentId, actor: w.ids.coordinator, same_tx: true },
    ]);
  });

  it('refreshSession only rotates the token of an audited session', async () => {
    const user = await w.fx.user();
    const session = await signIn(w.t, user.email);
    const res = await w.gql(`mutation($r: String) { refreshSession(refreshToken: $r) { accessToken } }`, { r: session.refreshToken }, 'anonymous');
    expect(res.errors).toBeUndefined();
    const rows = await w.t.dataSource.query(`SELECT action FROM audit_events WHERE actor_id = $1 ORDER BY seq`, [user.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['session.started']);
  });

  it('leaves every chain intact', async () => {
    const report = await verifyAuditChains((sql, params) => w.t.dataSource.query<AuditChainRow[]>(sql, params));
    expect(report).toMatchObject({ ok: true });
  });
});
