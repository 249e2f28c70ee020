import { registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, ROLES, WORKSPACE_KINDS } from '@mps/shared-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const OrganizationKindEnum = asEnum(ORGANIZATION_KINDS);
export const WorkspaceKindEnum = asEnum(WORKSPACE_KINDS);

registerEnumType(RoleEnum, { name: 'Role', description: 'Role of a member inside one workspace.' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(WorkspaceKindEnum, { name: 'WorkspaceKind' });
