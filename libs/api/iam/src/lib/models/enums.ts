import { registerEnumType } from '@nestjs/graphql';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, ROLES, WORKSPACE_KINDS } from '@mps/shared-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const OrganizationKindEnum = asEnum(ORGANIZATION_KINDS);
export const WorkspaceKindEnum = asEnum(WORKSPACE_KINDS);
export const MembershipStatusEnum = asEnum(MEMBERSHIP_STATUSES);

registerEnumType(RoleEnum, { name: 'Role', description: 'Role of a member inside one workspace.' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(WorkspaceKindEnum, { name: 'WorkspaceKind' });
registerEnumType(MembershipStatusEnum, {
  name: 'MembershipStatus',
  description:
    'INVITED: waiting for the person to accept (they have no access yet); ACTIVE; DEACTIVATED by a coordinator; DECLINED by the person; CANCELLED by a coordinator before it was accepted.',
});
