/** Role of a member inside one workspace (contract enum `Role`). */
export const ROLES = ['COORDINATOR', 'FOCAL_POINT', 'CONTRIBUTOR', 'OBSERVER'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = [
  'MINISTRY',
  'GOVERNMENT_AGENCY',
  'CIVIL_SOCIETY',
  'ACADEMIA',
  'INTERNATIONAL_ORGANIZATION',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const WORKSPACE_KINDS = ['NATIONAL', 'REGIONAL'] as const;
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number];
