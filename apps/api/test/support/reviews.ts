import { Fixtures } from '@mps/api-testing';
import type { Role } from '@mps/shared-domain';
import { signIn } from './sign-in';
import type { GqlResponse, TestApp } from './test-app';

/** A Technical Working Group for review tests: who is who, with signed-in tokens, and a profile from the template. */
export interface ReviewTwg {
  workspaceId: string;
  profileId: string;
  /** Section ids by template key (e.g. 'trends.emigration'). */
  sections: Record<string, string>;
  orgs: { lead: string; labour: string; ngo: string; university: string; outside: string; otherWorkspace: string };
  /** Tokens: the coordinator (lead agency), the labour ministry's focal point, contributors of the NGO, the
   * university and an organisation outside every cycle, an observer, a second NGO contributor, and a coordinator
   * of another workspace. */
  tokens: Record<'coordinator' | 'focal' | 'ngo' | 'ngo2' | 'university' | 'outside' | 'observer' | 'stranger', string>;
  userIds: Record<'coordinator' | 'focal' | 'ngo' | 'university', string>;
}

export const DAY = 24 * 60 * 60 * 1000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export async function reviewTwg(t: TestApp): Promise<ReviewTwg> {
  const f = new Fixtures(t.dataSource);
  const ws = await f.workspace();
  const lead = await f.organization(ws.id, { name: 'Lead agency', acronym: 'LEAD' });
  const labour = await f.organization(ws.id, { name: 'Ministry of Labour', acronym: 'MOL' });
  const ngo = await f.organization(ws.id, { name: 'Migrant Support Network', acronym: 'MSN', kind: 'CIVIL_SOCIETY' });
  const university = await f.organization(ws.id, { name: 'University centre', acronym: 'UNI', kind: 'ACADEMIA' });
  const outside = await f.organization(ws.id, { name: 'Outside association', acronym: 'OUT', kind: 'CIVIL_SOCIETY' });
  const other = await f.workspace();
  const otherOrg = await f.organization(other.id);
  const member = async (orgId: string, role: Role, workspaceId = ws.id) => {
    const { user } = await f.member(workspaceId, orgId, role);
    return { id: user.id, token: (await signIn(t, user.email)).accessToken };
  };
  const coordinator = await member(lead.id, 'COORDINATOR');
  const focal = await member(labour.id, 'FOCAL_POINT');
  const ngoMember = await member(ngo.id, 'CONTRIBUTOR');
  const ngo2 = await member(ngo.id, 'CONTRIBUTOR');
  const uni = await member(university.id, 'CONTRIBUTOR');
  const out = await member(outside.id, 'CONTRIBUTOR');
  const observer = await member(lead.id, 'OBSERVER');
  const stranger = await member(otherOrg.id, 'COORDINATOR', other.id);
  const created = await gqlOk(
    t,
    `mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Norland", edition: "2025", templateKey: "iom-standard" }) { id } }`,
    { w: ws.id },
    coordinator.token,
  );
  const profileId = created['createProfile'].id as string;
  const rows: Array<{ id: string; key: string }> = await t.dataSource.query('SELECT id, key FROM sections WHERE profile_id = $1', [profileId]);
  const sections = Object.fromEntries(rows.map((r) => [r.key, r.id]));
  return {
    workspaceId: ws.id,
    profileId,
    sections,
    orgs: { lead: lead.id, labour: labour.id, ngo: ngo.id, university: university.id, outside: outside.id, otherWorkspace: otherOrg.id },
    tokens: {
      coordinator: coordinator.token,
      focal: focal.token,
      ngo: ngoMember.token,
      ngo2: ngo2.token,
      university: uni.token,
      outside: out.token,
      observer: observer.token,
      stranger: stranger.token,
    },
    userIds: { coordinator: coordinator.id, focal: focal.id, ngo: ngoMember.id, university: uni.id },
  };
}

/** Runs an operation that must succeed and answers its data. */
export async function gqlOk(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const res = await t.gql(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`Expected success: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The contract code of a refused operation (or 'OK'). */
export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions.code ?? 'OK';

export const OPEN_CYCLE = `mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id title status closesAt } }`;
export const CLOSE_CYCLE = `mutation($id: ID!) { closeReviewCycle(id: $id) { id status closedAt closedAutomatically closedBy { id } } }`;
export const SIGN_OFF = `mutation($i: SignOffInput!) { signOff(input: $i) { id decision note stale superseded organization { id } revision { id } } }`;
export const SAVE = `mutation($s: ID!, $b: ID, $c: JSON!) { saveSection(input: { sectionId: $s, baseRevisionId: $b, content: $c }) { id } }`;

export const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Saves `text` on top of the section's current revision; answers the new revision's id. */
export async function saveText(t: TestApp, token: string, sectionId: string, text: string): Promise<string> {
  const current = await currentRevisionId(t, sectionId);
  const data = await gqlOk(t, SAVE, { s: sectionId, b: current, c: doc(text) }, token);
  return data['saveSection'].id as string;
}

export async function currentRevisionId(t: TestApp, sectionId: string): Promise<string | null> {
  const rows: Array<{ current_revision_id: string | null }> = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
  return rows[0]?.current_revision_id ?? null;
}

export async function statusOf(t: TestApp, sectionId: string): Promise<string> {
  const rows: Array<{ review_status: string }> = await t.dataSource.query('SELECT review_status FROM sections WHERE id = $1', [sectionId]);
  return rows[0]!.review_status;
}

export async function statusesOf(t: TestApp, sectionIds: string[]): Promise<string[]> {
  return Promise.all(sectionIds.map((id) => statusOf(t, id)));
}

/** Opens a cycle as the coordinator and answers its id. */
export async function openCycle(
  t: TestApp,
  twg: ReviewTwg,
  fields: { title?: string; sections: string[]; participants?: string[]; signatories?: string[]; closesAt?: string },
): Promise<string> {
  const data = await gqlOk(
    t,
    OPEN_CYCLE,
    {
      i: {
        profileId: twg.profileId,
        title: fields.title ?? 'Consultation',
        sectionIds: fields.sections,
        participantOrganizationIds: fields.participants ?? [],
        requiredSignatoryOrganizationIds: fields.signatories ?? [],
        closesAt: fields.closesAt ?? inDays(14),
      },
    },
    twg.tokens.coordinator,
  );
  return data['openReviewCycle'].id as string;
}

/** Polls `check` until it holds or the deadline passes (never sleep-and-hope). */
export async function until(check: () => Promise<boolean> | boolean, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
