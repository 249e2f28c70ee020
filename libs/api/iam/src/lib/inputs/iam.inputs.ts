import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrganizationKind, Role, WorkspaceKind } from '@mps/shared-domain';
import { OrganizationKindEnum, RoleEnum, WorkspaceKindEnum } from '../models/enums';

@InputType()
export class CreateWorkspaceInput {
  @Field() name!: string;
  @Field() slug!: string;
  @Field(() => WorkspaceKindEnum) kind!: WorkspaceKind;
  @Field(() => String, { nullable: true }) countryCode?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID) workspaceId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => OrganizationKindEnum) kind!: OrganizationKind;
}

@InputType({
  description:
    'Creates the user when the e-mail is unknown and a password is given, and adds an ACTIVE membership. Otherwise (the e-mail has an account, or no password is given) the person is invited by e-mail and joins when they accept: see addMember.',
})
export class AddMemberInput {
  @Field(() => ID) workspaceId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Only for a new account that should work at once (12 to 256 characters); leave out to send an invitation. Checked whenever given; ignored for an existing account.',
  })
  password?: string | null;
  @Field(() => RoleEnum) role!: Role;
}

@InputType({ description: "Changes a member's role and/or organisation; omitted fields stay as they are." })
export class UpdateMemberInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}
