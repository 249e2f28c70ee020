import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

const dir = () => mkdtempSync(join(tmpdir(), 'mps-config-'));

describe('loadConfig', () => {
  it('trusts X-Forwarded-For from loopback and private addresses unless TRUST_PROXY says otherwise', () => {
    expect(loadConfig({}, dir()).trustProxy).toBe('loopback, linklocal, uniquelocal');
    expect(loadConfig({ TRUST_PROXY: 'false' }, dir()).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }, dir()).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.1.0.0/16, 2001:db8::/32, loopback' }, dir()).trustProxy).toBe(
      '10.1.0.0/16, 2001:db8::/32, loopback',
    );
  });

  it('has working defaults for a laptop: embedded database, port 3000, demo seed', () => {
    const cwd = dir();
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, seedDemo: true, isProduction: false, redisUrl: null });
    expect(config.dataDir).toBe(join(cwd, '.data'));
  });

  it('logs warnings and errors by default in development and every request in production', () => {
    expect(loadConfig({}, dir()).logLevel).toBe('warn');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, dir()).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'debug' }, dir()).logLevel).toBe('debug');
  });

  it('generates a JWT secret once outside production and keeps it in DATA_DIR', () => {
    const cwd = dir();
    const first = loadConfig({}, cwd).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}, cwd).jwtSecret).toBe(first);
    expect(readFileSync(join(cwd, '.data', 'jwt-secret'), 'utf8')).toBe(first);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be between/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must be/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required when NODE_ENV=production/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.example' }, /must be set together/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'not-an-email', BOOTSTRAP_ADMIN_PASSWORD: 'x'.repeat(12) }, /BOOTSTRAP_ADMIN_EMAIL must be an e-mail/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.example', BOOTSTRAP_ADMIN_PASSWORD: 'short' }, /BOOTSTRAP_ADMIN_PASSWORD must be at least 12/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be false, a number/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY must be/],
    [{ TRUST_PROXY: 'loopback, proxy.example' }, /TRUST_PROXY must be/],
    [{ PRESENCE_TIMEOUT_SECONDS: '2' }, /PRESENCE_TIMEOUT_SECONDS must be between 3 and 300/],
    [{ EXPORT_RENDER_TIMEOUT_SECONDS: '2m' }, /EXPORT_RENDER_TIMEOUT_SECONDS must be a whole number of seconds/],
    [{ EXPORT_RENDER_TIMEOUT_SECONDS: '4' }, /EXPORT_RENDER_TIMEOUT_SECONDS must be between 5 and 3600/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, dir())).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv, dir())).toThrow(message);
  });

  it('reads the mail settings: SMTP needs PUBLIC_URL; without SMTP mails go to the outbox with localhost links', () => {
    expect(loadConfig({ PORT: '3991' }, dir())).toMatchObject({ smtpUrl: null, publicUrl: 'http://localhost:3991' });
    expect(loadConfig({ SMTP_URL: 'smtp://mail:25', PUBLIC_URL: 'https://mp.example.org/' }, dir())).toMatchObject({
      smtpUrl: 'smtp://mail:25',
      publicUrl: 'https://mp.example.org',
    });
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail:25' }, dir())).toThrow(/PUBLIC_URL is required with SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' }, dir())).toThrow(/SMTP_URL must be an smtp/);
    expect(() => loadConfig({ MAIL_FROM: 'a\r\nBcc: x@y' }, dir())).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' }, dir())).toThrow(/PUBLIC_URL/);
  });

  it('gives a Word or PDF file 120 s to lay out unless EXPORT_RENDER_TIMEOUT_SECONDS says otherwise', () => {
    expect(loadConfig({}, dir()).exportRenderTimeoutSeconds).toBe(120);
    expect(loadConfig({ EXPORT_RENDER_TIMEOUT_SECONDS: '600' }, dir()).exportRenderTimeoutSeconds).toBe(600);
  });

  it('turns SEED_DEMO off by default in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, dir());
    expect(config.seedDemo).toBe(false);
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(production, dir()).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }, dir()).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }, dir()).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }, dir()).graphqlIntrospection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' }, dir())).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
  });
});
