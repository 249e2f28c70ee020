import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DomainEvent, InProcessEventBus, RedisEventBus } from '@mps/api-core';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const probeRedis = () => new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL);
  const socket = new Socket();
  socket.setTimeout(500);
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => (socket.destroy(), resolve(false)));
  socket.connect(Number(port || 6379), hostname);
});

const event = (type: string): DomainEvent => ({ type, workspaceId: 'w', at: new Date().toISOString() });
const nextEvent = (bus: InProcessEventBus | RedisEventBus) =>
  new Promise<DomainEvent>((resolve) => {
    const off = bus.subscribe((e) => (off(), resolve(e)));
  });

describe('event bus', () => {
  it('delivers in-process events to subscribers', async () => {
    const bus = new InProcessEventBus();
    const received = nextEvent(bus);
    await bus.publish(event('SECTION_SAVED'));
    expect((await received).type).toBe('SECTION_SAVED');
    await bus.close();
  });

  it('carries an event published on one instance to another through Redis (skipped without Redis)', async (ctx) => {
    if (!(await probeRedis())) ctx.skip();
    const a = new RedisEventBus(REDIS_URL);
    const b = new RedisEventBus(REDIS_URL);
    try {
      await Promise.all([a.ready(), b.ready()]);
      const received = nextEvent(b);
      await a.publish(event('MEMBER_DEACTIVATED'));
      expect((await received).type).toBe('MEMBER_DEACTIVATED');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
