import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CONTENT_SECURITY_POLICY, firstPaintPage, inlineScriptHashes, pageContentSecurityPolicy, preferredCopy, serializePolicy } from './http';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('preferredCopy (which precompressed file a browser gets)', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
  ])('%s: %s', (header, encoding) => {
    expect(preferredCopy(header)?.encoding).toBe(encoding);
  });

  it.each([undefined, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0'])('%s: the file itself', (header) => {
    expect(preferredCopy(header)).toBeUndefined();
  });
});

describe('the page\'s Content-Security-Policy (the inline boot script by its hash)', () => {
  const boot = '(function bootScript(config) { fetch(config.url); })({"url":"/graphql"});';
  const page = `<!doctype html><head><script>${boot}</script>\n<script type="module" crossorigin src="/assets/index-abc.js"></script></head><body><div id="root"></div></body>`;

  it('allows the inline script by the SHA-256 of its text, and scripts with a src not at all', () => {
    expect(inlineScriptHashes(page)).toEqual([sha256(boot)]);
  });

  it('hashes the text as the browser reads it: line breaks as LF, UTF-8, each distinct script once', () => {
    expect(inlineScriptHashes('<script>a();\r\nb(); // é</script><SCRIPT type="text/javascript">c()</SCRIPT><script>a();\nb(); // é</script>')).toEqual([
      sha256('a();\nb(); // é'),
      sha256('c()'),
    ]);
    expect(inlineScriptHashes('<!doctype html><title>No script</title>')).toEqual([]);
  });

  it('is the strict policy with that hash added to script-src, and nothing else loosened', () => {
    const policy = Object.fromEntries(pageContentSecurityPolicy(page).split(';').map((d) => d.split(' ')).map(([name, ...values]) => [name, values]));
    expect(policy['script-src']).toEqual(["'self'", sha256(boot)]);
    expect(policy['script-src']).not.toContain(sha256('alert(1)'));
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    const { 'script-src': _page, ...others } = policy;
    const { 'script-src': _all, ...strict } = CONTENT_SECURITY_POLICY;
    expect(others).toEqual(strict);
  });

  it('writes the policy as helmet does, one directive after another', () => {
    expect(serializePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'self';img-src 'self' data:");
  });
});

describe('firstPaintPage', () => {
  const built =
    '<!doctype html><html lang="en"><head><script>boot()</script>\n    <link rel="stylesheet" crossorigin href="/assets/a.css">\n    <link rel="modulepreload" href="/assets/b.js">\n  </head><body><div id="root"></div></body></html>';

  it('puts the fragment before the root, the stylesheets after it, and marks <html>', () => {
    const page = firstPaintPage(built)!({ html: '<main>Text</main>', lang: 'ar', dir: 'rtl' });
    expect(page).toBe(
      '<!doctype html><html data-first-paint lang="ar" dir="rtl"><head><script>boot()</script>\n    <link rel="modulepreload" href="/assets/b.js">\n  </head><body><main>Text</main><link rel="stylesheet" crossorigin href="/assets/a.css"><div id="root"></div></body></html>',
    );
    // The inline scripts are untouched, so the page's Content-Security-Policy (their hashes) still holds.
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(built));
  });

  it('is null for a page without the root element to put it before', () => {
    expect(firstPaintPage('<html><head></head><body><div id="app"></div></body></html>')).toBeNull();
  });
});
