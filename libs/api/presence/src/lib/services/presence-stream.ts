import { Logger } from '@nestjs/common';
import { EventBus } from '@mps/api-core';
import {
  DomainEvent,
  nextExpiry,
  othersPresent,
  PRESENCE_LIMITS,
  PresenceEntry,
  PresentPerson,
  samePresence,
} from '@mps/shared-domain';
import type { SectionPresenceModel } from '../models/presence.models';
import { PresenceStore } from '../store/presence-store';

/** Changes arriving together (several tabs, a burst of arrivals) cost one read of the store. */
const COALESCE_MS = 100;
/** A read scheduled for an entry's expiry waits this much longer, so that the entry is surely gone. */
const EXPIRY_MARGIN_MS = 50;

export interface PresenceStreamOptions {
  store: PresenceStore;
  events: EventBus;
  workspaceId: string;
  sectionId: string;
  /** This subscription's entry (its expiry is set on each renewal). */
  entry: Omit<PresenceEntry, 'expiresAt'>;
  timeoutMs: number;
  /** Asked at each renewal and when a member of the workspace is deactivated: false ends the stream. */
  stillAllowed(): Promise<boolean>;
  /** Called once when the stream ends, however it ends. */
  onEnd(): void;
  now?: () => number;
}

/**
 * One open section in one tab, as a GraphQL subscription's iterator: it keeps its own entry alive while the
 * subscription lasts (renewed every third of the timeout, with the access rechecked), tells the section's other
 * subscribers on every instance when it arrives or leaves (PRESENCE_CHANGED on the event bus), and yields the list
 * of others whenever what the subscriber sees changes. Only the newest list is kept for a slow client.
 */
export class PresenceStream implements AsyncIterableIterator<SectionPresenceModel> {
  private readonly logger = new Logger('Presence');
  private readonly now: () => number;
  private readonly waiting: Array<(result: IteratorResult<SectionPresenceModel>) => void> = [];
  private pending: SectionPresenceModel | null = null;
  private lastSeen: PresentPerson[] | null = null;
  private lastShown: boolean | null = null;
  private shown = false;
  private done = false;
  private readTimer: NodeJS.Timeout | null = null;
  private readonly renewTimer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  /** Reads and renewals run one after the other, so a late answer never overwrites a newer one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly o: PresenceStreamOptions) {
    this.now = o.now ?? Date.now;
    this.unsubscribe = o.events.subscribe((event) => this.heard(event));
    this.renewTimer = setInterval(() => this.enqueue(() => this.renew()), Math.max(500, Math.floor(o.timeoutMs / 3)));
    this.renewTimer.unref();
    this.enqueue(async () => {
      await this.store('arrive');
      this.announce();
      await this.read();
    });
  }

  next(): Promise<IteratorResult<SectionPresenceModel>> {
    if (this.pending) {
      const value = this.pending;
      this.pending = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<SectionPresenceModel>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<SectionPresenceModel>> {
    this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SectionPresenceModel> {
    return this;
  }

  /** Ends the stream: the entry fades after the leave grace, and the section's other subscribers hear of it. */
  finish(): void {
    if (this.done) return;
    this.done = true;
    this.unsubscribe();
    clearInterval(this.renewTimer);
    if (this.readTimer) clearTimeout(this.readTimer);
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    if (this.shown) {
      this.o.store
        .expire(this.o.sectionId, this.o.entry.id, this.now() + PRESENCE_LIMITS.leaveGraceMs)
        .catch((error: Error) => this.logger.warn(`Could not mark a departure: ${error.message}`))
        .finally(() => this.announce());
    }
    this.o.onEnd();
  }

  private heard(event: DomainEvent): void {
    if (event.type === 'PRESENCE_CHANGED' && event.sectionId === this.o.sectionId) this.scheduleRead(COALESCE_MS);
    else if (event.type === 'MEMBER_DEACTIVATED' && event.workspaceId === this.o.workspaceId) this.enqueue(async () => void (await this.recheck()));
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(() => (this.done ? undefined : step())).catch((error: Error) => {
      this.logger.warn(`Presence of section ${this.o.sectionId}: ${error.message}`);
    });
  }

  private scheduleRead(delayMs: number): void {
    if (this.done) return;
    if (this.readTimer) clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => {
      this.readTimer = null;
      this.enqueue(() => this.read());
    }, delayMs);
    this.readTimer.unref();
  }

  private async recheck(): Promise<boolean> {
    const allowed = await this.o.stillAllowed().catch(() => true);
    if (!allowed) this.finish();
    return allowed;
  }

  private async renew(): Promise<void> {
    if (!(await this.recheck())) return;
    const wasShown = this.shown;
    await this.store('renew');
    // Listed again after being left out (the section had room again, or Redis came back): the others must look.
    if (this.shown && !wasShown) this.announce();
    await this.read();
  }

  private async store(why: 'arrive' | 'renew'): Promise<void> {
    const now = this.now();
    try {
      this.shown = await this.o.store.upsert(
        this.o.sectionId,
        { ...this.o.entry, expiresAt: now + this.o.timeoutMs },
        PRESENCE_LIMITS.maxEntriesPerSection,
        now,
      );
      if (!this.shown && why === 'arrive') this.logger.warn(`Section ${this.o.sectionId} is full: a viewer is not listed.`);
    } catch (error) {
      this.shown = false;
      this.logger.warn(`Presence could not be stored: ${(error as Error).message}`);
    }
  }

  /** Tells every instance's subscribers of this section to read again. */
  private announce(): void {
    this.o.events.publish({
      type: 'PRESENCE_CHANGED',
      workspaceId: this.o.workspaceId,
      sectionId: this.o.sectionId,
      actorId: this.o.entry.userId,
      at: new Date(this.now()).toISOString(),
    });
  }

  private async read(): Promise<void> {
    const now = this.now();
    let entries: PresenceEntry[] = [];
    try {
      entries = await this.o.store.list(this.o.sectionId, now);
    } catch (error) {
      this.logger.warn(`Presence could not be read: ${(error as Error).message}`);
    }
    if (this.done) return;
    const others = othersPresent(entries, this.o.entry.userId, now);
    // An entry fading (someone left) or abandoned goes at its expiry, not at the next renewal.
    const soonest = nextExpiry(entries, now);
    if (soonest !== null && soonest - now < this.o.timeoutMs / 3) this.scheduleRead(soonest - now + EXPIRY_MARGIN_MS);
    if (this.lastSeen && samePresence(this.lastSeen, others) && this.lastShown === this.shown) return;
    this.lastSeen = others;
    this.lastShown = this.shown;
    this.emit({ sectionId: this.o.sectionId, others, shown: this.shown });
  }

  private emit(value: SectionPresenceModel): void {
    const resolve = this.waiting.shift();
    if (resolve) resolve({ value, done: false });
    else this.pending = value;
  }
}
