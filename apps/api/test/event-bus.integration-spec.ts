import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { DomainEvent, InProcessEventBus, RedisEventBus } from '@mps/api-core';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

// Jest cannot skip a test once it runs: probe Redis while the tests are collected, in a short-lived child process.
const redisAnswers = (() => {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `const s = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)});
    s.setTimeout(500); s.on('connect', () => process.exit(0)); s.on('error', () => process.exit(1)); s.on('timeout', () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5_000 }).status === 0;
})();

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

  (redisAnswers ? it : it.skip)('carries an event published on one instance to another through Redis (skipped without Redis)', async () => {
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
