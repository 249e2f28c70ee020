/** Shared by both runners; not exported from the library. */

export const DEFAULT_JOB_ATTEMPTS = 5;
export const DEFAULT_JOB_BACKOFF_MS = 1_000;

/**
 * One string per name+key that cannot be confused with another pair: both parts are URI-encoded, so the separator
 * `|` (and `:`, which BullMQ refuses in job ids because it separates Redis key segments) never occur inside them.
 */
export function jobSlot(name: string, key: string): string {
  return `${encodeURIComponent(name)}|${encodeURIComponent(key)}`;
}

/** Programming errors (bad name, key, date or payload) are thrown at once, the same way by both runners. */
export function checkJobArguments(name: string, key: string, runAt?: Date, payload?: unknown): void {
  if (typeof name !== 'string' || name.trim() === '') throw new Error('A job needs a name');
  if (typeof key !== 'string' || key === '') throw new Error(`Job ${name} needs a key`);
  if (runAt !== undefined && !(runAt instanceof Date && Number.isFinite(runAt.getTime()))) {
    throw new Error(`Job ${name} (${key}) needs a valid run date`);
  }
  if (payload !== undefined && (payload === null || typeof payload !== 'object')) {
    throw new Error(`Job ${name} (${key}) needs an object payload`);
  }
}

/** Payloads go through JSON in both runners, so a handler sees the same values with or without Redis. */
export function asJson<P>(payload: P): P {
  return JSON.parse(JSON.stringify(payload)) as P;
}
