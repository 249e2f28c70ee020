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
