import { spawnSync } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** The Redis the tests may use: TEST_REDIS_URL, else the local default. */
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const redis = new URL(REDIS_URL);
const redisPort = Number(redis.port || 6379);

/** Whether that Redis answers (tests that need it skip without it). */
export const probeRedis = () =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.connect(redisPort, redis.hostname);
  });

/**
 * The same question answered synchronously while Jest collects the tests (a test
 * cannot skip itself once it runs): a short-lived child process tries to connect.
 */
export const redisAnswers: boolean = (() => {
  const probe = `const s = require('node:net').connect(${redisPort}, ${JSON.stringify(redis.hostname)});
    s.setTimeout(500); s.on('connect', () => process.exit(0)); s.on('error', () => process.exit(1)); s.on('timeout', () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5_000 }).status === 0;
})();

/** A local port nothing listens on (yet): a Redis that is down. */
export const deadPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Redis coming back on `port`: a TCP proxy to the real one, until `stop()` (which cuts open connections too). */
export const proxyToRedis = (port: number) =>
  new Promise<{ stop(): Promise<void> }>((resolve) => {
    const sockets = new Set<Socket>();
    const server = createServer((client) => {
      const upstream = new Socket().connect(redisPort, redis.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => (client.destroy(), upstream.destroy()));
      }
      client.pipe(upstream).pipe(client);
    });
    const stop = () =>
      new Promise<void>((done) => {
        server.close(() => done());
        for (const socket of sockets) socket.destroy();
      });
    server.listen(port, '127.0.0.1', () => resolve({ stop }));
  });
