import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@mps/shared-domain';
import { RoleEnum } from './enums';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'False once the member has been deactivated.' }) active!: boolean;
  @Field() createdAt!: Date;
  userId!: string;
  workspaceId!: string;
  organizationId!: string;
}
