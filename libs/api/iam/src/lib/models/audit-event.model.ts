import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() action!: string;
  @Field({ description: 'Type and id of the object acted on, e.g. Section / <uuid>.' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => GraphQLJSON, { nullable: true }) data!: Record<string, unknown> | null;
  actorId!: string | null;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEventModel) node!: AuditEventModel;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
