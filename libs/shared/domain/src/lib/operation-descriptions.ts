import type { OperationName } from './operations';

/**
 * What each operation of the table (`OPERATIONS`) does, in a sentence: the "What it does" column of
 * docs/permissions.md (scripts/permissions-doc.ts). Kept apart from the table, which the web app reads on every
 * route's first load to decide what to offer (`mayPerform`) and which needs none of these sentences (2.4 KB
 * gzipped). Typed by the table's names: an operation without its sentence does not compile.
 */
export const OPERATION_DESCRIPTIONS: Readonly<Record<OperationName, string>> = {
  login: 'Sign in with e-mail and password',
  refreshSession: 'Rotate a refresh token for a new token pair',
  logout: 'End the session a refresh token belongs to',
  me: 'The signed-in user and their memberships',
  changePassword: 'Change your own password (your other sessions end)',
  setMyLocale: 'Choose your interface language (also the language of your e-mails and downloads)',
  requestPasswordReset: 'E-mail a single-use password reset link (answers alike for every e-mail)',
  resetPassword: 'Set a new password with an e-mailed reset link (every session ends)',
  invitation: 'What an e-mailed invitation link invites to (for whoever holds the link)',
  acceptInvitation: 'Accept an invitation link by creating your account, and sign in',
  myInvitations: 'Invitations waiting for your answer',
  acceptMyInvitation: 'Join a workspace you were invited to (signed in with the invited e-mail)',
  declineMyInvitation: 'Decline an invitation addressed to your e-mail',
  workspaces: "The caller's workspaces (all, for a platform admin)",
  workspace: 'One workspace with its organisations, members and profiles',
  createWorkspace: 'Create a workspace (a Technical Working Group)',
  createOrganization: 'Add an organisation to a workspace',
  renameOrganization: "Change an organisation's name or acronym",
  addMember: 'Add a person to a workspace: a new account with a password joins at once, anyone else is invited',
  resendInvitation: 'Send a pending invitation again with a new link (rate-limited)',
  cancelInvitation: 'Withdraw a pending invitation (its link stops working)',
  updateMember: "Change a member's role or organisation",
  deactivateMember:
    'Remove a member from a workspace (their access to it ends at once; other workspaces are untouched)',
  auditLog: "Read a workspace's append-only audit log",
  auditChainStatus: "Recompute a workspace's audit hash chain and name its first broken link",
  exportAuditLog:
    "Download a workspace's audit log as CSV, with the auditLog filters (GET /exports/workspaces/:id/audit.csv)",
  profile: 'One profile with its outline (contributors see only sections under review with them)',
  createProfile: 'Start a profile edition, empty or from a template',
  addSection: 'Add a section to the outline',
  renameSection: 'Rename a section',
  moveSection: 'Reorder or re-parent a section',
  archiveSection: 'Archive a section and its subsections (history kept)',
  assignSection: 'Set the organisations that draft a section',
  section: 'One section with its current revision and history',
  revision: 'One saved revision of a section',
  diffRevisions: 'Word-level differences between two revisions of a section',
  saveSection: "Save a new revision (focal points: only their organisation's sections)",
  restoreRevision: 'Save an older revision again as the newest one',
  reviewCycle: 'One review cycle: sections, organisations, progress, sign-off and comment-response matrices',
  openReviewCycle: 'Open a review cycle on sections, with participants, required signatories and a closing date',
  closeReviewCycle: 'Close a review cycle before its closing date',
  addComment: 'Comment on a passage (optionally with suggested wording) or reply to a thread',
  resolveComment: "Resolve or reopen a thread (its author, the section's focal points, coordinators)",
  declineSuggestion: "Decline a comment's suggested wording, with a reason",
  setCommentDisposition: 'Record how a comment was taken into account (accepted, partly, not), with a reason',
  exportCommentResponses:
    "Download a cycle's comment-response matrix as CSV or XLSX (GET /exports/review-cycles/:id/responses.csv|.xlsx); also ReviewCycle.commentResponses",
  signOff: "Approve or request changes on a section's current revision, for a required signatory organisation",
  releaseReadiness: 'What still blocks a release of a profile, in plain words (members who read every draft)',
  release: 'One release with its frozen sections (contributors: published or withdrawn ones only)',
  prepareRelease: 'Freeze the current revision of every section under a version, when the release gate is met',
  publishRelease: 'Publish a release candidate (it never changes afterwards)',
  withdrawRelease: 'Withdraw a published release, with a reason (it stays listed, marked withdrawn)',
  startNextEdition:
    "Start a profile's next edition from a published release: its outline, section identities and texts",
  exportRelease:
    'Download a release as Word or PDF (GET /exports/releases/:id.docx|.pdf): published and withdrawn releases to anyone without signing in; a candidate only to members who read every draft',
  exportProfileDraft:
    "Download a profile's current draft as Word or PDF, marked DRAFT on every page (GET /exports/profiles/:id.docx|.pdf); not contributors, who read only some sections",
  publicReleases: 'Published (and withdrawn) releases, optionally of one country; no sign-in needed',
  publicRelease: 'One published (or withdrawn) release; no sign-in needed',
  notifications: 'Your notifications, newest first, in pages',
  unreadNotificationCount: 'How many of your notifications are unread',
  markNotificationRead: 'Mark one of your notifications read',
  markAllNotificationsRead: 'Mark all your notifications read',
  notificationPreferences: 'How you are e-mailed about notifications',
  updateNotificationPreferences: 'Choose immediate e-mail, a daily digest or no e-mail about your notifications',
  notificationEvents: 'Live changes of your notifications (the unread count), for the bell',
  myTasks: "The caller's own tasks and their organisations' tasks, in every workspace (optionally of one status)",
  myWork: "The caller's home screen in a workspace: tasks, sections, sign-offs, threads and cycles, for their role",
  createTask: 'Create a task for a person or an organisation (focal points: for their own organisation or its members)',
  setTaskStatus: "Change a task's status (its assignee or a member of its organisation; cancelling: coordinators)",
  indicators: "A workspace's indicator catalogue, with each indicator's figures",
  indicator: 'One indicator of the catalogue with its figures, differing figures and time series',
  indicatorCatalogueVersions: "The adopted versions of a workspace's catalogue, newest first",
  differingFigures: 'Figures that organisations supplied differently for the same indicator, period and disaggregation',
  indicatorSeries: "An indicator's figures over time: across periods (live) and across published editions (frozen)",
  profileIndicatorFigures: "The live figures of a draft profile's tables and charts in its text, by indicator code",
  indicatorImportPreview: 'Check a CSV or XLSX data file row by row without importing it',
  createIndicator: 'Add an indicator to the catalogue',
  updateIndicator: "Change an indicator's name, unit, definition or references (its code stays)",
  adoptIndicatorCatalogue: 'Record the catalogue as it is now as an adopted version (decision and date)',
  followCatalogueVersion: 'Record which adopted catalogue version a profile follows',
  recordDataPoint:
    "Enter a figure with its source, definition and comparability (focal points: their organisation's only)",
  importIndicatorData:
    'Import a CSV or XLSX data file: every row or none (focal points: their organisation\'s figures only)',
  resolveDifferingFigures: 'Choose one of differing figures, or footnote the difference',
  regionalMembers: "The member countries (national workspaces) of a regional workspace",
  regionalMemberCandidates:
    'National workspaces with a published release that a regional workspace may list as members',
  addRegionalMember: 'List a national workspace with a published release as a member country of a regional workspace',
  removeRegionalMember: 'Take a member country off the list of a regional workspace',
  regionalComparison:
    "Compare member countries' published indicator figures (their latest published releases only, never drafts), flagging differing definitions, references, comparability and gaps",
  openDataIndicators:
    "A published release's frozen indicator figures as CSV or JSON, no sign-in needed (GET /open-data/releases/:id/indicators.csv|.json)",
  profileEvents:
    'Live events of a profile (saves, outline, comments, sign-offs, statuses), each only to those who may read its section',
  sectionPresence:
    'Be shown on a section as viewing or editing while subscribed, and see who else has it open (only for those who may read the section)',
};
