import type { AdminWorkspaceQuery } from '@mps/web-data-access';

export type AdminWorkspace = AdminWorkspaceQuery['workspace'];
export type AdminOrganization = AdminWorkspace['organizations'][number];
export type AdminMember = AdminWorkspace['members'][number];
