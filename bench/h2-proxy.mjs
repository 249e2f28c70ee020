// bench/web.mjs's stand-in for the production proxy's TLS end with HTTP/2 (docs/deploy.md, TLS): a node:http2 server
// on https://localhost:<port> with a throwaway self-signed certificate (made by openssl for this run) that passes
// every request to the API over HTTP/1.1, as nginx would. It lets the bench measure the first load when the browser
// multiplexes its requests on one connection instead of queueing them for HTTP/1.1's six. Plain requests only: the
// WebSocket is not passed on (live updates play no part in the first paint).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Hop-by-hop headers, which HTTP/2 forbids and a proxy does not pass on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'http2-settings']);

/**
 * Starts the proxy in front of http://127.0.0.1:<apiPort>: its address and its certificate's public key hash (for
 * Chromium's --ignore-certificate-errors-spki-list); null when openssl is not there to make a certificate.
 */
export async function startHttp2Proxy(apiPort) {
  const dir = mkdtempSync(join(tmpdir(), 'mps-bench-h2-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  // The certificate's public key hash: Chromium trusts it with --ignore-certificate-errors-spki-list, so the page is
  // not a certificate-error page (Chromium does not cache those, which would change what is measured).
  const spki = execFileSync('sh', ['-c', `openssl x509 -in "${join(dir, 'cert.pem')}" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | openssl base64`]).toString().trim();
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createSecureServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), allowHTTP1: true }, (req, res) => {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) if (!name.startsWith(':') && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers.host = req.headers[':authority'] ?? req.headers.host;
    headers['x-forwarded-proto'] = 'https';
    const upstream = request({ host: '127.0.0.1', port: apiPort, method: req.method, path: req.url, headers, agent }, (answer) => {
      const out = {};
      for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name)) out[name] = value;
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  rmSync(dir, { recursive: true, force: true });
  return {
    spki,
    base: `https://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => { agent.destroy(); server.close(() => resolve()); }),
  };
}
