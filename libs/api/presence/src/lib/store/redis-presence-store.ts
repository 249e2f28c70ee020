import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { PresenceEntry } from '@mps/shared-domain';
import { PresenceStore } from './presence-store';

/**
 * Keeps out expired entries and adds or renews one, refusing a newcomer to a full section, in one atomic step (two
 * instances adding at once cannot overshoot the bound). The hash's own TTL follows its newest entry, so a section
 * nobody renews leaves nothing behind in Redis.
 * KEYS[1] the section's hash; ARGV: entry id, entry JSON, its expiry (ms), now (ms), max entries.
 */
const UPSERT = `
local now = tonumber(ARGV[4])
local all = redis.call('HGETALL', KEYS[1])
local live = 0
for i = 1, #all, 2 do
  local ok, entry = pcall(cjson.decode, all[i + 1])
  if not ok or type(entry) ~= 'table' or tonumber(entry.expiresAt) == nil or tonumber(entry.expiresAt) <= now then
    redis.call('HDEL', KEYS[1], all[i])
  elseif all[i] ~= ARGV[1] then
    live = live + 1
  end
end
if live >= tonumber(ARGV[5]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local ttl = tonumber(ARGV[3]) - now
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1
`;

/** KEYS[1] the section's hash; ARGV: entry id, the new expiry (ms), only ever earlier than the stored one. */
const EXPIRE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local ok, entry = pcall(cjson.decode, raw)
if not ok or type(entry) ~= 'table' then redis.call('HDEL', KEYS[1], ARGV[1]) return 0 end
if tonumber(entry.expiresAt) == nil or tonumber(entry.expiresAt) > tonumber(ARGV[2]) then
  entry.expiresAt = tonumber(ARGV[2])
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))
end
return 1
`;

/**
 * Several instances: one Redis hash per section (`<prefix>:presence:section:<id>`, field = entry id, value = the
 * entry as JSON with its expiry), and fixed-window counters (`<prefix>:presence:rate:<key>:<window>`). A failing
 * Redis makes presence show nobody for a while (logged), never fails the screen.
 */
export class RedisPresenceStore extends PresenceStore {
  private readonly logger = new Logger('PresenceStore');
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    // Like the event bus: no unbounded offline queue; a command while disconnected fails at once.
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async upsert(sectionId: string, entry: PresenceEntry, maxEntries: number, now: number): Promise<boolean> {
    const stored = await this.redis.eval(UPSERT, 1, this.sectionKey(sectionId), entry.id, JSON.stringify(entry), entry.expiresAt, now, maxEntries);
    return stored === 1;
  }

  async expire(sectionId: string, entryId: string, expiresAt: number): Promise<void> {
    await this.redis.eval(EXPIRE, 1, this.sectionKey(sectionId), entryId, expiresAt);
  }

  async list(sectionId: string, now: number): Promise<PresenceEntry[]> {
    const key = this.sectionKey(sectionId);
    const raw = await this.redis.hgetall(key);
    const live: PresenceEntry[] = [];
    const gone: string[] = [];
    for (const [id, json] of Object.entries(raw)) {
      const entry = parseEntry(json);
      if (entry && entry.id === id && entry.expiresAt > now) live.push(entry);
      else gone.push(id);
    }
    if (gone.length) void this.redis.hdel(key, ...gone).catch(() => undefined);
    return live;
  }

  async hit(key: string, windowMs: number, now: number): Promise<number> {
    const window = Math.floor(now / windowMs);
    const counter = `${this.prefix}:presence:rate:${key}:${window}`;
    const [[, count]] = (await this.redis.multi().incr(counter).pexpire(counter, windowMs * 2).exec()) as [[Error | null, number]];
    return count;
  }

  override async close(): Promise<void> {
    this.redis.disconnect();
  }

  private sectionKey(sectionId: string): string {
    return `${this.prefix}:presence:section:${sectionId}`;
  }
}

/** What Redis hands back is our own JSON, but a value that is not an entry is dropped rather than shown. */
function parseEntry(json: string): PresenceEntry | null {
  try {
    const value = JSON.parse(json) as Partial<PresenceEntry>;
    const text = (v: unknown) => typeof v === 'string';
    const textOrNull = (v: unknown) => v === null || typeof v === 'string';
    if (
      text(value.id) &&
      text(value.userId) &&
      text(value.displayName) &&
      textOrNull(value.organizationAcronym) &&
      textOrNull(value.organizationName) &&
      (value.activity === 'VIEWING' || value.activity === 'EDITING') &&
      typeof value.expiresAt === 'number'
    ) {
      return value as PresenceEntry;
    }
  } catch {
    // Falls through: not an entry.
  }
  return null;
}
