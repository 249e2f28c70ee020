import { EntityManager } from 'typeorm';
import { outlineStyleOf, ProfileEntity, SectionEntity } from '@mps/api-profiles';
import {
  mayNotify,
  NotificationKind,
  notificationPaths,
  oneLineTitle,
  orderOutline,
  PERMISSIONS,
  Permission,
  Role,
  roleHasPermission,
  sectionLabel,
} from '@mps/shared-domain';

/** An audit event as the dispatcher reads it (docs/adr/0008: committed in chain order). */
export interface AuditEventRow {
  id: string;
  seq: string;
  at: Date;
  actor_id: string | null;
  workspace_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown> | null;
}

/** A notification to insert; the unique (recipient, dedupeKey) makes a repeated dispatch insert nothing. */
export interface NotificationDraft {
  recipientId: string;
  workspaceId: string;
  kind: NotificationKind;
  dedupeKey: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  title: string;
  link: string;
  dueAt: Date | null;
  createdAt: Date | null;
}

interface Member {
  user_id: string;
  organization_id: string;
  role: Role;
}

const may = (permission: Permission) => (m: Member) => roleHasPermission(m.role, permission);

/**
 * Who may read a section now: active members who read every draft, and contributors whose organisation takes part
 * in a review cycle holding the section (docs/domain.md rule 2). With `reviewCycleId` (a thread's cycle), contributors
 * only when their organisation takes part in that cycle; null (an internal thread) excludes contributors.
 */
async function sectionReaders(
  manager: EntityManager,
  workspaceId: string,
  sectionId: string,
  thread?: { reviewCycleId: string | null },
): Promise<Member[]> {
  const [cycleCondition, params] =
    thread === undefined
      ? [
          `EXISTS (SELECT 1 FROM review_cycle_sections rcs
                     JOIN review_cycle_organizations rco ON rco.review_cycle_id = rcs.review_cycle_id
                    WHERE rcs.section_id = $2::uuid AND rco.organization_id = m.organization_id)`,
          [workspaceId, sectionId],
        ]
      : [
          `EXISTS (SELECT 1 FROM review_cycle_organizations rco
                    WHERE rco.review_cycle_id = $2::uuid AND rco.organization_id = m.organization_id)`,
          [workspaceId, thread.reviewCycleId],
        ];
  return manager.query(
    `SELECT m.user_id, m.organization_id, m.role FROM memberships m
      WHERE m.workspace_id = $1 AND m.deactivated_at IS NULL AND m.status = 'ACTIVE'
        AND (m.role <> 'CONTRIBUTOR' OR ${cycleCondition})`,
    params,
  );
}

/** "A.2 Immigration": the section's number and title in its profile's outline now. */
export async function sectionTitle(manager: EntityManager, sectionId: string): Promise<{ title: string; profileId: string } | null> {
  const section = await manager.findOne(SectionEntity, { where: { id: sectionId } });
  if (!section) return null;
  const profile = await manager.findOneOrFail(ProfileEntity, { where: { id: section.profileId } });
  const sections = await manager.find(SectionEntity, { where: { profileId: section.profileId } });
  const placed = orderOutline(
    sections.filter((s) => s.archivedAt === null || s.id === section.id),
    outlineStyleOf(profile),
  ).find((p) => p.node.id === section.id);
  return { title: oneLineTitle(sectionLabel({ number: placed?.number ?? '', title: section.title }), 120), profileId: section.profileId };
}

/**
 * Turns one audit event into the notifications it causes, for the people who may read its object and have reason to
 * hear of it, never its actor. Reads the database as it is now (the dispatcher runs moments after the change).
 */
export async function notificationsFor(manager: EntityManager, event: AuditEventRow): Promise<NotificationDraft[]> {
  if (!mayNotify(event.action, event.data)) return [];
  const data = event.data ?? {};
  const base = { workspaceId: event.workspace_id, actorId: event.actor_id, dueAt: null as Date | null, createdAt: event.at };
  const draft = (recipientId: string, kind: NotificationKind, rest: Pick<NotificationDraft, 'subjectType' | 'subjectId' | 'title' | 'link'> & { dueAt?: Date | null }) => ({
    ...base,
    ...rest,
    dueAt: rest.dueAt ?? null,
    recipientId,
    kind,
    dedupeKey: `${event.id}:${kind}`,
  });
  const notActor = (m: Member) => m.user_id !== event.actor_id;
  // One notification per person: the first row of a person wins (callers order the stronger reason first).
  const unique = <M extends Member>(members: M[]): M[] => {
    const seen = new Set<string>();
    return members.filter((m) => notActor(m) && !seen.has(m.user_id) && (seen.add(m.user_id), true));
  };

  switch (event.action) {
    case 'section.assigned': {
      const before = new Set((data['before'] as string[] | undefined) ?? []);
      const added = ((data['after'] as string[] | undefined) ?? []).filter((id) => !before.has(id));
      if (added.length === 0) return [];
      const section = await sectionTitle(manager, event.subject_id);
      if (!section) return [];
      const members = (await sectionReaders(manager, event.workspace_id, event.subject_id)).filter(
        (m) => added.includes(m.organization_id) && may(PERMISSIONS.SECTION_EDIT_ASSIGNED)(m),
      );
      return unique(members).map((m) =>
        draft(m.user_id, 'SECTION_ASSIGNED', {
          subjectType: 'Section',
          subjectId: event.subject_id,
          title: section.title,
          link: notificationPaths.section(section.profileId, event.subject_id),
        }),
      );
    }
    case 'review-cycle.opened': {
      const rows: Array<Member & { participant: boolean; required_signatory: boolean; title: string; closes_at: Date }> = await manager.query(
        `SELECT m.user_id, m.organization_id, m.role, rco.participant, rco.required_signatory, c.title, c.closes_at
           FROM review_cycles c
           JOIN review_cycle_organizations rco ON rco.review_cycle_id = c.id
           JOIN memberships m ON m.organization_id = rco.organization_id AND m.workspace_id = c.workspace_id AND m.deactivated_at IS NULL AND m.status = 'ACTIVE'
          WHERE c.id = $1`,
        [event.subject_id],
      );
      const drafts: NotificationDraft[] = [];
      for (const m of unique([...rows.filter((r) => r.required_signatory), ...rows.filter((r) => !r.required_signatory)])) {
        const signs = m.required_signatory && may(PERMISSIONS.SIGN_OFF)(m);
        if (!signs && !may(PERMISSIONS.COMMENT_WRITE)(m) && !may(PERMISSIONS.WORKSPACE_READ)(m)) continue;
        drafts.push(
          draft(m.user_id, signs ? 'SIGN_OFF_REQUESTED' : 'REVIEW_CYCLE_OPENED', {
            subjectType: 'ReviewCycle',
            subjectId: event.subject_id,
            title: oneLineTitle(m.title, 120),
            link: notificationPaths.reviewCycle(event.subject_id),
            dueAt: m.closes_at,
          }),
        );
      }
      return drafts;
    }
    case 'section.saved':
    case 'section.revision-restored': {
      // The sign-offs given on the revision this save replaced, still counting until it: now stale (rule 4).
      const stale: Array<{ organization_id: string }> = await manager.query(
        `SELECT DISTINCT so.organization_id FROM sign_offs so JOIN revisions r ON r.id = so.revision_id
          WHERE so.section_id = $1 AND r.number = $2 AND so.created_at <= $3 AND (so.superseded_at IS NULL OR so.superseded_at > $3)`,
        [event.subject_id, Number(data['number']) - 1, event.at],
      );
      if (stale.length === 0) return [];
      const organizations = new Set(stale.map((s) => s.organization_id));
      const section = await sectionTitle(manager, event.subject_id);
      if (!section) return [];
      const members = (await sectionReaders(manager, event.workspace_id, event.subject_id)).filter(
        (m) => organizations.has(m.organization_id) && may(PERMISSIONS.SIGN_OFF)(m),
      );
      return unique(members).map((m) =>
        draft(m.user_id, 'SIGN_OFF_STALE', {
          subjectType: 'Section',
          subjectId: event.subject_id,
          title: section.title,
          link: notificationPaths.section(section.profileId, event.subject_id),
        }),
      );
    }
    case 'section.signed-off': {
      const section = await sectionTitle(manager, event.subject_id);
      if (!section) return [];
      const assigned: Array<{ organization_id: string }> = await manager.query(
        'SELECT organization_id FROM section_assignments WHERE section_id = $1',
        [event.subject_id],
      );
      const organizations = new Set(assigned.map((a) => a.organization_id));
      // The drafting organisations' focal points act on it; a section nobody drafts falls to the coordinators.
      const members = (await sectionReaders(manager, event.workspace_id, event.subject_id)).filter((m) =>
        organizations.size > 0
          ? organizations.has(m.organization_id) && may(PERMISSIONS.SECTION_EDIT_ASSIGNED)(m)
          : may(PERMISSIONS.SECTION_EDIT_ANY)(m),
      );
      return unique(members).map((m) =>
        draft(m.user_id, 'CHANGES_REQUESTED', {
          subjectType: 'Section',
          subjectId: event.subject_id,
          title: section.title,
          link: notificationPaths.section(section.profileId, event.subject_id),
        }),
      );
    }
    case 'comment.added': {
      const parentId = data['parentId'] as string;
      const thread: Array<{ author_id: string; review_cycle_id: string | null; section_id: string }> = await manager.query(
        'SELECT DISTINCT author_id, review_cycle_id, section_id FROM comments WHERE (id = $1 OR parent_id = $1) AND created_at <= $2',
        [parentId, event.at],
      );
      const first = thread[0];
      if (!first) return [];
      const authors = new Set(thread.map((c) => c.author_id));
      const section = await sectionTitle(manager, first.section_id);
      if (!section) return [];
      const members = (await sectionReaders(manager, event.workspace_id, first.section_id, { reviewCycleId: first.review_cycle_id })).filter(
        (m) => authors.has(m.user_id),
      );
      return unique(members).map((m) =>
        draft(m.user_id, 'COMMENT_REPLY', {
          subjectType: 'Comment',
          subjectId: parentId,
          title: section.title,
          link: notificationPaths.thread(section.profileId, first.section_id, parentId),
        }),
      );
    }
    case 'release.published': {
      const rows: Array<Member & { title: string; version: string }> = await manager.query(
        `SELECT m.user_id, m.organization_id, m.role, p.title, r.version
           FROM releases r JOIN profiles p ON p.id = r.profile_id
           JOIN memberships m ON m.workspace_id = r.workspace_id AND m.deactivated_at IS NULL AND m.status = 'ACTIVE'
          WHERE r.id = $1`,
        [event.subject_id],
      );
      return unique(rows).map((m) =>
        draft(m.user_id, 'RELEASE_PUBLISHED', {
          subjectType: 'Release',
          subjectId: event.subject_id,
          title: oneLineTitle(`${m.title} ${m.version}`, 120),
          link: notificationPaths.release(event.subject_id),
        }),
      );
    }
    default:
      return [];
  }
}

/**
 * The members of required signatory organisations of an OPEN cycle whose organisation has not yet given a current
 * decision on the current revision of each of its sections: the people a closing reminder is for.
 */
export async function pendingSignatories(manager: EntityManager, reviewCycleId: string): Promise<Member[]> {
  const rows: Member[] = await manager.query(
    `SELECT DISTINCT m.user_id, m.organization_id, m.role
       FROM review_cycles c
       JOIN review_cycle_organizations rco ON rco.review_cycle_id = c.id AND rco.required_signatory
       JOIN memberships m ON m.organization_id = rco.organization_id AND m.workspace_id = c.workspace_id AND m.deactivated_at IS NULL AND m.status = 'ACTIVE'
      WHERE c.id = $1 AND c.status = 'OPEN'
        AND EXISTS (SELECT 1 FROM review_cycle_sections rcs JOIN sections s ON s.id = rcs.section_id
                     WHERE rcs.review_cycle_id = c.id AND s.archived_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM sign_offs so
                                        WHERE so.section_id = s.id AND so.organization_id = rco.organization_id
                                          AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id))`,
    [reviewCycleId],
  );
  return rows.filter(may(PERMISSIONS.SIGN_OFF));
}
