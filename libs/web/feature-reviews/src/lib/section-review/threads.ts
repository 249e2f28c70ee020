/** Which threads the panel lists, and how many each filter holds (pure: no React, no GraphQL client). */

export type ThreadStatusFilter = 'open' | 'resolved' | 'mine' | 'all';

/** What the filters need of a thread (its opening comment with the replies). */
export interface ThreadLike {
  id: string;
  resolved: boolean;
  author: { id: string };
  organization: { id: string; name: string; acronym: string | null };
  replies: ReadonlyArray<{ author: { id: string } }>;
}

export interface ThreadFilter {
  status: ThreadStatusFilter;
  /** An organisation's id, or null for every organisation. */
  organizationId: string | null;
}

/** Threads the person started or answered. */
export function isMine(thread: ThreadLike, userId: string | null): boolean {
  if (!userId) return false;
  return thread.author.id === userId || thread.replies.some((r) => r.author.id === userId);
}

function matchesStatus(thread: ThreadLike, status: ThreadStatusFilter, userId: string | null): boolean {
  switch (status) {
    case 'open':
      return !thread.resolved;
    case 'resolved':
      return thread.resolved;
    case 'mine':
      return isMine(thread, userId);
    case 'all':
      return true;
  }
}

export function filterThreads<T extends ThreadLike>(threads: readonly T[], filter: ThreadFilter, userId: string | null): T[] {
  return threads.filter(
    (t) => matchesStatus(t, filter.status, userId) && (filter.organizationId === null || t.organization.id === filter.organizationId),
  );
}

/** How many threads each status filter shows, within the chosen organisation. */
export function statusCounts(threads: readonly ThreadLike[], organizationId: string | null, userId: string | null): Record<ThreadStatusFilter, number> {
  const inOrg = organizationId === null ? threads : threads.filter((t) => t.organization.id === organizationId);
  return {
    open: inOrg.filter((t) => !t.resolved).length,
    resolved: inOrg.filter((t) => t.resolved).length,
    mine: inOrg.filter((t) => isMine(t, userId)).length,
    all: inOrg.length,
  };
}

/** The organisations that opened threads, by name, each with how many threads the chosen status filter shows. */
export function organizationCounts(
  threads: readonly ThreadLike[],
  status: ThreadStatusFilter,
  userId: string | null,
): Array<{ id: string; name: string; acronym: string | null; count: number }> {
  const byId = new Map<string, { id: string; name: string; acronym: string | null; count: number }>();
  for (const t of threads) {
    const entry = byId.get(t.organization.id) ?? { ...t.organization, count: 0 };
    if (matchesStatus(t, status, userId)) entry.count += 1;
    byId.set(t.organization.id, entry);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
