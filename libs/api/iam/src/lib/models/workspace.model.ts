import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { WorkspaceKind } from '@mps/shared-domain';
import { WorkspaceKindEnum } from './enums';

@ObjectType('Workspace')
export class WorkspaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field(() => WorkspaceKindEnum) kind!: WorkspaceKind;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field() createdAt!: Date;
}
