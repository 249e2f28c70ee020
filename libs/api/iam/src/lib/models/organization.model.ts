import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind } from '@mps/shared-domain';
import { OrganizationKindEnum } from './enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => OrganizationKindEnum) kind!: OrganizationKind;
  @Field() createdAt!: Date;
  /** Not exposed: lets field resolvers stay inside the workspace. */
  workspaceId!: string;
}
