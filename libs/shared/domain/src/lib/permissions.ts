import { Role } from './roles';

/**
 * Workspace-scoped permissions. The role -> permission table below is the only
 * statement of "who may do what" (docs/domain.md, rule 2). The server enforces it in
 * the access service; the web app reads it to decide what to show.
 */
export const PERMISSIONS = {
  /** Read the workspace, its organisations, members and all drafts. */
  WORKSPACE_READ: 'workspace:read',
  /** Read only sections of review cycles the member's organisation participates in. */
  WORKSPACE_READ_PARTICIPATING: 'workspace:read-participating',
  ORGANIZATION_MANAGE: 'organization:manage',
  MEMBER_MANAGE: 'member:manage',
  PROFILE_MANAGE: 'profile:manage',
  SECTION_ASSIGN: 'section:assign',
  /** Save revisions of any section. */
  SECTION_EDIT_ANY: 'section:edit-any',
  /** Save revisions of sections assigned to the member's own organisation. */
  SECTION_EDIT_ASSIGNED: 'section:edit-assigned',
  AUDIT_READ: 'audit:read',
  /** Open and close review cycles. */
  REVIEW_MANAGE: 'review:manage',
  /** Comment and reply (contributors: only in open cycles their organisation takes part in). */
  COMMENT_WRITE: 'comment:write',
  /** Record dispositions and decline suggestions (focal points: on their organisation's sections). */
  COMMENT_ANSWER: 'comment:answer',
  /** Sign off for their organisation where it is a required signatory. */
  SIGN_OFF: 'signoff:give',
  /** Prepare, publish and withdraw releases. */
  RELEASE_MANAGE: 'release:manage',
  /** Create tasks for anyone in the workspace, cancel tasks. */
  TASK_MANAGE: 'task:manage',
  /** Create tasks for their own organisation or one of its members. */
  TASK_CREATE_OWN: 'task:create-own',
  /** Change the status of tasks assigned to them or to their organisation. */
  TASK_WORK: 'task:work',
  /** Keep the indicator catalogue, record its adoption, choose between differing figures. */
  INDICATOR_MANAGE: 'indicator:manage',
  /** Enter and import indicator figures for any organisation. */
  DATA_ENTER_ANY: 'data:enter-any',
  /** Enter and import indicator figures for the member's own organisation. */
  DATA_ENTER_OWN: 'data:enter-own',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

const P = PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  COORDINATOR: [
    P.WORKSPACE_READ,
    P.ORGANIZATION_MANAGE,
    P.MEMBER_MANAGE,
    P.PROFILE_MANAGE,
    P.SECTION_ASSIGN,
    P.SECTION_EDIT_ANY,
    P.AUDIT_READ,
    P.REVIEW_MANAGE,
    P.COMMENT_WRITE,
    P.COMMENT_ANSWER,
    P.SIGN_OFF,
    P.RELEASE_MANAGE,
    P.TASK_MANAGE,
    P.TASK_WORK,
    P.INDICATOR_MANAGE,
    P.DATA_ENTER_ANY,
  ],
  FOCAL_POINT: [
    P.WORKSPACE_READ,
    P.SECTION_EDIT_ASSIGNED,
    P.COMMENT_WRITE,
    P.COMMENT_ANSWER,
    P.SIGN_OFF,
    P.TASK_CREATE_OWN,
    P.TASK_WORK,
    P.DATA_ENTER_OWN,
  ],
  CONTRIBUTOR: [P.WORKSPACE_READ_PARTICIPATING, P.COMMENT_WRITE, P.SIGN_OFF, P.TASK_WORK],
  OBSERVER: [P.WORKSPACE_READ],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** What a permission means, in words, for docs/permissions.md and the web app. */
export const PERMISSION_DESCRIPTIONS: Readonly<Record<Permission, string>> = {
  'workspace:read': 'Read the workspace, its organisations, members and every draft',
  'workspace:read-participating':
    'Read the workspace, and the sections of review cycles their organisation participates in',
  'organization:manage': 'Create and rename organisations',
  'member:manage': 'Add members, change their role or organisation, deactivate them',
  'profile:manage': 'Create profiles and edit their outline',
  'section:assign': 'Assign sections to organisations',
  'section:edit-any': 'Save revisions of any section',
  'section:edit-assigned': 'Save revisions of sections assigned to their own organisation',
  'audit:read': 'Read the audit log',
  'review:manage': 'Open and close review cycles',
  'comment:write': 'Comment on passages and reply (contributors: only while a cycle of their organisation is open)',
  'comment:answer': "Record dispositions and decline suggestions (focal points: on their organisation's sections)",
  'signoff:give': 'Approve or request changes for their organisation, where it is a required signatory',
  'release:manage': 'Prepare, publish and withdraw releases',
  'task:manage': 'Create tasks for anyone in the workspace and cancel tasks',
  'task:create-own': 'Create tasks for their own organisation or one of its members',
  'task:work': 'Change the status of tasks assigned to them or to their organisation',
  'indicator:manage': 'Keep the indicator catalogue, record its adoption, choose between differing figures',
  'data:enter-any': 'Enter and import indicator figures for any organisation',
  'data:enter-own': 'Enter and import indicator figures for their own organisation',
};
