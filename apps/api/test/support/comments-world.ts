import { Fixtures } from '@mps/api-testing';
import type { OrganizationEntity, WorkspaceEntity } from '@mps/api-iam';
import { signIn } from './sign-in';
import type { GqlResponse, TestApp } from './test-app';

/**
 * A workspace for the comment tests: a section assigned to a ministry, people in every role, and review cycles
 * written straight to the tables (opening and closing cycles is tested with the cycle service; here only their
 * effect on comments matters).
 */
export interface CommentsWorld {
  t: TestApp;
  fx: Fixtures;
  ws: WorkspaceEntity;
  orgs: { ministry: OrganizationEntity; otherMinistry: OrganizationEntity; civil: OrganizationEntity; academia: OrganizationEntity };
  tokens: Record<Person, string>;
  userIds: Record<Person, string>;
  profileId: string;
  /** Makes a section assigned to the ministry, with one revision of `text`; answers its id and revision. */
  section(text: string, title?: string): Promise<{ sectionId: string; revisionId: string }>;
  /** Saves a new revision of `text` as the ministry's focal point (or `as`). */
  save(sectionId: string, text: string, options?: { appliedSuggestionIds?: string[]; as?: Person }): Promise<GqlResponse>;
  /** An OPEN cycle on the sections with these organisations taking part (participants; `signatories` sign too). */
  openCycle(sectionIds: string[], organizationIds: string[], title?: string): Promise<string>;
  closeCycle(cycleId: string): Promise<void>;
  gql(as: Person | null, query: string, variables?: Record<string, unknown>): Promise<GqlResponse>;
  currentRevisionId(sectionId: string): Promise<string>;
}

export type Person = 'coordinator' | 'focal' | 'focalOther' | 'contributor' | 'contributorOut' | 'observer';

export const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
});

/** An anchor on the first occurrence of `quote` in `text`. */
export function anchorOn(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length, quote };
}

export const COMMENT_FIELDS = `id parentId body internal resolved resolvedAt createdAt
  anchor { revisionId start end quote orphaned }
  suggestion { text status declineReason answeredAt }
  disposition { value reason recordedAt }
  author { id } organization { id } reviewCycle { id }`;

export const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;

export async function commentsWorld(t: TestApp): Promise<CommentsWorld> {
  const fx = new Fixtures(t.dataSource);
  const ws = await fx.workspace();
  const orgs = {
    ministry: await fx.organization(ws.id, { kind: 'MINISTRY', name: 'Ministry of Labour' }),
    otherMinistry: await fx.organization(ws.id, { kind: 'MINISTRY', name: 'Ministry of the Interior' }),
    civil: await fx.organization(ws.id, { kind: 'CIVIL_SOCIETY', name: 'Migrants’ Rights Network' }),
    academia: await fx.organization(ws.id, { kind: 'ACADEMIA', name: 'Centre for Migration Studies' }),
  };
  const members = {
    coordinator: await fx.member(ws.id, orgs.ministry.id, 'COORDINATOR'),
    focal: await fx.member(ws.id, orgs.ministry.id, 'FOCAL_POINT'),
    focalOther: await fx.member(ws.id, orgs.otherMinistry.id, 'FOCAL_POINT'),
    contributor: await fx.member(ws.id, orgs.civil.id, 'CONTRIBUTOR', { displayName: 'Zoë Dupré' }),
    contributorOut: await fx.member(ws.id, orgs.academia.id, 'CONTRIBUTOR'),
    observer: await fx.member(ws.id, orgs.otherMinistry.id, 'OBSERVER'),
  };
  const tokens = {} as Record<Person, string>;
  const userIds = {} as Record<Person, string>;
  for (const [person, { user }] of Object.entries(members) as Array<[Person, (typeof members)[Person]]>) {
    tokens[person] = (await signIn(t, user.email)).accessToken;
    userIds[person] = user.id;
  }
  const gql = (as: Person | null, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, as ? tokens[as] : undefined);
  const must = async (as: Person, query: string, variables: Record<string, unknown>) => {
    const res = await gql(as, query, variables);
    if (!res.data || res.errors) throw new Error(`Arrangement failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const created = await must('coordinator', `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
    input: { workspaceId: ws.id, title: 'Comment profile', edition: '2025' },
  });
  const profileId = created['createProfile'].id as string;
  const currentRevisionId = async (sectionId: string) =>
    ((await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId])) as Array<{ current_revision_id: string }>)[0]!
      .current_revision_id;
  const save: CommentsWorld['save'] = async (sectionId, text, options = {}) =>
    gql(options.as ?? 'focal', `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id number } }`, {
      input: {
        sectionId,
        baseRevisionId: await currentRevisionId(sectionId),
        content: doc(...text.split('\n')),
        appliedSuggestionIds: options.appliedSuggestionIds ?? null,
      },
    });

  return {
    t,
    fx,
    ws,
    orgs,
    tokens,
    userIds,
    profileId,
    gql,
    currentRevisionId,
    save,
    async section(text, title = 'Emigration') {
      const added = await must('coordinator', `mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title } });
      const sectionId = added['addSection'].id as string;
      await must('coordinator', `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, {
        s: sectionId,
        o: [orgs.ministry.id],
      });
      const saved = await save(sectionId, text);
      if (saved.errors) throw new Error(`Arrangement failed: ${JSON.stringify(saved.errors)}`);
      return { sectionId, revisionId: saved.data!['saveSection'].id as string };
    },
    async openCycle(sectionIds, organizationIds, title = 'Consultation') {
      const [cycle] = (await t.dataSource.query(
        `INSERT INTO review_cycles (profile_id, workspace_id, title, closes_at, opened_by_id)
         VALUES ($1, $2, $3, now() + interval '7 days', $4) RETURNING id`,
        [profileId, ws.id, title, userIds.coordinator],
      )) as Array<{ id: string }>;
      for (const sectionId of sectionIds) {
        await t.dataSource.query('INSERT INTO review_cycle_sections (review_cycle_id, section_id) VALUES ($1, $2)', [cycle!.id, sectionId]);
      }
      for (const organizationId of organizationIds) {
        await t.dataSource.query(
          'INSERT INTO review_cycle_organizations (review_cycle_id, organization_id, participant, required_signatory) VALUES ($1, $2, true, false)',
          [cycle!.id, organizationId],
        );
      }
      return cycle!.id;
    },
    async closeCycle(cycleId) {
      await t.dataSource.query(`UPDATE review_cycles SET status = 'CLOSED', closed_at = now(), closed_by_id = $2 WHERE id = $1`, [
        cycleId,
        userIds.coordinator,
      ]);
    },
  };
}

/** The comments table as rows, for "nothing changed after a refusal". */
export async function commentRows(t: TestApp, sectionId: string): Promise<unknown[]> {
  return t.dataSource.query('SELECT * FROM comments WHERE section_id = $1 ORDER BY created_at, id', [sectionId]);
}

export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions.code ?? 'OK';
