import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

export interface DomainEvent {
  /** e.g. SECTION_SAVED, MEMBER_DEACTIVATED */
  type: string;
  workspaceId: string;
  profileId?: string;
  sectionId?: string;
  actorId?: string | null;
  at: string;
  data?: Record<string, unknown>;
}

type Listener = (event: DomainEvent) => void;

/**
 * Cross-domain reactions and live updates travel as events. In one process an
 * EventEmitter carries them; with REDIS_URL every instance publishes to and
 * hears from one Redis channel, so a subscriber on instance B sees a save made on A.
 */
export abstract class EventBus {
  protected readonly local = new EventEmitter().setMaxListeners(0);

  abstract publish(event: DomainEvent): Promise<void>;

  subscribe(listener: Listener): () => void {
    this.local.on('event', listener);
    return () => this.local.off('event', listener);
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
  }
}

export class InProcessEventBus extends EventBus {
  async publish(event: DomainEvent): Promise<void> {
    this.local.emit('event', event);
  }
}

const CHANNEL = 'mps:events';

export class RedisEventBus extends EventBus {
  private readonly logger = new Logger('RedisEventBus');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscribed: Promise<void>;

  constructor(url: string) {
    super();
    const options = { lazyConnect: false, maxRetriesPerRequest: 3 };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscribed = this.subscriber.subscribe(CHANNEL).then(() => undefined);
    this.subscribed.catch((error: Error) => this.logger.warn(`Redis subscribe failed: ${error.message}`));
    this.subscriber.on('message', (_channel, message) => {
      try {
        this.local.emit('event', JSON.parse(message) as DomainEvent);
      } catch (error) {
        this.logger.warn(`Ignored a malformed event: ${String(error)}`);
      }
    });
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify(event));
  }

  /** Resolves once this instance hears the channel. */
  ready(): Promise<void> {
    return this.subscribed;
  }

  override async close(): Promise<void> {
    await super.close();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
