import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SignOffDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}
registerEnumType(SignOffDecision, { name: 'SignOffDecision' });

@ObjectType('SignOff')
export class SignOffModel {
  @Field(() => ID) id!: string;
  @Field(() => SignOffDecision) decision!: SignOffDecision;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'True once the section has a newer revision than the one signed.' }) stale!: boolean;
  @Field({ description: 'True once the same organisation decided again on this section.' }) superseded!: boolean;
  @Field() createdAt!: Date;
  sectionId!: string;
  revisionId!: string;
  organizationId!: string;
  userId!: string;
}
