import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLOutputType,
  isLeafType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PortalPagesWriter, PortalService } from '@mps/api-portal';
import { APP_CONFIG, type AppConfig } from '@mps/api-core';
import { DEMO_USERS } from '@mps/api-seed';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * The public portal (/portal): pages of a published release written with the publication, rewritten at withdrawal,
 * rendered at start-up when missing or stale, served with ETags; and nothing unpublished reachable anonymously, by any
 * portal address or any GraphQL query field (read from the committed schema, so new queries are covered too).
 */

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const UUID = /^[0-9a-f-]{36}$/;

describe('public portal', () => {
  let t: TestApp;
  let coordinator: string;
  let published: { id: string; profileId: string };
  let candidate: { id: string };
  let withdrawn: { id: string };
  let draft: { profileId: string; sectionId: string; revisionId: string };
  /** Strings only unpublished things hold: none may reach an anonymous visitor. */
  let secrets: string[];

  const password = (email: string) => DEMO_USERS.find((u) => u.email === email)!.password;
  const must = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables, coordinator);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${t.baseUrl}${path}`, { method, headers, redirect: 'manual' });
  const sectionId = async (profileId: string, key: string) =>
    (await t.dataSource.query(`SELECT id, current_revision_id FROM sections WHERE profile_id = $1 AND key = $2`, [profileId, key]))[0] as {
      id: string;
      current_revision_id: string;
    };

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    coordinator = (await signIn(t, 'coordinator@demo.example', password('coordinator@demo.example'))).accessToken;
    const [release] = await t.dataSource.query(`SELECT id, profile_id FROM releases WHERE version = '2019.1'`);
    published = { id: release.id, profileId: release.profile_id };

    // A candidate of the 2019 profile: prepared, never published.
    const prepared = await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, {
      input: { profileId: published.profileId, version: '2019.2-rc', notes: 'CANDIDATE-NOTES-7d41' },
    });
    candidate = { id: prepared['prepareRelease'].id };

    // A release with a changed section (approved by the cycle's signatories), published, then withdrawn.
    const emigration = await sectionId(published.profileId, 'trends.emigration');
    const saved = await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, {
      input: { sectionId: emigration.id, baseRevisionId: emigration.current_revision_id, content: doc('The 2019 census counted 325,000 Norland-born residents abroad.') },
    });
    // Both required signatories of the 2019 validation cycle approve the new revision (late sign-offs count).
    for (const email of ['focal.statistics@demo.example', 'academic@demo.example']) {
      const token = (await signIn(t, email, password(email))).accessToken;
      const res = await t.gql(`mutation($input: SignOffInput!) { signOff(input: $input) { id } }`, {
        input: { sectionId: emigration.id, revisionId: saved['saveSection'].id, decision: 'APPROVE' },
      }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const second = await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, {
      input: { profileId: published.profileId, version: '2019.3', notes: 'Corrected census figure.' },
    });
    withdrawn = { id: second['prepareRelease'].id };
    await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: withdrawn.id });
    await must(`mutation($id: ID!, $reason: String!) { withdrawRelease(id: $id, reason: $reason) { id } }`, {
      id: withdrawn.id,
      reason: 'The census figure was provisional.',
    });

    // The current edition is a draft: give it a title and a text nobody outside may see.
    const [current] = await t.dataSource.query(`SELECT id FROM profiles WHERE edition = '2024'`);
    const policy = await sectionId(current.id, 'governance.policy');
    await must(`mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`, { id: policy.id, title: 'DRAFT-TITLE-19c2' });
    const draftRevision = await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, {
      input: { sectionId: policy.id, baseRevisionId: policy.current_revision_id, content: doc('DRAFT-TEXT-5be0 not yet validated') },
    });
    draft = { profileId: current.id, sectionId: policy.id, revisionId: draftRevision['saveSection'].id };
    secrets = [candidate.id, 'CANDIDATE-NOTES-7d41', '2019.2-rc', draft.profileId, draft.sectionId, draft.revisionId, 'DRAFT-TITLE-19c2', 'DRAFT-TEXT-5be0'];
  }, BOOT_TIMEOUT * 2);
  afterAll(async () => t?.close());

  it('has the demo’s release 2019.1 on the portal from the seed, written when the seed published it', async () => {
    const rows: Array<{ page: string; same: boolean }> = await t.dataSource.query(
      `SELECT p.page, p.xmin::text = r.xmin::text AS same FROM portal_pages p JOIN releases r ON r.id = p.release_id WHERE r.id = $1 AND p.language = 'en' ORDER BY p.page`,
      [published.id],
    );
    expect(rows).toEqual(['release', 'section/executive-summary', 'section/governance.policy', 'section/trends.emigration', 'section/trends.return'].map((page) => ({ page, same: true })));
    // The same pages in every interface language, written in that transaction too.
    const languages: Array<{ language: string; n: string; same: boolean }> = await t.dataSource.query(
      `SELECT p.language, count(*) AS n, bool_and(p.xmin::text = r.xmin::text) AS same FROM portal_pages p JOIN releases r ON r.id = p.release_id
        WHERE r.id = $1 GROUP BY p.language ORDER BY p.language`,
      [published.id],
    );
    expect(languages.map((l) => ({ ...l, n: Number(l.n) }))).toEqual(['ar', 'en', 'es', 'fr', 'ru'].map((language) => ({ language, n: 5, same: true })));
  });

  it('writes a release’s pages in the transaction that publishes it, and rewrites them in the one that withdraws it', async () => {
    const rows: Array<{ page: string; release_status: string; same: boolean }> = await t.dataSource.query(
      `SELECT p.page, p.release_status, p.xmin::text = r.xmin::text AS same FROM portal_pages p JOIN releases r ON r.id = p.release_id WHERE r.id = $1 AND p.language = 'en'`,
      [withdrawn.id],
    );
    expect(rows.map((r) => r.page).sort()).toEqual(['release', 'section/executive-summary', 'section/governance.policy', 'section/trends.emigration', 'section/trends.return']);
    expect(rows.every((r) => r.same && r.release_status === 'WITHDRAWN')).toBe(true);
    expect(await t.dataSource.query(`SELECT 1 FROM portal_pages WHERE release_id = $1`, [candidate.id])).toEqual([]);
  });

  it('lists the countries with published releases and a country’s releases, withdrawn ones marked', async () => {
    const home = await get('/portal');
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<html lang="en" dir="ltr">');
    expect(homeHtml).toContain('href="/portal/places/norland"');
    expect(home.headers.get('cache-control')).toBe('public, max-age=60');

    const place = await (await get('/portal/places/norland')).text();
    expect(place).toContain(`href="/portal/releases/${published.id}"`);
    expect(place).toContain(`href="/portal/releases/${withdrawn.id}"`);
    // One published release left (2019.3 was withdrawn): nothing to offer for comparison at the top.
    expect(place).not.toContain('Compare the latest releases');
    expect(place).toMatch(/Release 2019\.3<\/a><\/td>\s*<td>[^<]+<\/td>\s*<td><span class="tag withdrawn">Withdrawn/);
  });

  it('serves the release reader: title, description, canonical link, contents with anchors, numbered sections, downloads', async () => {
    const res = await get(`/portal/releases/${published.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await res.text();
    expect(page).toMatch(/<title>Migration Profile of the Republic of Norland, release 2019\.1 – Migration Profile Studio<\/title>|<title>[^<]*release 2019\.1[^<]*<\/title>/);
    expect(page).toMatch(/<meta name="description" content="[^"]*2019\.1[^"]*">/);
    const origin = t.app.get<AppConfig>(APP_CONFIG).publicUrl.replace(/\/+$/, '');
    expect(page).toContain(`<link rel="canonical" href="${origin}/portal/releases/${published.id}">`);
    expect(page).toContain('<a href="#section-trends.emigration">');
    // The chapter headings between the sections (no text of their own), in their place, without a page of their own.
    expect(page).toMatch(/<h2 id="section-trends-heading"><span class="number">A<\/span> Migration trends and migrant characteristics<\/h2>\s*<\/header>\s*<div class="body"><\/div>/);
    expect(page.indexOf('id="section-trends-heading"')).toBeLessThan(page.indexOf('id="section-trends.emigration-heading"'));
    expect(page).not.toContain(`/sections/trends"`);
    expect(page).toContain('id="section-trends.emigration"');
    expect(page).toContain(`href="/portal/releases/${published.id}/sections/trends.emigration"`);
    expect(page).toContain(`href="/exports/releases/${published.id}.pdf?lang=en"`);
    expect(page).toContain('310,000 Norland-born residents');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('noindex');

    const section = await get(`/portal/releases/${published.id}/sections/trends.emigration`);
    expect(section.status).toBe(200);
    const sectionHtml = await section.text();
    expect(sectionHtml).toMatch(/<h1><span class="number">[A-Z.0-9]+<\/span> Emigration<\/h1>/);
    expect(sectionHtml).toContain(`href="/portal/releases/${published.id}#section-trends.emigration"`);
  });

  it('serves every page in each interface language, linked to the others (hreflang, x-default) by absolute addresses', async () => {
    const origin = t.app.get<AppConfig>(APP_CONFIG).publicUrl.replace(/\/+$/, '');
    const reader = `/portal/releases/${published.id}`;
    const ar = await get(`${reader}?lang=ar`);
    expect(ar.status).toBe(200);
    expect(ar.headers.get('content-language')).toBe('ar');
    const arPage = await ar.text();
    expect(arPage).toContain('<html lang="ar" dir="rtl">');
    expect(arPage).toContain('<h2 id="contents-heading">المحتويات</h2>');
    expect(arPage).toContain(`<link rel="canonical" href="${origin}${reader}?lang=ar">`);
    for (const [lang, query] of [['en', ''], ['fr', '?lang=fr'], ['es', '?lang=es'], ['ru', '?lang=ru'], ['ar', '?lang=ar'], ['x-default', '']]) {
      expect(arPage).toContain(`<link rel="alternate" hreflang="${lang}" href="${origin}${reader}${query}">`);
    }
    // The release's own text stays as written; the downloads are offered in the page's language.
    expect(arPage).toContain('310,000 Norland-born residents');
    expect(arPage).toContain(`href="/exports/releases/${published.id}.pdf?lang=ar"`);
    // Without ?lang=, Accept-Language chooses; the language menu leads to every language of the same page.
    const fr = await (await get(reader, { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' })).text();
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('Table des matières');
    expect(fr).toContain(`<a href="${reader}?lang=ru" lang="ru" hreflang="ru" dir="ltr">Русский</a>`);
    // Lists, the compare view and the 404 page speak it too.
    expect(await (await get('/portal?lang=es')).text()).toContain('<h1>Perfiles migratorios</h1>');
    expect(await (await get(`/portal/compare?from=${published.id}&lang=ru`)).text()).toContain('<html lang="ru" dir="ltr">');
    const missing = await get('/portal/nope?lang=ar');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('الصفحة غير موجودة');
  });

  it('marks a withdrawn release’s pages with the date and reason, offers no download and keeps them out of search engines', async () => {
    const page = await (await get(`/portal/releases/${withdrawn.id}`)).text();
    expect(page).toContain('This release was withdrawn on');
    expect(page).toContain('Reason: The census figure was provisional.');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('/exports/releases/');
  });

  it('answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const first = await get(`/portal/releases/${published.id}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`/portal/releases/${published.id}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await get(`/portal/releases/${published.id}/sections/trends.return`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toMatch(/^"/);
    expect(await head.text()).toBe('');
    const compare = await get(`/portal/compare?from=${published.id}&to=${withdrawn.id}`);
    const compared = await get(`/portal/compare?from=${published.id}&to=${withdrawn.id}`, { 'if-none-match': compare.headers.get('etag')! });
    expect(compared.status).toBe(304);
  });

  it('serves its stylesheet from a hashed address, cached for a year', async () => {
    const page = await (await get('/portal')).text();
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1];
    const css = await get(href);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(await css.text()).toContain('@media print');
  });

  it('compares two releases section by section, matched by key, with insertions and deletions marked', async () => {
    const res = await get(`/portal/compare?from=${published.id}&to=${withdrawn.id}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Sections changed: 1. Added: 0. Removed: 0. Unchanged: 3.');
    expect(page).toMatch(/<del><span class="visually-hidden">Removed: <\/span>[^<]*2014/);
    expect(page).toMatch(/<ins><span class="visually-hidden">Added: <\/span>[^<]*2019/);
    const form = await (await get(`/portal/compare?from=${published.id}`)).text();
    expect(form).toContain('<form class="compare" method="get" action="/portal/compare">');
    expect(form).toContain(`<option value="${withdrawn.id}" selected>`);
  });

  it('renders at start-up the pages that are missing or were written by another renderer, once, whoever runs it', async () => {
    await t.dataSource.query(`DELETE FROM portal_pages WHERE release_id = $1`, [published.id]);
    await t.dataSource.query(`UPDATE portal_pages SET renderer = 'older' WHERE release_id = $1`, [withdrawn.id]);
    const portal = t.app.get(PortalService);
    expect((await portal.staleReleaseIds()).sort()).toEqual([published.id, withdrawn.id].sort());
    // Two instances starting together: both passes succeed, and the pages are written once per release.
    await Promise.all([portal.onApplicationBootstrap(), portal.onApplicationBootstrap()]);
    expect(await portal.staleReleaseIds()).toEqual([]);
    const rows: Array<{ release_id: string; n: string; renderer: string[] }> = await t.dataSource.query(
      // Norland's two releases (the regional demo's countries have releases of their own).
      `SELECT release_id, count(*) AS n, array_agg(DISTINCT renderer) AS renderer FROM portal_pages WHERE release_id = ANY($1) GROUP BY release_id`,
      [[published.id, withdrawn.id]],
    );
    // Five pages (the reader and four sections) in each of the five languages.
    const renderer = t.app.get(PortalPagesWriter).renderer;
    expect(rows.map((r) => ({ n: Number(r.n), renderer: r.renderer }))).toEqual([
      { n: 25, renderer: [renderer] },
      { n: 25, renderer: [renderer] },
    ]);
    const withdrawnPage = await (await get(`/portal/releases/${withdrawn.id}`)).text();
    expect(withdrawnPage).toContain('This release was withdrawn on');
    // A page still missing when asked for (a start-up pass that failed) is rendered on the spot.
    await t.dataSource.query(`DELETE FROM portal_pages WHERE release_id = $1`, [published.id]);
    expect((await get(`/portal/releases/${published.id}/sections/trends.return`)).status).toBe(200);
  });

  it('answers a 404 page for every address that shows nothing published: candidates, drafts, malformed and unknown', async () => {
    const shapes = [
      '/portal/nope',
      '/portal/places/nowhere',
      '/portal/places/' + encodeURIComponent('<script>'),
      '/portal/assets/portal.css',
      '/portal/assets/x',
      '/portal/releases',
      '/portal/releases/not-a-uuid',
      '/portal/releases/00000000-0000-0000-0000-000000000000',
      `/portal/releases/${published.id}/sections/nope`,
      `/portal/releases/${published.id}/sections/${'x'.repeat(5000)}`,
      `/portal/releases/${published.id}/extra/path`,
      '/portal/compare',
      '/portal/compare?from=x',
      `/portal/compare?from=${published.id}&from=${withdrawn.id}`,
      `/portal/compare?from=${published.id}&to=`,
      `/portal/compare?from=${published.id}&to=${withdrawn.id}&to=${published.id}`,
      ...[candidate.id, draft.profileId, draft.sectionId, draft.revisionId].flatMap((id) => [
        `/portal/releases/${id}`,
        `/portal/releases/${id}/sections/trends.emigration`,
        `/portal/releases/${published.id}/sections/${id}`,
        `/portal/compare?from=${id}`,
        `/portal/compare?from=${published.id}&to=${id}`,
        `/portal/compare?from=${id}&to=${published.id}`,
        `/portal/places/${id}`,
      ]),
    ];
    const wrong: unknown[] = [];
    for (const path of shapes) {
      for (const method of ['GET', 'HEAD']) {
        const res = await get(path, {}, method);
        const body = await res.text();
        const leaked = secrets.filter((s) => body.includes(s));
        const ok = res.status === 404 && res.headers.get('content-type') === 'text/html; charset=utf-8' && leaked.length === 0 && (method === 'HEAD' || body.includes('Page not found'));
        if (!ok) wrong.push({ path, method, status: res.status, type: res.headers.get('content-type'), leaked });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows nothing unpublished on any portal page', async () => {
    const pages = [
      '/portal',
      '/portal/places/norland',
      `/portal/releases/${published.id}`,
      `/portal/releases/${withdrawn.id}`,
      `/portal/compare?from=${published.id}`,
      `/portal/compare?from=${published.id}&to=${withdrawn.id}`,
      ...(await t.dataSource.query(`SELECT page FROM portal_pages WHERE release_id = $1 AND page <> 'release'`, [published.id])).map(
        (r: { page: string }) => `/portal/releases/${published.id}/sections/${r.page.slice('section/'.length)}`,
      ),
    ];
    const leaks = [];
    for (const path of pages) {
      const body = await (await get(path)).text();
      const found = secrets.filter((s) => body.includes(s));
      if (found.length) leaks.push({ path, found });
    }
    expect(leaks).toEqual([]);
  });

  it('answers every GraphQL query field anonymously without anything unpublished, whatever ids it is given', async () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const selection = (type: GraphQLOutputType, depth: number): string => {
      const named = getNamedType(type);
      if (isLeafType(named)) return '';
      if (!isObjectType(named)) return '{ __typename }';
      const parts = ['__typename'];
      for (const field of Object.values((named as GraphQLObjectType).getFields())) {
        if (field.args.some((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined)) continue;
        if (isLeafType(getNamedType(field.type))) parts.push(field.name);
        else if (depth > 0) parts.push(`${field.name} ${selection(field.type, depth - 1)}`);
      }
      return `{ ${parts.join(' ')} }`;
    };
    const ids = [candidate.id, draft.profileId, draft.sectionId, draft.revisionId, published.id, withdrawn.id];
    const leaks: unknown[] = [];
    let calls = 0;
    for (const field of Object.values(schema.getQueryType()!.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const idArgs = field.args.filter((a) => getNamedType(a.type).name === 'ID');
      const variants = idArgs.length ? ids : [null];
      for (const id of variants) {
        const args = field.args
          .map((a) => {
            const type = getNamedType(a.type).name;
            if (type === 'ID') return `${a.name}: ${JSON.stringify(id)}`;
            if (type === 'String' && a.type instanceof GraphQLNonNull) return `${a.name}: "XN"`;
            if (/country/i.test(a.name)) return `${a.name}: "XN"`;
            return null;
          })
          .filter(Boolean);
        const query = `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field.type, 3)} }`;
        const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        calls++;
        const body = await res.text();
        const found = secrets.filter((s) => body.includes(s));
        if (found.length) leaks.push({ field: field.name, id, found });
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
    // The published release is readable anonymously, its candidate sibling is not.
    const pub = await t.gql(`query($id: ID!) { publicRelease(id: $id) { id version } }`, { id: published.id });
    expect(pub.data?.['publicRelease'].version).toBe('2019.1');
    expect(UUID.test(published.id)).toBe(true);
  });
});
