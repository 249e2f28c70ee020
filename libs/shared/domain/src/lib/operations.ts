import { Permission, PERMISSIONS, roleHasPermission } from './permissions';
import type { Role } from './roles';

/**
 * Every root GraphQL operation and the rule that admits a caller to it.
 * The API's global guard denies any operation missing here, so adding a
 * resolver without an entry fails closed (and fails the authorization-matrix test).
 *
 * - public:          anyone, signed in or not
 * - authenticated:   any signed-in user (the operation scopes itself to the caller)
 * - platform-admin:  platform administrators only
 * - workspace:       a member of the object's workspace whose role has `permission`
 *                    (or any of `anyOf`); platform admins too when `platformAdmin` is set
 *
 * Entries of type 'Http' are plain HTTP routes (downloads): the guard only requires a signed-in caller there, and
 * the route's service authorizes with its entry, so that the table still says who may call it.
 */
export type OperationRule =
  | { readonly access: 'public' }
  | { readonly access: 'authenticated' }
  | { readonly access: 'platform-admin' }
  | {
      readonly access: 'workspace';
      readonly anyOf: readonly Permission[];
      readonly platformAdmin?: boolean;
    };

export interface OperationEntry {
  readonly type: 'Query' | 'Mutation' | 'Subscription' | 'Http';
  readonly rule: OperationRule;
}

const P = PERMISSIONS;
const READ_ANY = [P.WORKSPACE_READ, P.WORKSPACE_READ_PARTICIPATING] as const;

export const OPERATIONS = {
  // --- identity and sessions
  login: { type: 'Mutation', rule: { access: 'public' } },
  refreshSession: { type: 'Mutation', rule: { access: 'public' } },
  logout: { type: 'Mutation', rule: { access: 'public' } },
  me: { type: 'Query', rule: { access: 'authenticated' } },
  changePassword: { type: 'Mutation', rule: { access: 'authenticated' } },
  setMyLocale: { type: 'Mutation', rule: { access: 'authenticated' } },
  requestPasswordReset: { type: 'Mutation', rule: { access: 'public' } },
  resetPassword: { type: 'Mutation', rule: { access: 'public' } },
  invitation: { type: 'Query', rule: { access: 'public' } },
  acceptInvitation: { type: 'Mutation', rule: { access: 'public' } },
  myInvitations: { type: 'Query', rule: { access: 'authenticated' } },
  acceptMyInvitation: { type: 'Mutation', rule: { access: 'authenticated' } },
  declineMyInvitation: { type: 'Mutation', rule: { access: 'authenticated' } },
  workspaces: { type: 'Query', rule: { access: 'authenticated' } },
  workspace: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  createWorkspace: { type: 'Mutation', rule: { access: 'platform-admin' } },
  createOrganization: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE], platformAdmin: true },
  },
  renameOrganization: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE], platformAdmin: true },
  },
  addMember: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true } },
  resendInvitation: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true } },
  cancelInvitation: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true } },
  updateMember: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true } },
  deactivateMember: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true } },
  auditLog: { type: 'Query', rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true } },
  auditChainStatus: { type: 'Query', rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true } },
  exportAuditLog: { type: 'Http', rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true } },
  // --- profiles and outline
  profile: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  createProfile: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  addSection: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  renameSection: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  moveSection: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  archiveSection: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  assignSection: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.SECTION_ASSIGN] } },
  // --- sections, revisions and diffs
  section: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  revision: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  diffRevisions: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  saveSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SECTION_EDIT_ANY, P.SECTION_EDIT_ASSIGNED] },
  },
  restoreRevision: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SECTION_EDIT_ANY, P.SECTION_EDIT_ASSIGNED] },
  },
  // --- review cycles, comments, sign-offs
  reviewCycle: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  openReviewCycle: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.REVIEW_MANAGE] } },
  closeReviewCycle: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.REVIEW_MANAGE] } },
  addComment: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.COMMENT_WRITE] } },
  resolveComment: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.COMMENT_WRITE] } },
  declineSuggestion: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] } },
  setCommentDisposition: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] } },
  exportCommentResponses: { type: 'Http', rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] } },
  signOff: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.SIGN_OFF] } },
  // --- releases and editions (docs/domain.md rule 7)
  releaseReadiness: { type: 'Query', rule: { access: 'workspace', anyOf: [P.WORKSPACE_READ], platformAdmin: true } },
  release: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  prepareRelease: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] } },
  publishRelease: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] } },
  withdrawRelease: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] } },
  startNextEdition: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] } },
  exportRelease: { type: 'Http', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  exportProfileDraft: { type: 'Http', rule: { access: 'workspace', anyOf: [P.WORKSPACE_READ], platformAdmin: true } },
  publicReleases: { type: 'Query', rule: { access: 'public' } },
  publicRelease: { type: 'Query', rule: { access: 'public' } },
  // --- notifications (each person's own: the operations scope themselves to the caller)
  notifications: { type: 'Query', rule: { access: 'authenticated' } },
  unreadNotificationCount: { type: 'Query', rule: { access: 'authenticated' } },
  markNotificationRead: { type: 'Mutation', rule: { access: 'authenticated' } },
  markAllNotificationsRead: { type: 'Mutation', rule: { access: 'authenticated' } },
  notificationPreferences: { type: 'Query', rule: { access: 'authenticated' } },
  updateNotificationPreferences: { type: 'Mutation', rule: { access: 'authenticated' } },
  notificationEvents: { type: 'Subscription', rule: { access: 'authenticated' } },
  // --- tasks and My work (docs/domain.md "Tasks")
  myTasks: { type: 'Query', rule: { access: 'authenticated' } },
  myWork: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY } },
  createTask: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.TASK_MANAGE, P.TASK_CREATE_OWN] } },
  setTaskStatus: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.TASK_MANAGE, P.TASK_WORK] } },
  // --- indicators and their data (docs/domain.md rule 9)
  indicators: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  indicator: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  indicatorCatalogueVersions: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  differingFigures: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  indicatorSeries: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  profileIndicatorFigures: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  indicatorImportPreview: { type: 'Query', rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] } },
  createIndicator: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] } },
  updateIndicator: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] } },
  adoptIndicatorCatalogue: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] } },
  followCatalogueVersion: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] } },
  recordDataPoint: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] } },
  importIndicatorData: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] } },
  resolveDifferingFigures: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] } },
  regionalMembers: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  regionalMemberCandidates: { type: 'Query', rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] } },
  addRegionalMember: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] } },
  removeRegionalMember: { type: 'Mutation', rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] } },
  regionalComparison: { type: 'Query', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  openDataIndicators: { type: 'Http', rule: { access: 'public' } },
  profileEvents: { type: 'Subscription', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
  sectionPresence: { type: 'Subscription', rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true } },
} as const satisfies Record<string, OperationEntry>;

export type OperationName = keyof typeof OPERATIONS;

export function operationRule(name: string): OperationRule | undefined {
  return (OPERATIONS as Record<string, OperationEntry>)[name]?.rule;
}

/** A signed-in person as the operation table sees them in one workspace. */
export interface OperationActor {
  /** Their role in the workspace, or null when they are not a member. */
  readonly role: Role | null;
  readonly isPlatformAdmin: boolean;
}

/**
 * Whether the table admits a signed-in person to an operation in a workspace,
 * as the API's guard decides. The web app asks this to decide what to offer;
 * object-level rules (a focal point's own sections, a contributor's review
 * cycles) are the server's, and arrive as fields such as `Section.canEdit`.
 */
export function mayPerform(actor: OperationActor, operation: OperationName): boolean {
  const rule: OperationRule = OPERATIONS[operation].rule;
  switch (rule.access) {
    case 'public':
    case 'authenticated':
      return true;
    case 'platform-admin':
      return actor.isPlatformAdmin;
    case 'workspace': {
      const { role } = actor;
      if (role && rule.anyOf.some((permission) => roleHasPermission(role, permission))) return true;
      return actor.isPlatformAdmin && rule.platformAdmin === true;
    }
  }
}
