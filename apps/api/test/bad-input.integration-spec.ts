import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Bad input is BAD_USER_INPUT (or NOT_FOUND for ids that name nothing), never
 * INTERNAL_SERVER_ERROR (issue 12, item 4). The cases are generated from the
 * served schema, so a new argument or input field is covered without editing
 * this file.
 */

type Operation = 'query' | 'mutation';
interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Where a text-like value sits inside a field's arguments: ['input', 'title'] or ['organizationIds', 0]. */
type Path = Array<string | number>;
const TEXT_SCALARS = new Set(['String', 'ID', 'JSON']);

const BAD_TEXTS = { NUL: 'before\u0000after', 'lone surrogate': 'before\uD800after' };
/** JSON content that is a valid document except for the text inside it. */
const contentWith = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('bad input (schema-driven)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let coordinatorToken: string;
  const ids: Record<string, string> = {};

  /** Plausible values for required arguments, so only the value under test is wrong. */
  function plausible(name: string, type: GraphQLInputType, field: string): unknown {
    const named = getNamedType(type);
    if (isListType(isNonNullType(type) ? type.ofType : type)) return [plausible(name, named, field)];
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (isInputObjectType(named)) {
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, plausible(f.name, f.type, field)]),
      );
    }
    switch (named.name) {
      case 'ID':
        return idFor(name, field);
      case 'Int':
        return 0;
      case 'Boolean':
        return true;
      case 'JSON':
        return contentWith('plausible');
      default:
        if (/email/i.test(name)) return 'someone@example.test';
        if (name === 'slug') return 'probe-slug';
        return 'Plausible text';
    }
  }

  /** A real id of the kind the argument names, so that only the argument under test is wrong. */
  function idFor(name: string, field: string): string {
    const byField: Record<string, string> = {
      archiveSection: 'section',
      renameSection: 'section',
      section: 'section',
      renameOrganization: 'organization',
      profile: 'profile',
      revision: 'revision',
      workspace: 'workspace',
      release: 'release',
      publicRelease: 'release',
      publishRelease: 'release',
      withdrawRelease: 'release',
      reviewCycle: 'reviewCycle',
      closeReviewCycle: 'reviewCycle',
      resolveComment: 'comment',
      indicator: 'indicator',
      updateIndicator: 'indicator',
      markNotificationRead: 'notification',
      setTaskStatus: 'task',
    };
    const kind =
      name === 'id'
        ? byField[field]
        : name
            .replace(/Ids?$/, '')
            .replace(/^(baseRevision|from|to)$/, 'revision')
            .replace(/^(participantOrganization|requiredSignatoryOrganization)$/, 'organization');
    const id = ids[kind === 'parent' ? 'section' : kind === 'membership' ? 'membership' : (kind ?? '')];
    if (!id) throw new Error(`No fixture id for ${field}(${name})`);
    return id;
  }

  /** Every text-like leaf under an argument (input object fields and list items included). */
  function textPaths(type: GraphQLInputType, path: Path, depth = 0): Path[] {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return textPaths(inner.ofType, [...path, 0], depth);
    if (isScalarType(inner)) return TEXT_SCALARS.has(inner.name) ? [path] : [];
    if (isInputObjectType(inner) && depth < 3) {
      return Object.values(inner.getFields()).flatMap((f) => textPaths(f.type, [...path, f.name], depth + 1));
    }
    return [];
  }

  function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
    let node: any = target;
    for (const [i, key] of path.entries()) {
      if (i === path.length - 1) node[key] = value;
      else node = node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    }
  }

  function fields(operation: Operation): Array<GraphQLField<unknown, unknown>> {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root!.getFields());
  }

  /** One request: `field` with its required arguments plausible, and `value` at `path`. */
  function request(operation: Operation, field: GraphQLField<unknown, unknown>, path: Path, value: unknown): Case {
    const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || a.name === path[0]);
    const variables: Record<string, unknown> = {};
    for (const arg of args) variables[arg.name] = plausible(arg.name, arg.type, field.name);
    setAt(variables, path, value);
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    return {
      name: `${field.name}(${path.join('.')})`,
      query: `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
      variables,
    };
  }

  /** NUL and lone surrogates in every String, ID and JSON leaf of every query and mutation. */
  function unstorableTextCases(): Case[] {
    return (['query', 'mutation'] as const).flatMap((operation) =>
      fields(operation).flatMap((field) =>
        field.args.flatMap((arg) =>
          textPaths(arg.type, [arg.name]).flatMap((path) => {
            const leaf = getNamedType(pathType(field, path));
            return Object.entries(BAD_TEXTS).map(([label, text]) => {
              const c = request(operation, field, path, leaf.name === 'JSON' ? contentWith(text) : text);
              return { ...c, name: `${c.name} with ${label}` };
            });
          }),
        ),
      ),
    );
  }

  function pathType(field: GraphQLField<unknown, unknown>, path: Path): GraphQLInputType {
    let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
    for (const key of path.slice(1)) {
      const inner = isNonNullType(type) ? type.ofType : type;
      if (isListType(inner)) type = inner.ofType;
      else if (isInputObjectType(inner)) type = inner.getFields()[key as string]!.type;
    }
    return type;
  }

  /** Every ID leaf of every query and mutation, empty and malformed. */
  function malformedIdCases(): Case[] {
    return (['query', 'mutation'] as const).flatMap((operation) =>
      fields(operation).flatMap((field) =>
        field.args.flatMap((arg) =>
          textPaths(arg.type, [arg.name])
            .filter((path) => getNamedType(pathType(field, path)).name === 'ID')
            .flatMap((path) =>
              ['', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g'].map((value) => {
                const c = request(operation, field, path, value);
                return { ...c, name: `${c.name} = ${JSON.stringify(value)}` };
              }),
            ),
        ),
      ),
    );
  }

  const codes = (res: GqlResponse) => (res.errors ?? []).map((e) => e.extensions.code);

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    const org = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const observer = await fx.member(ws.id, org.id, 'OBSERVER');
    coordinatorToken = (await signIn(t, coordinator.user.email)).accessToken;
    const profile = await t.gql(
      `mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Bad input", edition: "1" }) { id } }`,
      { w: ws.id },
      coordinatorToken,
    );
    const section = await t.gql(
      `mutation($p: ID!) { addSection(input: { profileId: $p, title: "Bad input" }) { id } }`,
      { p: profile.data!['createProfile'].id },
      coordinatorToken,
    );
    const saved = await t.gql(
      `mutation($s: ID!, $c: JSON!) { saveSection(input: { sectionId: $s, content: $c }) { id } }`,
      { s: section.data!['addSection'].id, c: contentWith('first') },
      coordinatorToken,
    );
    // A cycle holding the section, in which the coordinator's organisation signs: a sign-off with a plausible
    // section and revision gets as far as the argument under test.
    const cycle = await t.gql(
      `mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id } }`,
      {
        i: {
          profileId: profile.data!['createProfile'].id,
          title: 'Bad input',
          sectionIds: [section.data!['addSection'].id],
          participantOrganizationIds: [org.id],
          requiredSignatoryOrganizationIds: [org.id],
          closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
        },
      },
      coordinatorToken,
    );
    // A published release of it (approval is the reviews domain's; set directly, after the cycle opened, to meet the gate).
    await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE id = $1`, [section.data!['addSection'].id]);
    const prepared = await t.gql(
      `mutation($p: ID!) { prepareRelease(input: { profileId: $p, version: "1.0" }) { id } }`,
      { p: profile.data!['createProfile'].id },
      coordinatorToken,
    );
    await t.gql(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: prepared.data!['prepareRelease'].id }, coordinatorToken);
    Object.assign(ids, {
      reviewCycle: cycle.data!['openReviewCycle'].id,
      release: prepared.data!['prepareRelease'].id,
      workspace: ws.id,
      organization: org.id,
      membership: observer.membership.id,
      profile: profile.data!['createProfile'].id,
      section: section.data!['addSection'].id,
      revision: saved.data!['saveSection'].id,
    });
    // A thread in that cycle, for the comment arguments.
    const comment = await t.gql(
      `mutation($s: ID!, $r: ID!) { addComment(input: { sectionId: $s, revisionId: $r, body: "Bad input" }) { id } }`,
      { s: ids['section'], r: ids['revision'] },
      coordinatorToken,
    );
    Object.assign(ids, {
      comment: comment.data!['addComment'].id,
      appliedSuggestion: comment.data!['addComment'].id,
      participantOrganization: org.id,
      requiredSignatoryOrganization: org.id,
    });
    // An indicator with a figure, and an adopted catalogue version, for the indicator arguments.
    const indicator = await t.gql(
      `mutation($w: ID!) { createIndicator(input: { workspaceId: $w, code: "BAD.INPUT", name: "Bad input", unit: "persons", definition: "For the bad-input test.", gmgPart: II }) { id } }`,
      { w: ws.id },
      coordinatorToken,
    );
    const figure = await t.gql(
      `mutation($i: ID!, $o: ID!) { recordDataPoint(input: { indicatorId: $i, organizationId: $o, period: "2020", value: 1, sourceType: CENSUS, sourceName: "Census", comparability: COMPARABLE }) { id } }`,
      { i: indicator.data!['createIndicator'].id, o: org.id },
      coordinatorToken,
    );
    const version = await t.gql(
      `mutation($w: ID!) { adoptIndicatorCatalogue(input: { workspaceId: $w, decision: "TWG meeting", adoptedOn: "2026-11-30" }) { id } }`,
      { w: ws.id },
      coordinatorToken,
    );
    const task = await t.gql(
      `mutation($p: ID!, $o: ID!) { createTask(input: { profileId: $p, title: "Bad input", assigneeOrganizationId: $o }) { id } }`,
      { p: ids['profile'], o: org.id },
      coordinatorToken,
    );
    Object.assign(ids, {
      task: task.data!['createTask'].id,
      // markNotificationRead has only its id, which is the argument under test: any uuid stands for "plausible".
      notification: randomUUID(),
      indicator: indicator.data!['createIndicator'].id,
      chosenDataPoint: figure.data!['recordDataPoint'].id,
      catalogueVersion: version.data!['adoptIndicatorCatalogue'].id,
      // addRegionalMember / removeRegionalMember: any workspace stands for a plausible member country here.
      memberWorkspace: ws.id,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses NUL and lone surrogates in every text argument and in JSON content with BAD_USER_INPUT', async () => {
    const cases = unstorableTextCases();
    // 18 mutations and 8 queries at the time of writing; the count only grows with the schema.
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const wrong: string[] = [];
    for (const c of cases) {
      for (const token of [coordinatorToken, undefined]) {
        const res = await t.gql(c.query, c.variables, token);
        if (codes(res).join() !== 'BAD_USER_INPUT') wrong.push(`${c.name}${token ? '' : ' (anonymous)'}: ${JSON.stringify(res.errors ?? res.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses them written inline in the query too, including inside JSON literals', async () => {
    for (const text of Object.values(BAD_TEXTS)) {
      const escaped = JSON.stringify(text); // GraphQL string syntax accepts JSON's \u escapes
      const rename = await t.gql(`mutation { renameSection(id: "${ids['section']}", title: ${escaped}) { id } }`, {}, coordinatorToken);
      expect(codes(rename)).toEqual(['BAD_USER_INPUT']);
      const save = await t.gql(
        `mutation { saveSection(input: { sectionId: "${ids['section']}", content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: ${escaped} }] }] } }) { id } }`,
        {},
        coordinatorToken,
      );
      expect(codes(save)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('answers an empty or malformed id with NOT_FOUND or BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', async () => {
    const cases = malformedIdCases();
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const wrong: string[] = [];
    for (const c of cases) {
      const res = await t.gql(c.query, c.variables, coordinatorToken);
      const [code] = codes(res);
      if (!['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'].includes(code ?? '')) wrong.push(`${c.name}: ${JSON.stringify(res.errors ?? res.data)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses updateMember with organizationId "" as NOT_FOUND, and changes nothing', async () => {
    const res = await t.gql(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
      { input: { membershipId: ids['membership'], organizationId: '', role: 'CONTRIBUTOR' } },
      coordinatorToken,
    );
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const [row] = await t.dataSource.query(`SELECT role FROM memberships WHERE id = $1`, [ids['membership']]);
    expect(row.role).toBe('OBSERVER');
  });

  it('refuses a subscription sent over HTTP, by POST and by GET, signed in or not', async () => {
    const subscription = schema.getSubscriptionType()!;
    for (const field of Object.values(subscription.getFields())) {
      const c = request('query', field, [], undefined);
      const query = c.query.replace(/^query/, 'subscription');
      for (const token of [coordinatorToken, undefined]) {
        expect({ field: field.name, codes: codes(await t.gql(query, c.variables, token)) }).toEqual({ field: field.name, codes: ['BAD_USER_INPUT'] });
        const url = `${t.baseUrl}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(c.variables))}`;
        const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
        expect(res.status).toBeLessThan(500);
        expect({ field: `${field.name} by GET`, codes: codes((await res.json()) as GqlResponse) }).toEqual({ field: `${field.name} by GET`, codes: ['BAD_USER_INPUT'] });
      }
    }
  });

  it('refuses a login e-mail with NUL or of more than 3 KB with BAD_USER_INPUT', async () => {
    const login = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
    for (const email of ['someone\u0000@example.test', `${'a'.repeat(3100)}@example.test`, `${'a'.repeat(300)}@example.test`]) {
      expect(codes(await t.gql(login, { email, password: 'whatever-password' }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses malformed auditLog cursors, such as a negative or huge sequence, with BAD_USER_INPUT', async () => {
    const auditLog = `query($w: ID!, $after: String) { auditLog(workspaceId: $w, after: $after) { edges { cursor } } }`;
    const page = await t.gql(auditLog, { w: ids['workspace'] }, coordinatorToken);
    const good: string = page.data!['auditLog'].edges[0].cursor;
    expect(codes(await t.gql(auditLog, { w: ids['workspace'], after: good }, coordinatorToken))).toEqual([]);
    const uuid = ids['section'];
    const cursor = (raw: string) => Buffer.from(raw).toString('base64url');
    for (const after of [
      cursor('seq:-1'),
      cursor('seq:0'),
      cursor('seq:01'),
      cursor('seq:1e3'),
      cursor(`seq:${'9'.repeat(40)}`),
      cursor('seq:1|extra'),
      cursor(`2024-01-01T00:00:00.000Z|${uuid}`),
      cursor('seq:'),
      `${cursor('seq:1')}=`,
      '',
      '!!!',
      'a'.repeat(5000),
    ]) {
      expect({ after, codes: codes(await t.gql(auditLog, { w: ids['workspace'], after }, coordinatorToken)) }).toEqual({
        after,
        codes: after === '' ? [] : ['BAD_USER_INPUT'],
      });
    }
  });
});
