import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { DomainEvent, EventBus, InProcessEventBus, RedisEventBus } from '@mps/api-core';
import { deadPort, proxyToRedis, REDIS_URL, redisAnswers } from './support/redis';

// Other test files may use the same Redis at the same time: this file's events carry their own workspace id.
const WORKSPACE = randomUUID();
const event = (membershipId: string): DomainEvent => ({
  type: 'MEMBER_DEACTIVATED',
  workspaceId: WORKSPACE,
  membershipId,
  userId: 'u',
  actorId: null,
  at: new Date().toISOString(),
});
const collect = (bus: EventBus) => {
  const received: DomainEvent[] = [];
  bus.subscribe((e) => e.workspaceId === WORKSPACE && received.push(e));
  return received;
};
const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const membershipIds = (events: DomainEvent[]) => events.map((e) => (e.type === 'MEMBER_DEACTIVATED' ? e.membershipId : e.type));

describe('event bus', () => {
  const buses: EventBus[] = [];
  const proxies: Array<{ stop(): Promise<void> }> = [];
  afterEach(async () => {
    jest.restoreAllMocks();
    await Promise.all(buses.splice(0).map((b) => b.close()));
    await Promise.all(proxies.splice(0).map((p) => p.stop()));
  });

  it('delivers in-process events to subscribers', () => {
    const bus = new InProcessEventBus();
    buses.push(bus);
    const received = collect(bus);
    bus.publish(event('m1'));
    expect(membershipIds(received)).toEqual(['m1']);
  });

  (redisAnswers ? it : it.skip)('carries an event published on one instance to another through Redis, and to its own listeners once (skipped without Redis)', async () => {
    const a = new RedisEventBus(REDIS_URL);
    const b = new RedisEventBus(REDIS_URL);
    buses.push(a, b);
    await Promise.all([a.ready(), b.ready()]);
    const [onA, onB] = [collect(a), collect(b)];
    a.publish(event('m1'));
    await until(() => onB.length > 0);
    expect(membershipIds(onB)).toEqual(['m1']);
    expect(membershipIds(onA)).toEqual(['m1']);
  });

  (redisAnswers ? it : it.skip)('with Redis unreachable, publishing neither throws nor waits; the event reaches other instances once Redis is back (skipped without Redis)', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const port = await deadPort();
    const a = new RedisEventBus(`redis://127.0.0.1:${port}`);
    const b = new RedisEventBus(REDIS_URL);
    buses.push(a, b);
    await b.ready();
    const [onA, onB] = [collect(a), collect(b)];

    // publish returns nothing to wait on, and this instance's listeners heard both events before it returned.
    expect(a.publish(event('m1'))).toBeUndefined();
    expect(a.publish(event('m2'))).toBeUndefined();
    expect(membershipIds(onA)).toEqual(['m1', 'm2']);
    expect(a.pending).toBe(2);

    proxies.push(await proxyToRedis(port));
    await until(() => onB.length === 2);
    expect(membershipIds(onB)).toEqual(['m1', 'm2']);
    // The outbox empties once Redis has acknowledged them (B may hear an event before A's publish call returns).
    await until(() => a.pending === 0);
  });

  it('keeps a bounded outbox while Redis is unreachable and logs every event it loses', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const bus = new RedisEventBus(`redis://127.0.0.1:${await deadPort()}`, { outboxCapacity: 2 });
    bus.publish(event('m1'));
    bus.publish(event('m2'));
    bus.publish(event('m3'));
    expect(bus.pending).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toMatch(/MEMBER_DEACTIVATED.*"m1".*not delivered/);
    await bus.close();
    expect(error).toHaveBeenCalledTimes(3);
    expect(error.mock.calls.map((c) => String(c[0]).match(/"membershipId":"(m\d)"/)?.[1])).toEqual(['m1', 'm2', 'm3']);
  });
});
