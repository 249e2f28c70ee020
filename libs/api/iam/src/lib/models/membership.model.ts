import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipStatus, Role } from '@mps/shared-domain';
import { MembershipStatusEnum, RoleEnum } from './enums';

@ObjectType('MembershipInvitation', { description: 'The e-mailed invitation of a membership that waits for its person.' })
export class MembershipInvitationModel {
  @Field({ description: 'The e-mail invited.' }) email!: string;
  @Field({ description: 'When the last invitation e-mail was sent.' }) sentAt!: Date;
  @Field({ description: 'When its link stops working (14 days after it was sent); resending issues a new link.' }) expiresAt!: Date;
  @Field({ description: 'True once the link has expired: resend or cancel it.' }) expired!: boolean;
  @Field({ description: 'How many invitation e-mails were sent (at most 5).' }) sendCount!: number;
}

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'True only for an ACTIVE membership (false once deactivated, and while it is an invitation).' })
  active!: boolean;
  @Field(() => MembershipStatusEnum) status!: MembershipStatus;
  @Field(() => MembershipInvitationModel, {
    nullable: true,
    description: 'The pending invitation, while status is INVITED; null otherwise.',
  })
  invitation!: MembershipInvitationModel | null;
  @Field() createdAt!: Date;
  /** Null while invited: the `user` field then shows only what the coordinator typed. */
  userId!: string | null;
  invitedEmail!: string | null;
  invitedDisplayName!: string | null;
  workspaceId!: string;
  organizationId!: string;
}
