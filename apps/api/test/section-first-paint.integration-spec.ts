import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures, FIXTURE_PASSWORD } from '@mps/api-testing';
import { LOGIN } from './support/sign-in';
import { rawRequest, RawResponse } from './support/raw-request';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The server's first paint of a section page (docs/adr/0031): the section's text in the page itself for a reader
 * with a live web session who may read it, and the page as built for everyone and everything else.
 */
const BOOT_SCRIPT = '(function bootScript(config) { window.__booted = config; })({"url":"/graphql"});';
const PAGE =
  '<!doctype html><html lang="en" dir="ltr"><head><title>Migration Profile Studio</title>' +
  `<script>${BOOT_SCRIPT}</script><script type="module" crossorigin src="/assets/main-abcd.js"></script>` +
  '<link rel="stylesheet" crossorigin href="/assets/app-abcd.css">\n</head><body><div id="root"></div></body></html>';

const COOKIE_TRANSPORT = { 'x-refresh-token-transport': 'cookie' };
const HOSTILE_TITLE = '<img src=x onerror="alert(1)">Remittances & "diaspora"';
const HOSTILE_TEXT = '</div><script>alert(2)</script><b onmouseover=alert(3)>';

const get = (url: string, headers: Record<string, string> = {}) => rawRequest(url, { headers });

describe('the first paint of a section page', () => {
  let t: TestApp;
  let webDir: string;
  let profileId: string;
  let sectionId: string;
  let otherSectionId: string;
  let emails: { coordinator: string; contributor: string; stranger: string };
  let coordinatorToken: string;

  const address = (profile = profileId, section = sectionId) => `${t.baseUrl}/profiles/${profile}/sections/${section}`;
  const page = async (url: string, cookie?: string) => get(url, cookie ? { cookie } : {});
  const text = (res: RawResponse) => res.body.toString('utf8');

  /** Signs in as the web app does; answers the Set-Cookie headers and the access token. */
  async function webSignIn(email: string) {
    const { response, body } = await t.post(LOGIN, { email, password: FIXTURE_PASSWORD }, COOKIE_TRANSPORT);
    expect(body.errors).toBeUndefined();
    const cookies = response.headers.getSetCookie();
    const named = (name: string) => cookies.find((c) => c.startsWith(`${name}=`)) ?? '';
    return {
      pageCookie: named('mps_page').split(';')[0]!,
      pageCookieHeader: named('mps_page'),
      refreshCookie: named('mps_refresh').split(';')[0]!,
      accessToken: String(body.data!['login'].accessToken),
    };
  }

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'mps-first-paint-'));
    writeFileSync(join(webDir, 'index.html'), PAGE);
    t = await startTestApp({ WEB_DIST_DIR: webDir });
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    const lead = await f.organization(ws.id, { name: 'Lead agency', acronym: 'LEAD' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Support Network', kind: 'CIVIL_SOCIETY' });
    const other = await f.workspace();
    const coordinator = await f.member(ws.id, lead.id, 'COORDINATOR');
    const contributor = await f.member(ws.id, ngo.id, 'CONTRIBUTOR');
    const stranger = await f.member(other.id, (await f.organization(other.id)).id, 'COORDINATOR');
    emails = { coordinator: coordinator.user.email, contributor: contributor.user.email, stranger: stranger.user.email };
    coordinatorToken = (await webSignIn(emails.coordinator)).accessToken;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await t.gql(query, variables, coordinatorToken);
      expect(res.errors).toBeUndefined();
      return res.data as Record<string, any>;
    };
    profileId = (await gql(`mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Norland <b>profile</b>", edition: "2025" }) { id } }`, { w: ws.id }))['createProfile'].id;
    const add = async (title: string) => (await gql('mutation($i: AddSectionInput!) { addSection(input: $i) { id } }', { i: { profileId, title } }))['addSection'].id as string;
    sectionId = await add(HOSTILE_TITLE);
    otherSectionId = await add('Key data');
    const paragraph = (words: string, marks?: unknown) => ({ type: 'paragraph', content: [{ type: 'text', text: words, ...(marks ? { marks } : {}) }] });
    await gql('mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }', {
      i: { sectionId, baseRevisionId: null, content: { type: 'doc', content: [paragraph('Norland remains a country of net emigration.'), paragraph(HOSTILE_TEXT, [{ type: 'bold' }])] } },
    });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('login sets the page cookie: HttpOnly, SameSite=Strict, only for /profiles, as long-lived as the refresh cookie', async () => {
    const { pageCookieHeader } = await webSignIn(emails.coordinator);
    const attributes = pageCookieHeader.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/profiles', 'max-age=2592000']));
    // An API client that keeps its tokens itself gets no cookie at all.
    const { response } = await t.post(LOGIN, { email: emails.coordinator, password: FIXTURE_PASSWORD });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('paints the section in the page for a reader who may read it: outline, title and text, every stored word escaped', async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    const res = await page(address(), pageCookie);
    expect(res.status).toBe(200);
    const html = text(res);
    expect(html).toContain('<html data-first-paint lang="en" dir="ltr">');
    expect(html.match(/<html\b/g)).toHaveLength(1);
    expect(html).toContain('id="first-paint"');
    expect(html).toContain('Norland remains a country of net emigration.');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Remittances &amp; &quot;diaspora&quot;');
    expect(html).toContain('Norland &lt;b&gt;profile&lt;/b&gt;');
    // The edition worded as the app's header words it, so nothing moves when the app takes over.
    expect(html).toContain('<bdi>Edition 2025</bdi>');
    expect(html).toContain('&lt;/div&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;b onmouseover=alert(3)&gt;');
    expect(html).toContain(`href="/profiles/${profileId}/sections/${otherSectionId}"`);
    // Nothing stored became markup: the only script is the page's own boot script, and no element has a handler.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    // The app's stylesheet follows the first paint (in the head it would hold back the first paint), the root after it.
    expect(html.indexOf('<link rel="stylesheet"')).toBeGreaterThan(html.indexOf('id="first-paint"'));
    expect(html.indexOf('<div id="root">')).toBeGreaterThan(html.indexOf('<link rel="stylesheet"'));
    expect(html.slice(0, html.indexOf('</head>'))).not.toContain('stylesheet');
  });

  it('is personal: never stored nor shared by a cache, and allowed the same scripts as the page as built', async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    const painted = await page(address(), pageCookie);
    const built = await page(address());
    expect(painted.headers['cache-control']).toBe('private, no-store');
    expect(String(painted.headers['vary'])).toMatch(/Cookie/);
    expect(painted.headers['etag']).toBeUndefined();
    expect(painted.headers['content-security-policy']).toBe(built.headers['content-security-policy']);
    expect(String(painted.headers['content-security-policy'])).not.toContain('unsafe-inline\' \'sha');
  });

  it("is in the reader's language and its direction: the account's, else the browser's", async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    const inBrowserLanguage = text(await get(address(), { cookie: pageCookie, 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' }));
    expect(inBrowserLanguage).toContain('<html data-first-paint lang="ar" dir="rtl">');
    expect(inBrowserLanguage).toContain('<bdi>الإصدار 2025</bdi>');
    await t.dataSource.query('UPDATE users SET locale = $1 WHERE email = $2', ['fr', emails.coordinator]);
    try {
      const inAccountLanguage = text(await get(address(), { cookie: pageCookie, 'accept-language': 'ar' }));
      expect(inAccountLanguage).toContain('<html data-first-paint lang="fr" dir="ltr">');
      expect(inAccountLanguage).toContain('<bdi>Édition 2025</bdi>');
    } finally {
      await t.dataSource.query('UPDATE users SET locale = NULL WHERE email = $1', [emails.coordinator]);
    }
  });

  it('is compressed as the browser accepts', async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    const res = await get(address(), { cookie: pageCookie, 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString('utf8')).toContain('Norland remains a country of net emigration.');
  });

  it('gives the page as built without a cookie, and for any other address', async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    expect(text(await page(address()))).toBe(PAGE);
    for (const url of [
      `${t.baseUrl}/profiles/${profileId}`,
      `${t.baseUrl}/my-work`,
      address(profileId, 'not-a-uuid'),
      address('not-a-uuid', sectionId),
      address(otherSectionId, sectionId),
      address(profileId, '00000000-0000-4000-8000-000000000000'),
      `${address()}/extra`,
    ]) {
      const res = await page(url, pageCookie);
      expect([url, res.status, text(res)]).toEqual([url, 200, PAGE]);
    }
  });

  it('gives the page as built to those who may not read the section', async () => {
    for (const email of [emails.contributor, emails.stranger]) {
      const { pageCookie } = await webSignIn(email);
      expect(text(await page(address(), pageCookie))).toBe(PAGE);
    }
  });

  it('refuses forged, altered and borrowed cookies: the page as built, never an error', async () => {
    const { pageCookie, accessToken, refreshCookie } = await webSignIn(emails.coordinator);
    const value = pageCookie.slice('mps_page='.length);
    const [header, claims, signature] = value.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ sub: 'x', sid: 'y', exp: 9999999999 })).toString('base64url');
    for (const cookie of [
      `mps_page=${accessToken}`,
      `mps_page=${header}.${forgedClaims}.${signature}`,
      `mps_page=${header}.${claims}.${signature!.slice(0, -4)}AAAA`,
      `mps_page=${refreshCookie.slice('mps_refresh='.length)}`,
      'mps_page=',
      `mps_page=${'x'.repeat(8000)}`,
      `mps_page=garbage; mps_page=${value}`,
    ]) {
      const res = await page(address(), cookie);
      expect([cookie.slice(0, 40), res.status, text(res) === PAGE]).toEqual([cookie.slice(0, 40), 200, true]);
    }
    // Nor is the page cookie an access token.
    const me = await t.gql('{ me { id } }', {}, value);
    expect(me.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends with the session: signing out clears it, and a kept copy paints nothing', async () => {
    const { pageCookie, refreshCookie } = await webSignIn(emails.coordinator);
    expect(text(await page(address(), pageCookie))).toContain('id="first-paint"');
    const { response, body } = await t.post('mutation { logout }', {}, { ...COOKIE_TRANSPORT, cookie: refreshCookie });
    expect(body.errors).toBeUndefined();
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith('mps_page='));
    expect(cleared).toMatch(/^mps_page=;.*Path=\/profiles/);
    expect(text(await page(address(), pageCookie))).toBe(PAGE);
  });

  it('shows the section as it is now: renamed, or archived (then the page as built)', async () => {
    const { pageCookie } = await webSignIn(emails.coordinator);
    await t.gql('mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }', { id: otherSectionId, title: 'Key figures' }, coordinatorToken);
    expect(text(await page(address(profileId, otherSectionId), pageCookie))).toContain('>Key figures</h1>');
    const archived = await t.gql('mutation($id: ID!) { archiveSection(id: $id) { id } }', { id: otherSectionId }, coordinatorToken);
    expect(archived.errors).toBeUndefined();
    expect(text(await page(address(profileId, otherSectionId), pageCookie))).toBe(PAGE);
    expect(text(await page(address(), pageCookie))).not.toContain('Key figures');
  });
});
