// npm run bench, part 1: the profile read (issue 13, items 1 and 4).
// A 60-section profile (~1.7 KB of text per section, three revisions each) in the demo workspace; the profile
// screen's query (the web app's ProfileScreen document, with each section's current revision to read) as a
// coordinator, against a bare node:http + pg endpoint in its own process (bench/bare-profile.mjs: token signature,
// session row, one statement, the same JSON). autocannon runs in a third process (bench/load.mjs): 16 connections,
// two rounds, the better kept. Then `{ me { id } }` against the bare session check, and the profile read again with
// ten times the data in other workspaces (goal <= 1.2x slower). The ratio ends the first part and, printed again, the
// script.
// Needs `npm run build:api` and PostgreSQL (TEST_DATABASE_URL, default the local server).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { autocannon, benchDatabase, COORDINATOR, gql, JWT_SECRET, signIn, startApi, textDoc } from './lib.mjs';

const CONTRIBUTOR = ['contributor@demo.example', 'Contributor-demo-2024'];
const ACADEMIC = ['academic@demo.example', 'Contributor-demo-2024'];

const SECTIONS = 60;
/**
 * BENCH_REVIEW_COUNTS=0: the outline without its review counts, and no review data seeded, on both sides. For builds
 * older than the counts (ADR 0025), to compare them with a newer build read the same way.
 */
const REVIEW_COUNTS = process.env.BENCH_REVIEW_COUNTS !== '0';
const CONNECTIONS = 16;

/**
 * apps/web ProfileScreen (profile-documents.ts with OutlineSectionFields, review counts included, and
 * ReviewCycleNoticeFields), plus the text.
 */
export const PROFILE_SCREEN = `query ProfileScreen($id: ID!) {
  profile(id: $id) {
    id title edition createdAt
    workspace { id name myRole organizations { id name acronym } }
    sections {
      id parentId number numbered title position depth status canEdit
      assignedOrganizations { id name acronym }
      ${REVIEW_COUNTS ? `openThreadCount
      signOffProgress { reviewCycleId required approved changesRequested }` : ''}
      currentRevision { id number html }
    }
    reviewCycles { id title status closesAt closedAt }
  }
}`;

const db = await benchDatabase('read');
const api = await startApi(db.url, process.env.BENCH_CPU_PROF ? { NODE_ARGS: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] } : {});
let bare;
try {
  const token = await signIn(api.base, ...COORDINATOR);
  const profile = (await gql(api.base, '{ workspaces { id profiles { id sections { id parentId depth } } } }', {}, token)).data.workspaces[0].profiles[0];

  // Grow the demo outline to 60 sections (under its chapters), then give every section three revisions of ~1.7 KB.
  const chapters = profile.sections.filter((s) => s.depth === 0);
  for (let i = profile.sections.length; i < SECTIONS; i += 1) {
    const r = await gql(api.base, 'mutation($i: AddSectionInput!) { addSection(input: $i) { id } }', { i: { profileId: profile.id, title: `Bench section ${i}`, parentId: chapters[i % chapters.length].id } }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
  }
  const sections = (await gql(api.base, 'query($id: ID!) { profile(id: $id) { sections { id currentRevision { id } } } }', { id: profile.id }, token)).data.profile.sections;
  for (const [i, section] of sections.entries()) {
    let base = section.currentRevision?.id ?? null;
    for (let v = 1; v <= 3; v += 1) {
      const r = await gql(api.base, 'mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }', { i: { sectionId: section.id, baseRevisionId: base, content: textDoc(1700, `Section ${i}, version ${v}. `) } }, token);
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      base = r.data.saveSection.id;
    }
  }

  if (REVIEW_COUNTS) await seedReview(api.base, token, profile.id);

  bare = spawn(process.execPath, [join(import.meta.dirname, 'bare-profile.mjs')], { env: { ...process.env, DATABASE_URL: db.url, JWT_SECRET }, stdio: ['ignore', 'pipe', 'inherit'] });
  const barePort = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  const bareBase = `http://127.0.0.1:${barePort}`;
  const auth = { authorization: `Bearer ${token}` };

  // Both must answer the same JSON, or the comparison means nothing.
  const expected = await gql(api.base, PROFILE_SCREEN, { id: profile.id }, token);
  const bareAnswer = await fetch(`${bareBase}/profile/${profile.id}`, { headers: auth }).then((r) => r.json());
  if (!expected.data) throw new Error(JSON.stringify(expected.errors));
  if (!isDeepStrictEqual(bareAnswer, expected)) {
    console.error('the bare endpoint answers different JSON than the API:');
    console.error(JSON.stringify(bareAnswer).slice(0, 600));
    console.error(JSON.stringify(expected).slice(0, 600));
    process.exitCode = 1;
  }
  const bytes = JSON.stringify(expected).length;
  const sectionCount = expected.data.profile.sections.length;

  const graphqlLoad = (query, variables) => ({ url: `${api.base}/graphql`, method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), connections: CONNECTIONS });
  const line = (name, r) => console.log(`  ${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms${r.errors || r.non2xx ? `  (${r.errors} errors, ${r.non2xx} non-2xx)` : ''}`);
  const measureProfile = async () => {
    const b = await autocannon({ url: `${bareBase}/profile/${profile.id}`, headers: auth, connections: CONNECTIONS });
    const g = await autocannon(graphqlLoad(PROFILE_SCREEN, { id: profile.id }));
    return { b, g };
  };

  console.log(`profile read: ${sectionCount} sections${REVIEW_COUNTS ? ' with review counts' : ', no review counts (BENCH_REVIEW_COUNTS=0)'}, ${(bytes / 1024).toFixed(0)} KB of JSON; autocannon in its own process, ${CONNECTIONS} connections, best of 2 rounds`);
  const { b: bareProfile, g: graphqlProfile } = await measureProfile();
  line('bare node:http + pg (profile)', bareProfile);
  line('GraphQL profile screen query', graphqlProfile);
  const bareMe = await autocannon({ url: `${bareBase}/me`, headers: auth, connections: CONNECTIONS });
  const graphqlMe = await autocannon(graphqlLoad('{ me { id } }', {}));
  line('bare session check (me)', bareMe);
  line('GraphQL { me { id } }', graphqlMe);
  console.log(`  { me { id } } ratio GraphQL / bare: ${(graphqlMe.rps / bareMe.rps).toFixed(2)}x`);
  const ratioLine = `profile read ratio GraphQL / bare: ${(graphqlProfile.rps / bareProfile.rps).toFixed(2)}x (target >= 0.5x)`;
  console.log(ratioLine);

  // Growth: ten copies of the demo workspace's profiles, sections, revisions and organisations in other workspaces.
  if (process.env.BENCH_SKIP_GROWTH !== '1') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const wsId = (await client.query('SELECT workspace_id FROM profiles WHERE id = $1', [profile.id])).rows[0].workspace_id;
      for (let copy = 1; copy <= 10; copy += 1) await cloneWorkspace(client, wsId, copy);
      await client.query('ANALYZE');
      const counts = (await client.query(`SELECT (SELECT count(*) FROM workspaces) AS w, (SELECT count(*) FROM sections) AS s, (SELECT count(*) FROM revisions) AS r`)).rows[0];
      console.log(`growth: ${counts.w} workspaces, ${counts.s} sections, ${counts.r} revisions`);
    } finally {
      await client.end();
    }
    const grown = await autocannon(graphqlLoad(PROFILE_SCREEN, { id: profile.id }));
    line('GraphQL profile screen, 10x data', grown);
    console.log(`growth: profile read with 10x the data ${(graphqlProfile.rps / grown.rps).toFixed(2)}x slower (p50 ${graphqlProfile.p50} -> ${grown.p50} ms; goal <= 1.2x)`);
    // The issue's figure is the part's last line.
    console.log(ratioLine);
  }
} finally {
  bare?.kill('SIGTERM');
  await api.stop();
  await db.drop();
}

/**
 * Review data on the outline: an open cycle on every section no open cycle holds yet (the demo's consultation holds
 * three), with two participating organisations that must both sign; 0 to 2 open threads per section from them
 * (and a resolved one on every fifth), an approval on every other section and a request for changes on every third.
 */
async function seedReview(base, token, profileId) {
  const must = async (query, variables, as = token) => {
    const r = await gql(base, query, variables, as);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const { profile } = await must('query($id: ID!) { profile(id: $id) { workspace { organizations { id acronym } } sections { id currentRevision { id } signOffProgress { reviewCycleId } } } }', { id: profileId });
  const org = (acronym) => profile.workspace.organizations.find((o) => o.acronym === acronym).id;
  const free = profile.sections.filter((s) => !s.signOffProgress && s.currentRevision);
  await must('mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id } }', {
    i: {
      profileId,
      title: 'Bench consultation',
      sectionIds: free.map((s) => s.id),
      participantOrganizationIds: [org('NMSN'), org('CMS')],
      requiredSignatoryOrganizationIds: [org('NMSN'), org('CMS')],
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    },
  });
  const contributor = await signIn(base, ...CONTRIBUTOR);
  const academic = await signIn(base, ...ACADEMIC);
  const comment = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
  for (const [i, s] of free.entries()) {
    const at = { sectionId: s.id, revisionId: s.currentRevision.id };
    for (let n = 0; n < i % 3; n += 1) await must(comment, { i: { ...at, body: `Bench question ${n} on section ${i}` } }, n % 2 ? academic : contributor);
    if (i % 5 === 0) {
      const { addComment } = await must(comment, { i: { ...at, body: `Bench remark on section ${i}, answered` } }, contributor);
      await must('mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }', { id: addComment.id }, contributor);
    }
    const signOff = 'mutation($i: SignOffInput!) { signOff(input: $i) { id } }';
    if (i % 2 === 0) await must(signOff, { i: { ...at, decision: 'APPROVE' } }, contributor);
    if (i % 3 === 0) await must(signOff, { i: { ...at, decision: 'REQUEST_CHANGES' } }, academic);
  }
}

/**
 * Copies a workspace (its organisations, profiles, sections, revisions and assignments) under new ids, in SQL: each
 * row through jsonb so that only the ids and foreign keys need naming.
 */
async function cloneWorkspace(client, wsId, copy) {
  await client.query('BEGIN');
  await client.query(`CREATE TEMP TABLE idmap ON COMMIT DROP AS
    SELECT id AS old, gen_random_uuid() AS new FROM (
      SELECT id FROM workspaces WHERE id = $1
      UNION ALL SELECT id FROM organizations WHERE workspace_id = $1
      UNION ALL SELECT id FROM profiles WHERE workspace_id = $1
      UNION ALL SELECT s.id FROM sections s JOIN profiles p ON p.id = s.profile_id WHERE p.workspace_id = $1
      UNION ALL SELECT r.id FROM revisions r JOIN sections s ON s.id = r.section_id JOIN profiles p ON p.id = s.profile_id WHERE p.workspace_id = $1) ids`, [wsId]);
  await client.query('CREATE UNIQUE INDEX ON idmap (old)');
  const m = (col) => `'${col}', (SELECT new FROM idmap WHERE old = (to_jsonb(x)->>'${col}')::uuid)`;
  const clone = (table, where, cols, extra = '') =>
    client.query(`INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(x) || jsonb_build_object(${cols.map(m).join(', ')})${extra})).* FROM ${table} x WHERE ${where}`, [wsId]);
  const ofWs = 'workspace_id = $1';
  const ofProfiles = 'profile_id IN (SELECT id FROM profiles WHERE workspace_id = $1)';
  const ofSections = `section_id IN (SELECT id FROM sections WHERE ${ofProfiles})`;
  await clone('workspaces', 'id = $1', ['id'], ` || jsonb_build_object('slug', x.slug || '-copy-${copy}', 'name', x.name || ' copy ${copy}')`);
  await clone('organizations', ofWs, ['id', 'workspace_id']);
  await clone('profiles', ofWs, ['id', 'workspace_id'].concat(await nullableRefs(client, 'profiles')));
  await clone('sections', ofProfiles, ['id', 'profile_id', 'parent_id'], ` || jsonb_build_object('current_revision_id', NULL)`);
  await clone('revisions', ofSections, ['id', 'section_id', 'restored_from_id']);
  await clone('section_assignments', ofSections, ['section_id', 'organization_id']);
  await client.query(`UPDATE sections s SET current_revision_id = (SELECT new FROM idmap WHERE old = o.current_revision_id)
                        FROM sections o, idmap i WHERE i.old = o.id AND i.new = s.id AND o.current_revision_id IS NOT NULL`);
  await client.query('COMMIT');
}

/** Other uuid columns of profiles that point at profiles or releases of the workspace (kept only when mapped). */
async function nullableRefs(client, table) {
  const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND data_type = 'uuid' AND column_name NOT IN ('id', 'workspace_id', 'created_by_id', 'created_by')`, [table]);
  return rows.map((r) => r.column_name);
}
