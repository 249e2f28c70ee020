import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, PRESENCE_LIMITS } from '@mps/shared-domain';

/** Raised when the environment is wrong; main.ts prints it and exits. */
export class ConfigError extends Error {}

const bool = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: `${name} must be true or false` })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a port number`)
    .transform(Number)
    .refine((n) => n > 0 && n < 65536, `${name} must be between 1 and 65535`);

const seconds = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number of seconds`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const postgresUrl = (name: string) =>
  z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), `${name} must be a postgres:// URL`);

/** Express `trust proxy` names for loopback, link-local and private (RFC 1918, fc00::/7) addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
export const DEFAULT_TRUST_PROXY = 'loopback, linklocal, uniquelocal';

function isTrustProxyList(value: string): boolean {
  return value.split(',').every((entry) => {
    const item = entry.trim();
    const [address = '', prefix, ...rest] = item.split('/');
    if (PROXY_RANGE_NAMES.has(item)) return true;
    if (rest.length > 0 || !isIP(address)) return false;
    return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128));
  });
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port('PORT').optional(),
  DATABASE_URL: postgresUrl('DATABASE_URL').optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port('EMBEDDED_PG_PORT').optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/.+/.test(v), 'REDIS_URL must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,60}$/, 'REDIS_PREFIX may hold letters, digits, dot, dash and underscore (at most 60)')
    .default('mps'),
  BOOTSTRAP_ADMIN_EMAIL: z.email('BOOTSTRAP_ADMIN_EMAIL must be an e-mail address').optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `BOOTSTRAP_ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  SEED_DEMO: bool('SEED_DEMO').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .refine(
      (v) => v === 'false' || /^\d{1,2}$/.test(v) || isTrustProxyList(v),
      'TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list of addresses, CIDR subnets, loopback, linklocal or uniquelocal',
    )
    .optional(),
  GRAPHQL_INTROSPECTION: bool('GRAPHQL_INTROSPECTION').optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v), 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .max(200, 'MAIL_FROM must be at most 200 characters')
    .refine((v) => !/[\r\n]/.test(v) && /@/.test(v), 'MAIL_FROM must be an address such as "Migration Profile Studio <noreply@example.org>"')
    .optional(),
  PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), 'PUBLIC_URL must be an http:// or https:// address, e.g. https://profiles.example.org')
    .optional(),
  PRESENCE_TIMEOUT_SECONDS: seconds('PRESENCE_TIMEOUT_SECONDS', 3, 300).optional(),
  EXPORT_RENDER_TIMEOUT_SECONDS: seconds('EXPORT_RENDER_TIMEOUT_SECONDS', 5, 3600).optional(),
});

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly isProduction: boolean;
  readonly port: number;
  /** Absolute path of the data directory (embedded PostgreSQL, generated secrets). */
  readonly dataDir: string;
  /** Null when the embedded PostgreSQL must be started. */
  readonly databaseUrl: string | null;
  readonly embeddedPgPort: number;
  readonly redisUrl: string | null;
  /** Namespace of this deployment's Redis keys and channels, so that deployments sharing one Redis stay apart. */
  readonly redisPrefix: string;
  readonly bootstrapAdmin: { email: string; password: string } | null;
  readonly jwtSecret: string;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** Built web app served at `/`; null when it is not built (API only). */
  readonly webDistDir: string | null;
  /**
   * Whose X-Forwarded-For to believe (Express `trust proxy`): the client address
   * that sign-in throttling counts. `false` trusts nobody; a number trusts that
   * many hops; otherwise a list of addresses and subnets.
   */
  readonly trustProxy: false | number | string;
  /** Whether the schema can be introspected; off in production unless GRAPHQL_INTROSPECTION=true. */
  readonly graphqlIntrospection: boolean;
  /** SMTP server for outgoing mail; null writes mails to DATA_DIR/outbox (listed at /dev/mail outside production). */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** The address people open the product at, without a trailing slash: links in e-mails point there. */
  readonly publicUrl: string;
  /**
   * How long someone stays shown on a section after the last sign of life from their connection (a crashed tab or
   * API instance); the instance holding their connection renews it every third of this.
   */
  readonly presenceTimeoutSeconds: number;
  /** How long one Word or PDF file may take to lay out before it is stopped and refused as too large. */
  readonly exportRenderTimeoutSeconds: number;
}

/**
 * Reads and validates the environment. Every problem names its variable, so
 * an operator can fix a deployment from the first line of the log.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in EnvSchema.shape && value !== undefined && value !== ''),
  );
  const parsed = EnvSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  - JWT_SECRET is required when NODE_ENV=production');
  }
  if (Boolean(e.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(e.BOOTSTRAP_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  - BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together',
    );
  }
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  if (e.SMTP_URL && !e.PUBLIC_URL) {
    // Mails leave the machine: their links must point where people open the product, not at localhost.
    throw new ConfigError('Invalid configuration:\n  - PUBLIC_URL is required with SMTP_URL (links in e-mails point there)');
  }
  const webDistDir = e.WEB_DIST_DIR ? resolve(cwd, e.WEB_DIST_DIR) : defaultWebDist(cwd);
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT ?? 3000,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    embeddedPgPort: e.EMBEDDED_PG_PORT ?? 54329,
    redisUrl: e.REDIS_URL ?? null,
    redisPrefix: e.REDIS_PREFIX,
    bootstrapAdmin:
      e.BOOTSTRAP_ADMIN_EMAIL && e.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: e.BOOTSTRAP_ADMIN_EMAIL, password: e.BOOTSTRAP_ADMIN_PASSWORD }
        : null,
    jwtSecret: e.JWT_SECRET ?? persistentDevSecret(dataDir),
    seedDemo: e.SEED_DEMO ?? !isProduction,
    // A developer's terminal shows the start-up lines, then warnings and errors; production logs every request.
    logLevel: e.LOG_LEVEL ?? (isProduction ? 'info' : 'warn'),
    webDistDir,
    trustProxy: parseTrustProxy(e.TRUST_PROXY ?? DEFAULT_TRUST_PROXY),
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? 'Migration Profile Studio <noreply@localhost>',
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/+$/, ''),
    presenceTimeoutSeconds: e.PRESENCE_TIMEOUT_SECONDS ?? PRESENCE_LIMITS.timeoutSeconds,
    exportRenderTimeoutSeconds: e.EXPORT_RENDER_TIMEOUT_SECONDS ?? 120,
  };
}

function parseTrustProxy(value: string): false | number | string {
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function defaultWebDist(cwd: string): string | null {
  const candidate = join(cwd, 'dist', 'web');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

/** Outside production the JWT secret is generated once and kept, so sessions survive restarts. */
function persistentDevSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
