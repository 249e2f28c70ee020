import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { WordDiffOp } from '@mps/shared-domain';

@ObjectType('Revision')
export class RevisionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1, 2, 3... per section' }) number!: number;
  /** Absent when loaded as a summary: the RevisionResolver's `content` field then reads it. */
  @Field(() => GraphQLJSON) content?: Record<string, unknown>;
  @Field() html!: string;
  @Field() text!: string;
  @Field() contentHash!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => ID, { nullable: true, description: 'The revision this one restored, if any.' }) restoredFromId!: string | null;
  @Field() createdAt!: Date;
  sectionId!: string;
  authorId!: string;
}

export enum DiffOp {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}
registerEnumType(DiffOp, { name: 'DiffOp' });

@ObjectType('DiffHunk')
export class DiffHunkModel {
  /** Same names as the shared word diff's ops, so its hunks serialize as they are. */
  @Field(() => DiffOp) op!: WordDiffOp;
  @Field() text!: string;
}

@ObjectType('RevisionDiff')
export class RevisionDiffModel {
  @Field(() => RevisionModel) from!: RevisionModel;
  @Field(() => RevisionModel) to!: RevisionModel;
  @Field(() => [DiffHunkModel]) hunks!: DiffHunkModel[];
}
