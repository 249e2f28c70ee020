import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { DomainEvent } from '@mps/shared-domain';
import { BoundedQueue } from './bounded-queue';

export type { DomainEvent } from '@mps/shared-domain';

type Listener = (event: DomainEvent) => void;

/**
 * Cross-domain reactions and live updates travel as events (the union in @mps/shared-domain), published after the
 * change has committed. `publish` never throws and never waits for the network: a committed change is never turned
 * into an error for the client by its announcement (docs/adr/0005-event-delivery.md).
 */
export abstract class EventBus {
  protected readonly logger = new Logger('EventBus');
  private readonly listeners = new Set<Listener>();

  /** Announces a committed change. Synchronous and infallible: delivery problems are handled and logged here. */
  abstract publish(event: DomainEvent): void;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listeners on this instance, e.g. open subscriptions (tests wait on it instead of sleeping). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  /** Hands an event to this instance's listeners; one failing listener neither stops the others nor the publisher. */
  protected deliverLocally(event: DomainEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`A ${event.type} listener failed: ${String(error)}`);
      }
    }
  }
}

/** One process: events go straight to this instance's listeners. */
export class InProcessEventBus extends EventBus {
  publish(event: DomainEvent): void {
    this.deliverLocally(event);
  }
}


/** What travels on the Redis channel: the event and the instance that published it. */
interface Envelope {
  origin: string;
  event: DomainEvent;
}

export interface RedisEventBusOptions {
  /** Events kept while Redis is unreachable; beyond it the oldest is dropped and its loss logged. */
  outboxCapacity?: number;
  /** Namespace of the channel (`<prefix>:events`); deployments sharing one Redis use different prefixes. Default `mps`. */
  prefix?: string;
}

/**
 * Several instances: every instance publishes to and hears from one Redis channel, so a subscriber on instance B
 * sees a save made on A. The publishing instance's own listeners get the event at once, Redis or not. For the
 * others, events wait in a bounded outbox until Redis answers, then go out in order; if the outbox overflows the
 * oldest event is dropped and the loss logged.
 */
export class RedisEventBus extends EventBus {
  private readonly instanceId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly outbox: BoundedQueue<Envelope>;
  private readonly subscribed: Promise<void>;
  private readonly channel: string;
  private flushing = false;
  private closed = false;

  constructor(url: string, options: RedisEventBusOptions = {}) {
    super();
    this.channel = `${options.prefix ?? 'mps'}:events`;
    this.outbox = new BoundedQueue(options.outboxCapacity ?? 1000);
    // No offline queue in ioredis: while disconnected a command fails at once and the event stays in our outbox,
    // which is bounded and ordered. ioredis keeps reconnecting with backoff.
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(url, { autoResubscribe: false, maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.publisher.on('ready', () => void this.flush());
    let markSubscribed: () => void;
    this.subscribed = new Promise((resolve) => (markSubscribed = resolve));
    // Subscribe again after every reconnection.
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(this.channel).then(
        () => markSubscribed(),
        (error: Error) => this.logger.warn(`Redis subscribe failed: ${error.message}`),
      );
    });
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
  }

  publish(event: DomainEvent): void {
    this.deliverLocally(event);
    const dropped = this.outbox.push({ origin: this.instanceId, event });
    if (dropped) this.logLoss(dropped.event, 'the outbox is full while Redis is unreachable');
    void this.flush();
  }

  /** Resolves once this instance hears the channel. */
  ready(): Promise<void> {
    return this.subscribed;
  }

  /** Events not yet handed to Redis. */
  get pending(): number {
    return this.outbox.length;
  }

  override async close(): Promise<void> {
    this.closed = true;
    await super.close();
    for (let envelope = this.outbox.shift(); envelope; envelope = this.outbox.shift()) {
      this.logLoss(envelope.event, 'the server stopped before Redis was reachable');
    }
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  /** Sends the outbox in order; stops at the first failure and resumes when the connection is ready again. */
  private async flush(): Promise<void> {
    if (this.flushing || this.closed) return;
    this.flushing = true;
    try {
      while (this.publisher.status === 'ready') {
        const next = this.outbox.peek();
        if (!next) return;
        try {
          await this.publisher.publish(this.channel, JSON.stringify(next));
        } catch (error) {
          this.logger.warn(`Event ${next.event.type} waits for Redis: ${(error as Error).message}`);
          return;
        }
        // Only now: an overflow meanwhile may already have dropped it.
        if (this.outbox.peek() === next) this.outbox.shift();
      }
    } finally {
      this.flushing = false;
    }
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch (error) {
      this.logger.warn(`Ignored a malformed event: ${String(error)}`);
      return;
    }
    // This instance's listeners already had it when it was published.
    if (envelope.origin === this.instanceId || !envelope.event) return;
    this.deliverLocally(envelope.event);
  }

  private logLoss(event: DomainEvent, why: string): void {
    this.logger.error(`Event ${event.type} (${JSON.stringify(event)}) was not delivered to other instances: ${why}.`);
  }
}
