/**
 * Presence: who else has a section open, reading or editing it, so that two people do not rewrite the same text
 * unknowingly. Ephemeral by design: nothing is stored in PostgreSQL, entries live in Redis (or the process) and
 * vanish on their own when nobody keeps them alive (docs/adr/0013-presence.md).
 */

export const PRESENCE_ACTIVITIES = ['VIEWING', 'EDITING'] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

/** The bounds that keep presence cheap whatever a client does. */
export const PRESENCE_LIMITS = {
  /** Default life of an entry without a sign of life (a crashed tab or instance); PRESENCE_TIMEOUT_SECONDS overrides it. */
  timeoutSeconds: 30,
  /**
   * An entry whose subscription ended stays this long: a person switching between reading and editing, or a
   * connection that comes straight back (a refreshed token), is not shown leaving and coming back.
   */
  leaveGraceMs: 2_000,
  /** People-tabs shown on one section; beyond it newcomers still see the others but are not listed themselves. */
  maxEntriesPerSection: 50,
  /** Presence subscriptions one session may start per minute (each opening of a section, each switch to editing). */
  maxStartsPerMinute: 60,
  /** Presence subscriptions one session may hold open at once on one API instance. */
  maxOpenPerSession: 20,
} as const;

/** One open section in one tab: what the store keeps (the names are copied in so that reading costs no query). */
export interface PresenceEntry {
  /** Unique per subscription (a tab's view of the section). */
  id: string;
  userId: string;
  displayName: string;
  organizationAcronym: string | null;
  organizationName: string | null;
  activity: PresenceActivity;
  /** Epoch milliseconds after which the entry no longer counts. */
  expiresAt: number;
}

/** A person shown on a section: all their tabs counted once, editing if any tab edits. */
export interface PresentPerson {
  userId: string;
  displayName: string;
  organizationAcronym: string | null;
  organizationName: string | null;
  activity: PresenceActivity;
}

/**
 * The people a viewer sees on a section: live entries only, never the viewer themselves, one line per person
 * (editing wins over viewing across their tabs), editors first, then by name, so that the list does not reshuffle.
 */
export function othersPresent(entries: readonly PresenceEntry[], viewerUserId: string, now: number): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const entry of entries) {
    if (entry.userId === viewerUserId || entry.expiresAt <= now) continue;
    const known = people.get(entry.userId);
    if (!known) {
      people.set(entry.userId, {
        userId: entry.userId,
        displayName: entry.displayName,
        organizationAcronym: entry.organizationAcronym,
        organizationName: entry.organizationName,
        activity: entry.activity,
      });
    } else if (entry.activity === 'EDITING') {
      known.activity = 'EDITING';
    }
  }
  return [...people.values()].sort(
    (a, b) =>
      Number(b.activity === 'EDITING') - Number(a.activity === 'EDITING') ||
      a.displayName.localeCompare(b.displayName) ||
      a.userId.localeCompare(b.userId),
  );
}

/** Whether two lists show the same thing (a viewer is told only when what they see changes). */
export function samePresence(a: readonly PresentPerson[], b: readonly PresentPerson[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.userId === b[i]!.userId &&
        p.activity === b[i]!.activity &&
        p.displayName === b[i]!.displayName &&
        p.organizationAcronym === b[i]!.organizationAcronym,
    )
  );
}

/** The earliest moment an entry of the list stops counting (when a viewer must look again), or null. */
export function nextExpiry(entries: readonly PresenceEntry[], now: number): number | null {
  let next: number | null = null;
  for (const entry of entries) {
    if (entry.expiresAt > now && (next === null || entry.expiresAt < next)) next = entry.expiresAt;
  }
  return next;
}
