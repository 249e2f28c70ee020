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
  readonly description: string;
}

const P = PERMISSIONS;
const READ_ANY = [P.WORKSPACE_READ, P.WORKSPACE_READ_PARTICIPATING] as const;

export const OPERATIONS = {
  // --- identity and sessions
  login: { type: 'Mutation', rule: { access: 'public' }, description: 'Sign in with e-mail and password' },
  refreshSession: { type: 'Mutation', rule: { access: 'public' }, description: 'Rotate a refresh token for a new token pair' },
  logout: { type: 'Mutation', rule: { access: 'public' }, description: 'End the session a refresh token belongs to' },
  me: { type: 'Query', rule: { access: 'authenticated' }, description: 'The signed-in user and their memberships' },
  changePassword: {
    type: 'Mutation',
    rule: { access: 'authenticated' },
    description: 'Change your own password (your other sessions end)',
  },
  setMyLocale: {
    type: 'Mutation',
    rule: { access: 'authenticated' },
    description: 'Choose your interface language (also the language of your e-mails and downloads)',
  },
  requestPasswordReset: {
    type: 'Mutation',
    rule: { access: 'public' },
    description: 'E-mail a single-use password reset link (answers alike for every e-mail)',
  },
  resetPassword: {
    type: 'Mutation',
    rule: { access: 'public' },
    description: 'Set a new password with an e-mailed reset link (every session ends)',
  },
  invitation: {
    type: 'Query',
    rule: { access: 'public' },
    description: 'What an e-mailed invitation link invites to (for whoever holds the link)',
  },
  acceptInvitation: {
    type: 'Mutation',
    rule: { access: 'public' },
    description: 'Accept an invitation link by creating your account, and sign in',
  },
  myInvitations: { type: 'Query', rule: { access: 'authenticated' }, description: 'Invitations waiting for your answer' },
  acceptMyInvitation: {
    type: 'Mutation',
    rule: { access: 'authenticated' },
    description: 'Join a workspace you were invited to (signed in with the invited e-mail)',
  },
  declineMyInvitation: {
    type: 'Mutation',
    rule: { access: 'authenticated' },
    description: 'Decline an invitation addressed to your e-mail',
  },
  workspaces: { type: 'Query', rule: { access: 'authenticated' }, description: "The caller's workspaces (all, for a platform admin)" },
  workspace: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One workspace with its organisations, members and profiles',
  },
  createWorkspace: { type: 'Mutation', rule: { access: 'platform-admin' }, description: 'Create a workspace (a Technical Working Group)' },
  createOrganization: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE], platformAdmin: true },
    description: 'Add an organisation to a workspace',
  },
  renameOrganization: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE], platformAdmin: true },
    description: "Change an organisation's name or acronym",
  },
  addMember: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true },
    description: 'Add a person to a workspace: a new account with a password joins at once, anyone else is invited',
  },
  resendInvitation: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true },
    description: 'Send a pending invitation again with a new link (rate-limited)',
  },
  cancelInvitation: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true },
    description: 'Withdraw a pending invitation (its link stops working)',
  },
  updateMember: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true },
    description: "Change a member's role or organisation",
  },
  deactivateMember: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.MEMBER_MANAGE], platformAdmin: true },
    description: 'Remove a member from a workspace (their access to it ends at once; other workspaces are untouched)',
  },
  auditLog: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true },
    description: "Read a workspace's append-only audit log",
  },
  auditChainStatus: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true },
    description: "Recompute a workspace's audit hash chain and name its first broken link",
  },
  exportAuditLog: {
    type: 'Http',
    rule: { access: 'workspace', anyOf: [P.AUDIT_READ], platformAdmin: true },
    description: "Download a workspace's audit log as CSV, with the auditLog filters (GET /exports/workspaces/:id/audit.csv)",
  },
  // --- profiles and outline
  profile: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One profile with its outline (contributors see only sections under review with them)',
  },
  createProfile: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: 'Start a profile edition, empty or from a template',
  },
  addSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: 'Add a section to the outline',
  },
  renameSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: 'Rename a section',
  },
  moveSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: 'Reorder or re-parent a section',
  },
  archiveSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: 'Archive a section and its subsections (history kept)',
  },
  assignSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SECTION_ASSIGN] },
    description: 'Set the organisations that draft a section',
  },
  // --- sections, revisions and diffs
  section: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One section with its current revision and history',
  },
  revision: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One saved revision of a section',
  },
  diffRevisions: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'Word-level differences between two revisions of a section',
  },
  saveSection: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SECTION_EDIT_ANY, P.SECTION_EDIT_ASSIGNED] },
    description: "Save a new revision (focal points: only their organisation's sections)",
  },
  restoreRevision: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SECTION_EDIT_ANY, P.SECTION_EDIT_ASSIGNED] },
    description: 'Save an older revision again as the newest one',
  },
  // --- review cycles, comments, sign-offs
  reviewCycle: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One review cycle: sections, organisations, progress, sign-off and comment-response matrices',
  },
  openReviewCycle: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.REVIEW_MANAGE] },
    description: 'Open a review cycle on sections, with participants, required signatories and a closing date',
  },
  closeReviewCycle: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.REVIEW_MANAGE] },
    description: 'Close a review cycle before its closing date',
  },
  addComment: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.COMMENT_WRITE] },
    description: 'Comment on a passage (optionally with suggested wording) or reply to a thread',
  },
  resolveComment: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.COMMENT_WRITE] },
    description: "Resolve or reopen a thread (its author, the section's focal points, coordinators)",
  },
  declineSuggestion: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] },
    description: "Decline a comment's suggested wording, with a reason",
  },
  setCommentDisposition: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] },
    description: 'Record how a comment was taken into account (accepted, partly, not), with a reason',
  },
  exportCommentResponses: {
    type: 'Http',
    rule: { access: 'workspace', anyOf: [P.COMMENT_ANSWER] },
    description:
      "Download a cycle's comment-response matrix as CSV or XLSX (GET /exports/review-cycles/:id/responses.csv|.xlsx); also ReviewCycle.commentResponses",
  },
  signOff: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.SIGN_OFF] },
    description: "Approve or request changes on a section's current revision, for a required signatory organisation",
  },
  // --- releases and editions (docs/domain.md rule 7)
  releaseReadiness: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: [P.WORKSPACE_READ], platformAdmin: true },
    description: 'What still blocks a release of a profile, in plain words (members who read every draft)',
  },
  release: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One release with its frozen sections (contributors: published or withdrawn ones only)',
  },
  prepareRelease: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] },
    description: 'Freeze the current revision of every section under a version, when the release gate is met',
  },
  publishRelease: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] },
    description: 'Publish a release candidate (it never changes afterwards)',
  },
  withdrawRelease: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.RELEASE_MANAGE] },
    description: 'Withdraw a published release, with a reason (it stays listed, marked withdrawn)',
  },
  startNextEdition: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.PROFILE_MANAGE] },
    description: "Start a profile's next edition from a published release: its outline, section identities and texts",
  },
  exportRelease: {
    type: 'Http',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description:
      'Download a release as Word or PDF (GET /exports/releases/:id.docx|.pdf): published and withdrawn releases to anyone without signing in; a candidate only to members who read every draft',
  },
  exportProfileDraft: {
    type: 'Http',
    rule: { access: 'workspace', anyOf: [P.WORKSPACE_READ], platformAdmin: true },
    description:
      "Download a profile's current draft as Word or PDF, marked DRAFT on every page (GET /exports/profiles/:id.docx|.pdf); not contributors, who read only some sections",
  },
  publicReleases: {
    type: 'Query',
    rule: { access: 'public' },
    description: 'Published (and withdrawn) releases, optionally of one country; no sign-in needed',
  },
  publicRelease: {
    type: 'Query',
    rule: { access: 'public' },
    description: 'One published (or withdrawn) release; no sign-in needed',
  },
  // --- notifications (each person's own: the operations scope themselves to the caller)
  notifications: { type: 'Query', rule: { access: 'authenticated' }, description: 'Your notifications, newest first, in pages' },
  unreadNotificationCount: { type: 'Query', rule: { access: 'authenticated' }, description: 'How many of your notifications are unread' },
  markNotificationRead: { type: 'Mutation', rule: { access: 'authenticated' }, description: 'Mark one of your notifications read' },
  markAllNotificationsRead: { type: 'Mutation', rule: { access: 'authenticated' }, description: 'Mark all your notifications read' },
  notificationPreferences: { type: 'Query', rule: { access: 'authenticated' }, description: 'How you are e-mailed about notifications' },
  updateNotificationPreferences: {
    type: 'Mutation',
    rule: { access: 'authenticated' },
    description: 'Choose immediate e-mail, a daily digest or no e-mail about your notifications',
  },
  notificationEvents: {
    type: 'Subscription',
    rule: { access: 'authenticated' },
    description: 'Live changes of your notifications (the unread count), for the bell',
  },
  // --- tasks and My work (docs/domain.md "Tasks")
  myTasks: {
    type: 'Query',
    rule: { access: 'authenticated' },
    description: "The caller's own tasks and their organisations' tasks, in every workspace (optionally of one status)",
  },
  myWork: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY },
    description: "The caller's home screen in a workspace: tasks, sections, sign-offs, threads and cycles, for their role",
  },
  createTask: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.TASK_MANAGE, P.TASK_CREATE_OWN] },
    description: 'Create a task for a person or an organisation (focal points: for their own organisation or its members)',
  },
  setTaskStatus: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.TASK_MANAGE, P.TASK_WORK] },
    description: "Change a task's status (its assignee or a member of its organisation; cancelling: coordinators)",
  },
  // --- indicators and their data (docs/domain.md rule 9)
  indicators: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: "A workspace's indicator catalogue, with each indicator's figures",
  },
  indicator: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'One indicator of the catalogue with its figures, differing figures and time series',
  },
  indicatorCatalogueVersions: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: "The adopted versions of a workspace's catalogue, newest first",
  },
  differingFigures: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'Figures that organisations supplied differently for the same indicator, period and disaggregation',
  },
  indicatorSeries: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: "An indicator's figures over time: across periods (live) and across published editions (frozen)",
  },
  profileIndicatorFigures: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: "The live figures of a draft profile's tables and charts in its text, by indicator code",
  },
  indicatorImportPreview: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] },
    description: 'Check a CSV or XLSX data file row by row without importing it',
  },
  createIndicator: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] },
    description: 'Add an indicator to the catalogue',
  },
  updateIndicator: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] },
    description: "Change an indicator's name, unit, definition or references (its code stays)",
  },
  adoptIndicatorCatalogue: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] },
    description: 'Record the catalogue as it is now as an adopted version (decision and date)',
  },
  followCatalogueVersion: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] },
    description: 'Record which adopted catalogue version a profile follows',
  },
  recordDataPoint: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] },
    description: "Enter a figure with its source, definition and comparability (focal points: their organisation's only)",
  },
  importIndicatorData: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.DATA_ENTER_ANY, P.DATA_ENTER_OWN] },
    description: 'Import a CSV or XLSX data file: every row or none (focal points: their organisation\'s figures only)',
  },
  resolveDifferingFigures: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.INDICATOR_MANAGE] },
    description: 'Choose one of differing figures, or footnote the difference',
  },
  regionalMembers: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: "The member countries (national workspaces) of a regional workspace",
  },
  regionalMemberCandidates: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] },
    description: 'National workspaces with a published release that a regional workspace may list as members',
  },
  addRegionalMember: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] },
    description: 'List a national workspace with a published release as a member country of a regional workspace',
  },
  removeRegionalMember: {
    type: 'Mutation',
    rule: { access: 'workspace', anyOf: [P.ORGANIZATION_MANAGE] },
    description: 'Take a member country off the list of a regional workspace',
  },
  regionalComparison: {
    type: 'Query',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description:
      "Compare member countries' published indicator figures (their latest published releases only, never drafts), flagging differing definitions, references, comparability and gaps",
  },
  openDataIndicators: {
    type: 'Http',
    rule: { access: 'public' },
    description: "A published release's frozen indicator figures as CSV or JSON, no sign-in needed (GET /open-data/releases/:id/indicators.csv|.json)",
  },
  profileEvents: {
    type: 'Subscription',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description: 'Live events of a profile (saves, outline, comments, sign-offs, statuses), each only to those who may read its section',
  },
  sectionPresence: {
    type: 'Subscription',
    rule: { access: 'workspace', anyOf: READ_ANY, platformAdmin: true },
    description:
      'Be shown on a section as viewing or editing while subscribed, and see who else has it open (only for those who may read the section)',
  },
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
