import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() action!: string;
  @Field({ description: 'Type and id of the object acted on, e.g. Section / <uuid>.' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => GraphQLJSON, { nullable: true }) data!: Record<string, unknown> | null;
  @Field(() => Int, { description: "Position in the workspace's audit chain: 1, 2, 3... without gaps." })
  sequence!: number;
  @Field({ description: 'SHA-256 (hex) over this event and the previous hash: changing any event breaks every later link.' })
  hash!: string;
  @Field(() => String, { nullable: true, description: "The previous event's hash in the chain; null for the first event." })
  previousHash!: string | null;
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

@InputType('AuditLogFilter', { description: 'Every field is optional; given fields must all match.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only events by this user.' }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only events with this action, e.g. section.saved.' }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'Only events on objects of this type, e.g. Section.' }) subjectType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events on this object.' }) subjectId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Only events at or after this time.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only events before this time.' }) to?: Date | null;
}

@ObjectType('AuditChainStatus', { description: "The result of recomputing a workspace's audit hash chain." })
export class AuditChainStatusModel {
  @Field({ description: 'True when every link holds.' }) ok!: boolean;
  @Field(() => Int, { description: 'Events checked (all of them when ok).' }) events!: number;
  @Field(() => Int, { nullable: true, description: 'Sequence number of the first broken link.' }) brokenAtSequence!: number | null;
  @Field(() => ID, { nullable: true, description: 'The event at the first broken link.' }) brokenEventId!: string | null;
  @Field(() => String, { nullable: true, description: 'What does not hold there: hash, prev_hash or seq.' }) problem!: string | null;
  @Field() checkedAt!: Date;
}
