import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { INPUT_LIMITS } from '@mps/shared-domain';
import type { MembershipEntity, OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Workspaces, organisations, members and the audit log (docs/domain.md rule 1
 * "Tenancy", rule 2 "Who may do what", rule 8 "Audit", and the settled details
 * on addMember and NOT_FOUND).
 */

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id name slug kind countryCode }
  }
`;
const CREATE_ORG = /* GraphQL */ `
  mutation CreateOrg($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name acronym kind } }
`;
const RENAME_ORG = /* GraphQL */ `
  mutation RenameOrg($id: ID!, $name: String!, $acronym: String) {
    renameOrganization(id: $id, name: $name, acronym: $acronym) { id name acronym }
  }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id role active
      user { id email displayName }
      workspace { id }
      organization { id }
    }
  }
`;
const UPDATE_MEMBER = /* GraphQL */ `
  mutation UpdateMember($input: UpdateMemberInput!) { updateMember(input: $input) { id role organization { id } } }
`;
const DEACTIVATE = /* GraphQL */ `mutation Deactivate($id: ID!) { deactivateMember(membershipId: $id) { id active } }`;
const WORKSPACE = /* GraphQL */ `
  query Ws($id: ID!) {
    workspace(id: $id) {
      id name myRole
      organizations { id name }
      members { id role user { id email memberships { workspace { id } } } }
    }
  }
`;
const WORKSPACES = /* GraphQL */ `query { workspaces { id } }`;
const AUDIT = /* GraphQL */ `
  query Audit($workspaceId: ID!, $first: Int, $after: String) {
    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {
      edges { cursor node { id action subjectType subjectId data actor { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;
const ok = <T = Record<string, any>>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const uniq = () => randomUUID().slice(0, 8);
const ROLE_LABELS = [
  ['focal point', 'focal'],
  ['contributor', 'contributor'],
  ['observer', 'observer'],
] as const;

describe('iam', () => {
  let t: TestApp;
  let fx: Fixtures;
  let ws: WorkspaceEntity;
  let ministry: OrganizationEntity;
  let agency: OrganizationEntity;
  let civil: OrganizationEntity;
  let otherWs: WorkspaceEntity;
  let otherOrg: OrganizationEntity;
  let coordinator: { user: UserEntity; membership: MembershipEntity };
  const tokens: Record<'admin' | 'coordinator' | 'focal' | 'contributor' | 'observer' | 'outsider', string> = {
    admin: '',
    coordinator: '',
    focal: '',
    contributor: '',
    observer: '',
    outsider: '',
  };

  beforeAll(async () => {
    t = await startTestApp();
    fx = new Fixtures(t.dataSource);
    ws = await fx.workspace();
    ministry = await fx.organization(ws.id, { kind: 'MINISTRY' });
    agency = await fx.organization(ws.id, { kind: 'GOVERNMENT_AGENCY' });
    civil = await fx.organization(ws.id, { kind: 'CIVIL_SOCIETY' });
    otherWs = await fx.workspace();
    otherOrg = await fx.organization(otherWs.id);
    const admin = await fx.user({ isPlatformAdmin: true });
    coordinator = await fx.member(ws.id, ministry.id, 'COORDINATOR');
    // A second coordinator keeps the last-coordinator rule out of the way of other tests.
    await fx.member(ws.id, ministry.id, 'COORDINATOR');
    const focal = await fx.member(ws.id, agency.id, 'FOCAL_POINT');
    const contributor = await fx.member(ws.id, civil.id, 'CONTRIBUTOR');
    const observer = await fx.member(ws.id, agency.id, 'OBSERVER');
    const outsider = await fx.member(otherWs.id, otherOrg.id, 'COORDINATOR');
    const emails = {
      admin: admin.email,
      coordinator: coordinator.user.email,
      focal: focal.user.email,
      contributor: contributor.user.email,
      observer: observer.user.email,
      outsider: outsider.user.email,
    };
    await Promise.all(
      Object.entries(emails).map(async ([k, email]) => {
        tokens[k as keyof typeof tokens] = (await signIn(t, email)).accessToken;
      }),
    );
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  const addMemberInput = (overrides: Record<string, unknown> = {}) => ({
    workspaceId: ws.id,
    organizationId: agency.id,
    email: `new-${uniq()}@example.test`,
    displayName: 'New Person',
    password: 'a-good-long-password',
    role: 'OBSERVER',
    ...overrides,
  });

  describe('createWorkspace', () => {
    it('lets a platform admin create a workspace', async () => {
      const slug = `moldova-${uniq()}`;
      const data = ok(
        await t.gql(CREATE_WORKSPACE, { input: { name: 'Moldova TWG', slug, kind: 'NATIONAL', countryCode: 'md' } }, tokens.admin),
      );
      expect(data['createWorkspace']).toMatchObject({ name: 'Moldova TWG', slug, kind: 'NATIONAL', countryCode: 'MD' });
      const regional = ok(
        await t.gql(CREATE_WORKSPACE, { input: { name: 'Western Balkans', slug: `wb-${uniq()}`, kind: 'REGIONAL' } }, tokens.admin),
      );
      expect(regional['createWorkspace'].countryCode).toBeNull();
    });

    it.each([
      ['a slug with spaces and capitals', { slug: 'Bad Slug!' }, 'slug'],
      ['a slug with a double hyphen', { slug: 'bad--slug' }, 'slug'],
      ['an empty slug', { slug: '  ' }, 'slug'],
      ['a three-letter country code', { countryCode: 'MDA' }, 'countryCode'],
      ['a country code with digits', { countryCode: 'M1' }, 'countryCode'],
      ['a national workspace without a country code', { countryCode: null }, 'countryCode'],
      ['an empty name', { name: ' ' }, 'name'],
      ['a name over the shared limit', { name: 'x'.repeat(INPUT_LIMITS.textMax + 1) }, 'name'],
      ['a slug over the shared limit', { slug: 'x'.repeat(INPUT_LIMITS.slugMax + 1) }, 'slug'],
    ])('refuses %s with BAD_USER_INPUT', async (_label, overrides, field) => {
      const input = { name: 'Valid', slug: `valid-${uniq()}`, kind: 'NATIONAL', countryCode: 'RS', ...overrides };
      const res = await t.gql(CREATE_WORKSPACE, { input }, tokens.admin);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions['field']).toBe(field);
    });

    it('says in words which field is wrong and why, with the shared rules (libs/shared/domain input-schemas)', async () => {
      const national = await t.gql(
        CREATE_WORKSPACE,
        { input: { name: 'Valid', slug: `valid-${uniq()}`, kind: 'NATIONAL', countryCode: ' ' } },
        tokens.admin,
      );
      expect(national.errors![0]!.message).toBe('Enter the country code: a national workspace needs one.');
      const slug = await t.gql(CREATE_WORKSPACE, { input: { name: 'Valid', slug: 'a--b', kind: 'REGIONAL' } }, tokens.admin);
      expect(slug.errors![0]!.message).toBe('Use only lower-case letters, digits and single hyphens, like republic-of-norland.');
      // The limit itself is allowed, and capitals in a slug are lowered as before.
      const longest = ok(
        await t.gql(
          CREATE_WORKSPACE,
          { input: { name: 'x'.repeat(INPUT_LIMITS.textMax), slug: `Long-${uniq()}`, kind: 'REGIONAL' } },
          tokens.admin,
        ),
      )['createWorkspace'];
      expect(longest.name).toHaveLength(INPUT_LIMITS.textMax);
      expect(longest.slug).toMatch(/^long-/);
    });

    it('refuses a duplicate slug with CONFLICT', async () => {
      const res = await t.gql(CREATE_WORKSPACE, { input: { name: 'Again', slug: ws.slug, kind: 'REGIONAL' } }, tokens.admin);
      expect(code(res)).toBe('CONFLICT');
    });

    it.each(['coordinator', 'focal', 'observer', 'outsider'] as const)('refuses a non-admin (%s) with FORBIDDEN', async (who) => {
      const res = await t.gql(
        CREATE_WORKSPACE,
        { input: { name: 'Mine', slug: `mine-${uniq()}`, kind: 'REGIONAL' } },
        tokens[who],
      );
      expect(code(res)).toBe('FORBIDDEN');
    });
  });

  describe('organisations', () => {
    it('lets a coordinator create and rename an organisation', async () => {
      const name = `Ministry of Labour ${uniq()}`;
      const created = ok(
        await t.gql(CREATE_ORG, { input: { workspaceId: ws.id, name, acronym: 'MoL', kind: 'MINISTRY' } }, tokens.coordinator),
      )['createOrganization'];
      expect(created).toMatchObject({ name, acronym: 'MoL', kind: 'MINISTRY' });
      const renamed = ok(
        await t.gql(RENAME_ORG, { id: created.id, name: `${name} and Social Protection`, acronym: 'MLSP' }, tokens.coordinator),
      )['renameOrganization'];
      expect(renamed).toEqual({ id: created.id, name: `${name} and Social Protection`, acronym: 'MLSP' });
      const listed = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.coordinator))['workspace'].organizations;
      expect(listed).toContainEqual({ id: created.id, name: `${name} and Social Protection` });
    });

    it('refuses an empty name or a long acronym with BAD_USER_INPUT naming the field, on create and on rename', async () => {
      const acronym = 'A'.repeat(INPUT_LIMITS.acronymMax + 1);
      const create = await t.gql(CREATE_ORG, { input: { workspaceId: ws.id, name: `Org ${uniq()}`, acronym, kind: 'OTHER' } }, tokens.coordinator);
      expect(code(create)).toBe('BAD_USER_INPUT');
      expect(create.errors![0]!.extensions['field']).toBe('acronym');
      expect(create.errors![0]!.message).toBe(`Shorten the acronym to ${INPUT_LIMITS.acronymMax} characters or fewer.`);
      const rename = await t.gql(RENAME_ORG, { id: agency.id, name: '  ' }, tokens.coordinator);
      expect(code(rename)).toBe('BAD_USER_INPUT');
      expect(rename.errors![0]!.extensions['field']).toBe('name');
      expect(rename.errors![0]!.message).toBe('Enter the name.');
    });

    it('refuses a duplicate name in the same workspace with CONFLICT, on create and on rename', async () => {
      const dup = await t.gql(CREATE_ORG, { input: { workspaceId: ws.id, name: ministry.name, kind: 'MINISTRY' } }, tokens.coordinator);
      expect(code(dup)).toBe('CONFLICT');
      const rename = await t.gql(RENAME_ORG, { id: agency.id, name: ministry.name }, tokens.coordinator);
      expect(code(rename)).toBe('CONFLICT');
      // The same name in another workspace is fine.
      ok(await t.gql(CREATE_ORG, { input: { workspaceId: otherWs.id, name: ministry.name, kind: 'MINISTRY' } }, tokens.outsider));
    });

    it('refuses organisation management to focal points, contributors and observers (FORBIDDEN)', async () => {
      for (const who of ['focal', 'contributor', 'observer'] as const) {
        const create = await t.gql(CREATE_ORG, { input: { workspaceId: ws.id, name: `X ${uniq()}`, kind: 'OTHER' } }, tokens[who]);
        expect({ who, code: code(create) }).toEqual({ who, code: 'FORBIDDEN' });
        const rename = await t.gql(RENAME_ORG, { id: agency.id, name: `Y ${uniq()}` }, tokens[who]);
        expect({ who, code: code(rename) }).toEqual({ who, code: 'FORBIDDEN' });
      }
    });
  });

  describe('addMember', () => {
    it('creates the user and the membership; the new member can sign in', async () => {
      const input = addMemberInput({ role: 'FOCAL_POINT' });
      const added = ok(await t.gql(ADD_MEMBER, { input }, tokens.coordinator))['addMember'];
      expect(added).toMatchObject({
        role: 'FOCAL_POINT',
        active: true,
        user: { email: input.email, displayName: 'New Person' },
        workspace: { id: ws.id },
        organization: { id: agency.id },
      });
      const session = await signIn(t, input.email as string, input.password as string);
      expect(ok(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))['workspace'].myRole).toBe('FOCAL_POINT');
    });

    it('invites an existing account (a valid password given is ignored): the answer shows only what was typed', async () => {
      const existing = await fx.member(otherWs.id, otherOrg.id, 'OBSERVER');
      const added = ok(
        await t.gql(
          ADD_MEMBER,
          { input: addMemberInput({ email: existing.user.email.toUpperCase(), password: 'ignored-long-password', displayName: 'Other Name', role: 'CONTRIBUTOR', organizationId: civil.id }) },
          tokens.coordinator,
        ),
      )['addMember'];
      // docs/domain.md settled details: the person joins only on accepting; nothing of the account shows.
      expect(added.user).toEqual({ id: added.id, email: existing.user.email, displayName: 'Other Name' });
      expect(added).toMatchObject({ role: 'CONTRIBUTOR', active: false });
      const users = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [existing.user.email]);
      expect(users[0].n).toBe(1);
      // Their own password still works; the one given was ignored.
      await signIn(t, existing.user.email);
      // A password given is checked whether or not the e-mail has an account, so the answer cannot tell them apart.
      const another = await fx.member(otherWs.id, otherOrg.id, 'OBSERVER');
      const short = await t.gql(ADD_MEMBER, { input: addMemberInput({ email: another.user.email, password: 'x' }) }, tokens.coordinator);
      expect(code(short)).toBe('BAD_USER_INPUT');
    });

    it('refuses a person who already has an active membership in the workspace with CONFLICT', async () => {
      const res = await t.gql(ADD_MEMBER, { input: addMemberInput({ email: coordinator.user.email }) }, tokens.coordinator);
      expect(code(res)).toBe('CONFLICT');
    });

    it('invites back a person whose membership was deactivated; accepting makes them a member again', async () => {
      const former = await fx.member(ws.id, agency.id, 'OBSERVER');
      ok(await t.gql(DEACTIVATE, { id: former.membership.id }, tokens.coordinator));
      const added = ok(
        await t.gql(ADD_MEMBER, { input: addMemberInput({ email: former.user.email, role: 'FOCAL_POINT' }) }, tokens.coordinator),
      )['addMember'];
      expect(added).toMatchObject({ active: false, role: 'FOCAL_POINT', user: { id: added.id } });
      const session = await signIn(t, former.user.email);
      ok(await t.gql(`mutation ($id: ID!) { acceptMyInvitation(membershipId: $id) { id } }`, { id: added.id }, session.accessToken));
      expect(ok(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))['workspace'].myRole).toBe('FOCAL_POINT');
    });

    it('answers NOT_FOUND for an organisation of another workspace', async () => {
      const res = await t.gql(ADD_MEMBER, { input: addMemberInput({ organizationId: otherOrg.id }) }, tokens.coordinator);
      expect(code(res)).toBe('NOT_FOUND');
    });

    it('refuses an invalid e-mail with BAD_USER_INPUT', async () => {
      const res = await t.gql(ADD_MEMBER, { input: addMemberInput({ email: 'not-an-email' }) }, tokens.coordinator);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions['field']).toBe('email');
      expect(res.errors![0]!.message).toBe('Enter an email address in the correct format, like name@ministry.gov.');
    });

    it('refuses a display name over the shared limit with BAD_USER_INPUT on displayName', async () => {
      const input = addMemberInput({ displayName: 'x'.repeat(INPUT_LIMITS.displayNameMax + 1) });
      const res = await t.gql(ADD_MEMBER, { input }, tokens.coordinator);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions['field']).toBe('displayName');
      expect(res.errors![0]!.message).toBe(`Shorten the display name to ${INPUT_LIMITS.displayNameMax} characters or fewer.`);
    });

    it.each(ROLE_LABELS)('is FORBIDDEN for a %s', async (_label, who) => {
      const res = await t.gql(ADD_MEMBER, { input: addMemberInput() }, tokens[who]);
      expect(code(res)).toBe('FORBIDDEN');
    });

    it('lets a platform admin who is not a member add the first coordinator', async () => {
      const fresh = await fx.workspace();
      const org = ok(
        await t.gql(CREATE_ORG, { input: { workspaceId: fresh.id, name: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION' } }, tokens.admin),
      )['createOrganization'];
      const added = ok(
        await t.gql(ADD_MEMBER, { input: addMemberInput({ workspaceId: fresh.id, organizationId: org.id, role: 'COORDINATOR' }) }, tokens.admin),
      )['addMember'];
      expect(added).toMatchObject({ role: 'COORDINATOR', workspace: { id: fresh.id } });
    });
  });

  describe('updateMember and deactivateMember', () => {
    it('changes role and organisation', async () => {
      const m = await fx.member(ws.id, agency.id, 'OBSERVER');
      const roleOnly = ok(await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id, role: 'FOCAL_POINT' } }, tokens.coordinator));
      expect(roleOnly['updateMember']).toEqual({ id: m.membership.id, role: 'FOCAL_POINT', organization: { id: agency.id } });
      const orgOnly = ok(
        await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id, organizationId: ministry.id } }, tokens.coordinator),
      );
      expect(orgOnly['updateMember']).toEqual({ id: m.membership.id, role: 'FOCAL_POINT', organization: { id: ministry.id } });
      const both = ok(
        await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id, role: 'CONTRIBUTOR', organizationId: civil.id } }, tokens.coordinator),
      );
      expect(both['updateMember']).toEqual({ id: m.membership.id, role: 'CONTRIBUTOR', organization: { id: civil.id } });
      // And the change is what the workspace shows.
      const members = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.coordinator))['workspace'].members;
      expect(members.find((x: { id: string }) => x.id === m.membership.id)?.role).toBe('CONTRIBUTOR');
    });

    it('refuses an update without any change (BAD_USER_INPUT) and an organisation of another workspace (NOT_FOUND)', async () => {
      const m = await fx.member(ws.id, agency.id, 'OBSERVER');
      expect(code(await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id } }, tokens.coordinator))).toBe('BAD_USER_INPUT');
      expect(
        code(await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id, organizationId: otherOrg.id } }, tokens.coordinator)),
      ).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for a membership of another workspace and for a deactivated one', async () => {
      const foreign = await fx.member(otherWs.id, otherOrg.id, 'OBSERVER');
      expect(code(await t.gql(UPDATE_MEMBER, { input: { membershipId: foreign.membership.id, role: 'FOCAL_POINT' } }, tokens.coordinator))).toBe(
        'NOT_FOUND',
      );
      expect(code(await t.gql(DEACTIVATE, { id: foreign.membership.id }, tokens.coordinator))).toBe('NOT_FOUND');
      const gone = await fx.member(ws.id, agency.id, 'OBSERVER');
      ok(await t.gql(DEACTIVATE, { id: gone.membership.id }, tokens.coordinator));
      expect(code(await t.gql(DEACTIVATE, { id: gone.membership.id }, tokens.coordinator))).toBe('NOT_FOUND');
      expect(code(await t.gql(UPDATE_MEMBER, { input: { membershipId: gone.membership.id, role: 'OBSERVER' } }, tokens.coordinator))).toBe(
        'NOT_FOUND',
      );
    });

    it('keeps the last coordinator: demoting or deactivating them is FAILED_PRECONDITION with blockers', async () => {
      const lone = await fx.workspace();
      const org = await fx.organization(lone.id);
      const only = await fx.member(lone.id, org.id, 'COORDINATOR');
      const token = (await signIn(t, only.user.email)).accessToken;

      const demote = await t.gql(UPDATE_MEMBER, { input: { membershipId: only.membership.id, role: 'OBSERVER' } }, token);
      expect(code(demote)).toBe('FAILED_PRECONDITION');
      expect(demote.errors![0]!.extensions['blockers']).toEqual([expect.any(String)]);
      const deactivate = await t.gql(DEACTIVATE, { id: only.membership.id }, token);
      expect(code(deactivate)).toBe('FAILED_PRECONDITION');
      expect((deactivate.errors![0]!.extensions['blockers'] as string[]).length).toBeGreaterThan(0);
      // Also for a platform admin.
      expect(code(await t.gql(DEACTIVATE, { id: only.membership.id }, tokens.admin))).toBe('FAILED_PRECONDITION');
      // Moving the last coordinator to another organisation is fine.
      const org2 = await fx.organization(lone.id);
      ok(await t.gql(UPDATE_MEMBER, { input: { membershipId: only.membership.id, organizationId: org2.id } }, token));

      // With a second coordinator, the first may step down.
      const second = await fx.member(lone.id, org.id, 'COORDINATOR');
      ok(await t.gql(UPDATE_MEMBER, { input: { membershipId: only.membership.id, role: 'OBSERVER' } }, token));
      // ...and now the second is the last one.
      const secondToken = (await signIn(t, second.user.email)).accessToken;
      expect(code(await t.gql(DEACTIVATE, { id: second.membership.id }, secondToken))).toBe('FAILED_PRECONDITION');
    });

    it.each(ROLE_LABELS)('refuses updateMember and deactivateMember to a %s (FORBIDDEN)', async (_label, who) => {
      const m = await fx.member(ws.id, agency.id, 'OBSERVER');
      expect(code(await t.gql(UPDATE_MEMBER, { input: { membershipId: m.membership.id, role: 'FOCAL_POINT' } }, tokens[who]))).toBe(
        'FORBIDDEN',
      );
      expect(code(await t.gql(DEACTIVATE, { id: m.membership.id }, tokens[who]))).toBe('FORBIDDEN');
    });
  });

  describe('tenancy', () => {
    it('answers a member of another workspace NOT_FOUND for workspace(id), createOrganization and addMember on it', async () => {
      expect(code(await t.gql(WORKSPACE, { id: ws.id }, tokens.outsider))).toBe('NOT_FOUND');
      expect(
        code(await t.gql(CREATE_ORG, { input: { workspaceId: ws.id, name: `Sneaky ${uniq()}`, kind: 'OTHER' } }, tokens.outsider)),
      ).toBe('NOT_FOUND');
      expect(code(await t.gql(ADD_MEMBER, { input: addMemberInput() }, tokens.outsider))).toBe('NOT_FOUND');
      expect(code(await t.gql(RENAME_ORG, { id: agency.id, name: `Sneaky ${uniq()}` }, tokens.outsider))).toBe('NOT_FOUND');
      expect(code(await t.gql(AUDIT, { workspaceId: ws.id }, tokens.outsider))).toBe('NOT_FOUND');
      // Same answer as for an id that does not exist at all, and for an id that is not an id.
      const unknown = await t.gql(WORKSPACE, { id: randomUUID() }, tokens.outsider);
      expect(code(unknown)).toBe('NOT_FOUND');
      expect(code(await t.gql(WORKSPACE, { id: 'not-a-uuid' }, tokens.outsider))).toBe('NOT_FOUND');
      const known = await t.gql(WORKSPACE, { id: ws.id }, tokens.outsider);
      expect(known.errors![0]!.message).toBe(unknown.errors![0]!.message);
      // Nothing was written.
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM organizations WHERE name LIKE 'Sneaky %'`);
      expect(rows[0].n).toBe(0);
    });

    it('lists only the caller’s workspaces; a platform admin sees them all', async () => {
      const mine = ok(await t.gql(WORKSPACES, {}, tokens.coordinator))['workspaces'].map((w: { id: string }) => w.id);
      expect(mine).toEqual([ws.id]);
      const theirs = ok(await t.gql(WORKSPACES, {}, tokens.outsider))['workspaces'].map((w: { id: string }) => w.id);
      expect(theirs).toEqual([otherWs.id]);
      const all = ok(await t.gql(WORKSPACES, {}, tokens.admin))['workspaces'].map((w: { id: string }) => w.id);
      const inDb = (await t.dataSource.query(`SELECT id FROM workspaces`)).map((r: { id: string }) => r.id);
      expect([...all].sort()).toEqual([...inDb].sort());
      expect(all).toEqual(expect.arrayContaining([ws.id, otherWs.id]));
    });

    it('lists only active members in Workspace.members', async () => {
      const leaving = await fx.member(ws.id, agency.id, 'OBSERVER');
      const before = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.coordinator))['workspace'].members.map((m: { id: string }) => m.id);
      expect(before).toContain(leaving.membership.id);
      ok(await t.gql(DEACTIVATE, { id: leaving.membership.id }, tokens.coordinator));
      const after = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.coordinator))['workspace'].members.map((m: { id: string }) => m.id);
      expect(after).not.toContain(leaving.membership.id);
      expect(after.length).toBe(before.length - 1);
    });

    it('shows, of another person’s memberships, only those in workspaces the caller can see', async () => {
      const both = await fx.member(ws.id, agency.id, 'OBSERVER');
      const third = await fx.workspace();
      const thirdOrg = await fx.organization(third.id);
      await t.dataSource.query(
        `INSERT INTO memberships (user_id, workspace_id, organization_id, role) VALUES ($1, $2, $3, 'OBSERVER')`,
        [both.user.id, third.id, thirdOrg.id],
      );
      const members = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.observer))['workspace'].members;
      const seen = members.find((m: { user: { id: string } }) => m.user.id === both.user.id);
      expect(seen.user.memberships).toEqual([{ workspace: { id: ws.id } }]);
      // The person sees all of their own, and so does a platform admin.
      const own = await signIn(t, both.user.email);
      const mine = ok(await t.gql(`{ me { memberships { workspace { id } } } }`, {}, own.accessToken))['me'].memberships;
      expect(mine.map((m: { workspace: { id: string } }) => m.workspace.id).sort()).toEqual([ws.id, third.id].sort());
      const asAdmin = ok(await t.gql(WORKSPACE, { id: ws.id }, tokens.admin))['workspace'].members;
      expect(asAdmin.find((m: { user: { id: string } }) => m.user.id === both.user.id).user.memberships).toHaveLength(2);
    });
  });

  describe('audit log', () => {
    it('records every change, with its actor, readable by a coordinator (newest first)', async () => {
      const audited = await fx.workspace();
      const seedOrg = await fx.organization(audited.id);
      const coord = await fx.member(audited.id, seedOrg.id, 'COORDINATOR');
      await fx.member(audited.id, seedOrg.id, 'COORDINATOR');
      const token = (await signIn(t, coord.user.email)).accessToken;

      const org = ok(await t.gql(CREATE_ORG, { input: { workspaceId: audited.id, name: 'Statistics Office', kind: 'GOVERNMENT_AGENCY' } }, token))[
        'createOrganization'
      ];
      ok(await t.gql(RENAME_ORG, { id: org.id, name: 'National Statistics Office', acronym: 'NSO' }, token));
      const added = ok(
        await t.gql(ADD_MEMBER, { input: addMemberInput({ workspaceId: audited.id, organizationId: org.id }) }, token),
      )['addMember'];
      ok(await t.gql(UPDATE_MEMBER, { input: { membershipId: added.id, role: 'FOCAL_POINT' } }, token));
      ok(await t.gql(DEACTIVATE, { id: added.id }, token));
      const profile = ok(
        await t.gql(
          `mutation P($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
          { input: { workspaceId: audited.id, title: 'Migration Profile', edition: '2025' } },
          token,
        ),
      )['createProfile'];

      const log = ok(await t.gql(AUDIT, { workspaceId: audited.id }, token))['auditLog'];
      const events = log.edges.map((e: { node: Record<string, any> }) => e.node);
      const actions = events.map((e: { action: string }) => e.action);
      expect(actions.slice(0, 3)).toEqual(['profile.created', 'member.deactivated', 'member.updated']);
      // addMember writes both in one transaction; the chain's sequence still orders them (the account first).
      expect(actions.slice(3, 5)).toEqual(['member.added', 'user.created']);
      expect(actions.slice(5)).toEqual(['organization.renamed', 'organization.created']);
      for (const e of events) expect(e.actor).toEqual({ id: coord.user.id });
      const byAction = Object.fromEntries(events.map((e: { action: string }) => [e.action, e]));
      expect(byAction['organization.created']).toMatchObject({ subjectType: 'Organization', subjectId: org.id });
      expect(byAction['organization.renamed'].data).toMatchObject({
        before: { name: 'Statistics Office' },
        after: { name: 'National Statistics Office', acronym: 'NSO' },
      });
      expect(byAction['member.added']).toMatchObject({ subjectType: 'Membership', subjectId: added.id });
      expect(byAction['user.created']).toMatchObject({ subjectType: 'User', subjectId: added.user.id });
      expect(byAction['member.updated'].data).toMatchObject({ before: { role: 'OBSERVER' }, after: { role: 'FOCAL_POINT' } });
      expect(byAction['member.deactivated']).toMatchObject({ subjectType: 'Membership', subjectId: added.id });
      expect(byAction['profile.created']).toMatchObject({ subjectType: 'Profile', subjectId: profile.id });
      // No secret reaches the log.
      expect(JSON.stringify(events)).not.toMatch(/a-good-long-password|\$argon2/);
      expect(log.pageInfo.hasNextPage).toBe(false);
    });

    it('records workspace creation in the new workspace’s log, and session events outside any workspace', async () => {
      const slug = `audited-${uniq()}`;
      const created = ok(await t.gql(CREATE_WORKSPACE, { input: { name: 'Audited', slug, kind: 'REGIONAL' } }, tokens.admin))[
        'createWorkspace'
      ];
      const log = ok(await t.gql(AUDIT, { workspaceId: created.id }, tokens.admin))['auditLog'];
      expect(log.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['workspace.created']);
      expect(log.edges[0].node).toMatchObject({ subjectType: 'Workspace', subjectId: created.id, data: { slug } });

      const user = await fx.user();
      const session = await signIn(t, user.email);
      await t.gql(`mutation L($r: String!) { logout(refreshToken: $r) }`, { r: session.refreshToken });
      const rows = await t.dataSource.query(
        `SELECT action, workspace_id FROM audit_events WHERE actor_id = $1 ORDER BY at`,
        [user.id],
      );
      expect(rows).toEqual([
        { action: 'session.started', workspace_id: null },
        { action: 'session.revoked', workspace_id: null },
      ]);
    });

    it('pages with first/after', async () => {
      const first = ok(await t.gql(AUDIT, { workspaceId: ws.id, first: 2 }, tokens.coordinator))['auditLog'];
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = ok(await t.gql(AUDIT, { workspaceId: ws.id, first: 2, after: first.pageInfo.endCursor }, tokens.coordinator))['auditLog'];
      const ids = [...first.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(code(await t.gql(AUDIT, { workspaceId: ws.id, first: 0 }, tokens.coordinator))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(AUDIT, { workspaceId: ws.id, after: 'garbage' }, tokens.coordinator))).toBe('BAD_USER_INPUT');
    });

    it.each(ROLE_LABELS)('is FORBIDDEN for a %s', async (_label, who) => {
      expect(code(await t.gql(AUDIT, { workspaceId: ws.id }, tokens[who]))).toBe('FORBIDDEN');
    });

    // BUG (once in auditLog(), now libs/api/audit AuditLogService.authorize): for a platform admin the
    // access check passes for any uuid (platformAdmin override) and the resolver never checks that the
    // workspace exists, so an unknown workspace id answers an empty log instead of NOT_FOUND.
    it('answers NOT_FOUND to a platform admin for a workspace that does not exist', async () => {
      expect(code(await t.gql(AUDIT, { workspaceId: randomUUID() }, tokens.admin))).toBe('NOT_FOUND');
    });
  });
});
