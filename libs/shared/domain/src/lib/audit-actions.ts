/**
 * Every action the audit log records (docs/domain.md rule 8), with the type of object it acts on. The audit screen
 * offers these in its action filter and describes each in words; the audit-completeness test fails when a mutation
 * records an action missing here, so the list cannot fall behind the API.
 */
export const AUDIT_ACTIONS = {
  'session.started': 'Session',
  'session.revoked': 'Session',
  'workspace.created': 'Workspace',
  'organization.created': 'Organization',
  'organization.renamed': 'Organization',
  'user.created': 'User',
  'user.created-platform-admin': 'User',
  'user.promoted-platform-admin': 'User',
  'member.added': 'Membership',
  'member.updated': 'Membership',
  'member.deactivated': 'Membership',
  // Invitations (pending memberships) and accounts people manage themselves.
  'member.invited': 'Membership',
  'member.invitation-resent': 'Membership',
  'member.invitation-cancelled': 'Membership',
  'member.invitation-accepted': 'Membership',
  'member.invitation-declined': 'Membership',
  'user.password-changed': 'User',
  'user.password-reset-requested': 'User',
  'user.password-reset': 'User',
  'user.locale-changed': 'User',
  'profile.created': 'Profile',
  'section.added': 'Section',
  'section.renamed': 'Section',
  'section.moved': 'Section',
  'section.archived': 'Section',
  'section.assigned': 'Section',
  'section.saved': 'Section',
  'section.revision-restored': 'Section',
  'demo.seeded': 'Workspace',
  // Review cycles, comments and sign-offs.
  'review-cycle.opened': 'ReviewCycle',
  'review-cycle.closed': 'ReviewCycle',
  'section.signed-off': 'Section',
  'comment.added': 'Comment',
  'comment.resolved': 'Comment',
  'comment.reopened': 'Comment',
  'comment.suggestion-applied': 'Comment',
  'comment.suggestion-declined': 'Comment',
  'comment.disposition-set': 'Comment',
  // Releases and editions.
  'profile.next-edition-started': 'Profile',
  'release.prepared': 'Release',
  'release.published': 'Release',
  'release.withdrawn': 'Release',
  // Notifications (personal: recorded in the platform chain).
  'notification-preferences.updated': 'User',
  // Tasks: by hand, and by the workflow (data.automatic).
  'task.created': 'Task',
  'task.status-changed': 'Task',
  // Indicators and their data.
  'indicator.created': 'Indicator',
  'indicator.updated': 'Indicator',
  'indicator-catalogue.adopted': 'IndicatorCatalogueVersion',
  'profile.catalogue-version-followed': 'Profile',
  'data-point.recorded': 'DataPoint',
  'indicator-data.imported': 'IndicatorImport',
  'differing-figures.resolved': 'DifferingFigures',
  'regional-member.added': 'Workspace',
  'regional-member.removed': 'Workspace',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);
