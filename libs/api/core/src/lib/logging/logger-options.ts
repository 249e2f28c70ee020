import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** The fields of a pino line the terminal format shows. */
interface LogEntry {
  time?: number;
  level?: number;
  context?: string;
  msg?: unknown;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { stack?: string };
}

/**
 * One readable line per log entry for a person at a terminal (development): time, level, context and message, the
 * request's method, path, status and duration for request lines, and an error's stack when there is one.
 */
export function formatForTerminal(jsonLine: string): string {
  let entry: LogEntry;
  try {
    entry = JSON.parse(jsonLine) as LogEntry;
  } catch {
    return jsonLine.endsWith('\n') ? jsonLine : `${jsonLine}\n`;
  }
  const time = new Date(Number(entry.time) || Date.now()).toISOString().slice(11, 19);
  const level = (LEVEL_NAMES[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const context = entry.context ? `[${entry.context}] ` : '';
  const request = entry.req && entry.res ? ` ${entry.req.method} ${entry.req.url} ${entry.res.statusCode} ${entry.responseTime ?? '?'} ms` : '';
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  const stack = entry.err?.stack ? `\n${entry.err.stack}` : '';
  return `${time} ${level} ${context}${message}${request}${stack}\n`;
}

/** Writes pino's JSON lines to stdout as terminal lines. */
const terminalStream = { write: (line: string) => void process.stdout.write(formatForTerminal(line)) };

/**
 * Production: structured JSON lines with a request id on every line (taken from X-Request-Id when a proxy sets one),
 * one line per request at `info` (the access log). Elsewhere: readable lines, with request lines at `debug`, so that
 * a developer's terminal shows warnings and errors rather than one line per click. Credentials never reach the log.
 */
export function loggerOptions(level: string, options: { production: boolean } = { production: true }): Params {
  const requestLevel = options.production ? 'info' : 'debug';
  const httpOptions = {
    level,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.refreshToken',
        '*.accessToken',
        '*.token',
      ],
      censor: '[redacted]',
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? ('error' as const) : requestLevel,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    },
  };
  return { pinoHttp: options.production ? httpOptions : [httpOptions, terminalStream] };
}
