import { mayPerform, PERMISSIONS, roleHasPermission, type OperationName, type Permission, type Role } from '@mps/shared-domain';
import type { MyWorkspacesQuery } from '../gql/graphql';
import { useAuth, type SessionMembership } from './auth-context';
import { useQuery } from './graphql-hooks';
import { MY_WORKSPACES_QUERY } from './session-documents';

export type WorkspaceSummary = MyWorkspacesQuery['workspaces'][number];

/** What a person may see in a workspace, from the shared permission table (the server still decides). */
export interface Abilities {
  role: Role | null;
  isPlatformAdmin: boolean;
  can(permission: Permission): boolean;
  /** Whether the operation table admits this person to an operation here (see mayPerform). */
  may(operation: OperationName): boolean;
  /** Coordinators (organisation and member management) and platform admins. */
  canAdminister: boolean;
}

export function abilitiesFor(role: Role | null, isPlatformAdmin: boolean): Abilities {
  const can = (permission: Permission) => (role ? roleHasPermission(role, permission) : false);
  return {
    role,
    isPlatformAdmin,
    can,
    may: (operation) => mayPerform({ role, isPlatformAdmin }, operation),
    canAdminister: isPlatformAdmin || can(PERMISSIONS.ORGANIZATION_MANAGE) || can(PERMISSIONS.MEMBER_MANAGE),
  };
}

export interface CurrentWorkspace extends Abilities {
  workspaces: WorkspaceSummary[];
  workspace: WorkspaceSummary | null;
  membership: SessionMembership | null;
  loading: boolean;
  error: unknown;
  selectWorkspace(id: string): void;
}

/** The workspace the person works in now: their last choice, else their first workspace. */
export function useCurrentWorkspace(): CurrentWorkspace {
  const { status, user, memberships, currentWorkspaceId, setCurrentWorkspaceId } = useAuth();
  const { data, loading, error } = useQuery(MY_WORKSPACES_QUERY, { skip: status !== 'signed-in' });
  const workspaces = data?.workspaces ?? [];
  const workspace = workspaces.find((w) => w.id === currentWorkspaceId) ?? workspaces[0] ?? null;
  const membership = memberships.find((m) => m.workspace.id === workspace?.id) ?? null;
  const role = (workspace?.myRole ?? membership?.role ?? null) as Role | null;
  return {
    ...abilitiesFor(role, user?.isPlatformAdmin ?? false),
    workspaces,
    workspace,
    membership,
    loading: loading && !data,
    error,
    selectWorkspace: setCurrentWorkspaceId,
  };
}
