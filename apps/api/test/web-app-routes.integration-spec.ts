import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from './support/test-app';

const PAGE = '<!doctype html><title>Migration Profile Studio</title><div id="root"></div>';

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
});
