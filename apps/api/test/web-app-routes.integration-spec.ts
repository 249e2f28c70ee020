import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rawRequest, RawResponse } from './support/raw-request';
import { startTestApp, TestApp } from './support/test-app';

/** The inline boot script the build writes into index.html's head (apps/web/vite.config.mts), here a stand-in. */
const BOOT_SCRIPT = '(function bootScript(config) { window.__booted = config; })({"url":"/graphql"});';
const PAGE = `<!doctype html><title>Migration Profile Studio</title><script>${BOOT_SCRIPT}</script><script type="module" src="/assets/main-abcd.js"></script><div id="root"></div>`;
const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const scriptSources = (csp: string | null | undefined) =>
  (csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src')?.slice(1);
/** A hashed script as the build writes it, with the brotli and gzip copies beside it. */
const SCRIPT = `export const app = ${JSON.stringify('x'.repeat(4000))};\n`;
const STYLE = 'body { margin: 0 }';

/** A request with exactly the Accept-Encoding given (fetch would add its own and decode the body). */
function raw(url: string, acceptEncoding: string | undefined, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(url, { method, headers: { ...headers, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) } });
}

// The root URL is the web app for every client: browsers, curl, link previews. Only /graphql, /health,
// /exports/*, /open-data/* and /portal/* belong to the API.
describe('web app and API paths on one port', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'mps-web-'));
    writeFileSync(join(webDir, 'index.html'), PAGE);
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log("app");');
    writeFileSync(join(webDir, 'assets', 'main-abcd.js'), SCRIPT);
    writeFileSync(join(webDir, 'assets', 'main-abcd.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(webDir, 'assets', 'main-abcd.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(webDir, 'assets', 'style-abcd.css'), STYLE);
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ['/', undefined],
    ['/', '*/*'],
    ['/', 'application/json'],
    ['/', 'text/html,application/xhtml+xml'],
    ['/workspaces/abc/profiles/def', undefined],
    ['/login', 'application/json'],
  ])('GET %s with Accept %s is the page', async (path, accept) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: accept ? { accept } : {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(PAGE);
  });

  it('serves built files, and a missing one is a 404, not the page', async () => {
    const asset = await fetch(`${t.baseUrl}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain('console.log');
    const missing = await fetch(`${t.baseUrl}/assets/app-gone.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toBe(PAGE);
  });

  it.each(['/health/extra', '/exports/unknown', '/open-data/unknown.csv', '/graphql/nested'])(
    'an unknown API path %s answers a JSON 404, even for a browser',
    async (path) => {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await res.json()) as unknown).toMatchObject({ error: { code: 'NOT_FOUND' } });
    },
  );

  it('leaves /portal to the public portal: its pages and its 404 page, never the app', async () => {
    const home = await fetch(`${t.baseUrl}/portal`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>Migration Profiles</h1>');
    const unknown = await fetch(`${t.baseUrl}/portal/unknown/path`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await unknown.text()).toContain('Page not found');
  });

  it('keeps the API paths themselves', async () => {
    const health = await fetch(`${t.baseUrl}/health`, { headers: { accept: 'text/html' } });
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const gql = await t.gql('{ __typename }');
    expect(gql.data).toEqual({ __typename: 'Query' });
  });

  describe('the Content-Security-Policy of the page and of everything else', () => {
    it.each(['/', '/index.html', '/profiles/some-profile/sections/x'])('%s allows its inline boot script by hash, and no other inline script', async (path) => {
      const res = await raw(`${t.baseUrl}${path}`, 'br, gzip');
      const csp = String(res.headers['content-security-policy']);
      expect(scriptSources(csp)).toEqual(["'self'", sha256Source(BOOT_SCRIPT)]);
      expect(csp).not.toContain("'unsafe-inline' 'sha256");
      expect(scriptSources(csp)).not.toContain("'unsafe-inline'");
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      // The same policy on a revalidation.
      const again = await raw(`${t.baseUrl}${path}`, 'br, gzip', 'GET', { 'if-none-match': String(res.headers['etag']) });
      expect(again.status).toBe(304);
      expect(again.headers['content-security-policy']).toBe(csp);
    });

    it.each(['/assets/main-abcd.js', '/favicon.svg', '/health', '/portal'])('%s keeps script-src to our origin alone', async (path) => {
      const res = await raw(`${t.baseUrl}${path}`, 'gzip');
      expect(scriptSources(String(res.headers['content-security-policy']))).toEqual(["'self'"]);
    });
  });

  describe('compression and caching of the web app', () => {
    it.each([
      ['br, gzip', 'br', (body: Buffer) => brotliDecompressSync(body)],
      ['gzip, deflate, br', 'br', (body: Buffer) => brotliDecompressSync(body)],
      ['gzip', 'gzip', (body: Buffer) => gunzipSync(body)],
      ['br;q=0, gzip', 'gzip', (body: Buffer) => gunzipSync(body)],
    ])('Accept-Encoding %s gets the %s copy of a hashed script, cached for a year', async (accept, encoding, decode) => {
      const res = await raw(`${t.baseUrl}/assets/main-abcd.js`, accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(res.headers['vary'])).toMatch(/Accept-Encoding/i);
      expect(Number(res.headers['content-length'])).toBeLessThan(SCRIPT.length / 10);
      expect(decode(res.body).toString()).toBe(SCRIPT);
    });

    it.each([undefined, 'identity', 'deflate'])('Accept-Encoding %s gets the script itself', async (accept) => {
      const res = await raw(`${t.baseUrl}/assets/main-abcd.js`, accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(String(res.headers['vary'])).toMatch(/Accept-Encoding/i);
      expect(res.body.toString()).toBe(SCRIPT);
    });

    it('answers HEAD and conditional requests for a compressed copy', async () => {
      const head = await raw(`${t.baseUrl}/assets/main-abcd.js`, 'br', 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.body.length).toBe(0);
      const etag = String(head.headers['etag']);
      // (fetch would add Cache-Control: no-cache to a conditional request, which rightly defeats it)
      const again = await raw(`${t.baseUrl}/assets/main-abcd.js`, 'br', 'GET', { 'if-none-match': etag });
      expect(again.status).toBe(304);
      // The plain file is another representation: its validator differs, so a cache never swaps one for the other.
      const plain = await raw(`${t.baseUrl}/assets/main-abcd.js`, 'identity', 'HEAD');
      expect(plain.headers['etag']).toBeDefined();
      expect(plain.headers['etag']).not.toBe(etag);
    });

    it('revalidates index.html, at its own address and at a client-side route, with a 304', async () => {
      for (const path of ['/index.html', '/profiles/some-profile']) {
        const first = await raw(`${t.baseUrl}${path}`, undefined);
        expect(first.status).toBe(200);
        const again = await raw(`${t.baseUrl}${path}`, undefined, 'GET', { 'if-none-match': String(first.headers['etag']) });
        expect(again.status).toBe(304);
      }
    });

    it('serves a file without compressed copies as it is, with its type', async () => {
      const res = await raw(`${t.baseUrl}/assets/style-abcd.css`, 'br, gzip');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.toString()).toBe(STYLE);
    });

    it('caches other files for an hour and index.html never', async () => {
      const icon = await raw(`${t.baseUrl}/favicon.svg`, 'gzip');
      expect(icon.headers['content-type']).toBe('image/svg+xml');
      expect(icon.headers['cache-control']).toBe('public, max-age=3600');
      for (const path of ['/index.html', '/', '/workspaces/abc']) {
        const page = await raw(`${t.baseUrl}${path}`, 'gzip');
        expect(page.headers['cache-control']).toBe('no-cache');
        expect(page.body.toString()).toBe(PAGE);
      }
    });

    it('never lets a path leave the web app directory', async () => {
      for (const path of ['/assets/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/%E0%A4%A']) {
        const res = await raw(`${t.baseUrl}${path}`, 'gzip');
        expect(res.body.toString()).not.toMatch(/root:/);
      }
    });

    it('leaves API responses alone: GraphQL answers plain JSON whatever the client accepts', async () => {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });
});
