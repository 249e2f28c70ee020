import type { PresenceEntry } from '@mps/shared-domain';

/**
 * Where presence entries live: Redis when several instances share it, else this process. Nothing here touches
 * PostgreSQL; entries carry their own expiry and the store drops them once it has passed, so an entry whose owner
 * vanished (a crashed instance) disappears by itself.
 */
export abstract class PresenceStore {
  /**
   * Adds or renews an entry of a section. False when the section already holds `maxEntries` other live entries:
   * the entry is then not stored (the caller still shows the others).
   */
  abstract upsert(sectionId: string, entry: PresenceEntry, maxEntries: number, now: number): Promise<boolean>;

  /** Brings an entry's expiry forward to `expiresAt` (never later): its owner left and it fades after a grace. */
  abstract expire(sectionId: string, entryId: string, expiresAt: number): Promise<void>;

  /** The section's live entries; expired ones are removed on the way. */
  abstract list(sectionId: string, now: number): Promise<PresenceEntry[]>;

  /**
   * Counts one more use of `key` within the current window of `windowMs` and answers the count so far (fixed
   * windows: cheap, and a burst at a window's edge can at most double the allowance).
   */
  abstract hit(key: string, windowMs: number, now: number): Promise<number>;

  async close(): Promise<void> {
    // Nothing to release by default.
  }
}

/** One process: a map per section, trimmed when read. Dies with the process, as its subscriptions do. */
export class InMemoryPresenceStore extends PresenceStore {
  private readonly sections = new Map<string, Map<string, PresenceEntry>>();
  private readonly counters = new Map<string, { window: number; count: number }>();

  async upsert(sectionId: string, entry: PresenceEntry, maxEntries: number, now: number): Promise<boolean> {
    const entries = this.live(sectionId, now) ?? new Map<string, PresenceEntry>();
    if (!entries.has(entry.id) && entries.size >= maxEntries) return false;
    entries.set(entry.id, entry);
    this.sections.set(sectionId, entries);
    return true;
  }

  async expire(sectionId: string, entryId: string, expiresAt: number): Promise<void> {
    const entry = this.sections.get(sectionId)?.get(entryId);
    if (entry && entry.expiresAt > expiresAt) entry.expiresAt = expiresAt;
  }

  async list(sectionId: string, now: number): Promise<PresenceEntry[]> {
    return [...(this.live(sectionId, now)?.values() ?? [])].map((entry) => ({ ...entry }));
  }

  async hit(key: string, windowMs: number, now: number): Promise<number> {
    const window = Math.floor(now / windowMs);
    const counter = this.counters.get(key);
    const count = counter && counter.window === window ? counter.count + 1 : 1;
    this.counters.set(key, { window, count });
    if (this.counters.size > 10_000) this.forgetOldCounters(window);
    return count;
  }

  /** The section's entries without the expired ones; an emptied section is forgotten. */
  private live(sectionId: string, now: number): Map<string, PresenceEntry> | undefined {
    const entries = this.sections.get(sectionId);
    if (!entries) return undefined;
    for (const [id, entry] of entries) if (entry.expiresAt <= now) entries.delete(id);
    if (entries.size === 0) this.sections.delete(sectionId);
    return entries.size ? entries : undefined;
  }

  private forgetOldCounters(window: number): void {
    for (const [key, counter] of this.counters) if (counter.window !== window) this.counters.delete(key);
  }
}
