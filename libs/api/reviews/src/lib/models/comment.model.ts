import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SuggestionStatus {
  PENDING = 'PENDING',
  APPLIED = 'APPLIED',
  DECLINED = 'DECLINED',
}
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

export enum Disposition {
  ACCEPTED = 'ACCEPTED',
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}
registerEnumType(Disposition, { name: 'Disposition', description: 'How a comment was taken into account (docs/domain.md rule 6).' });

@ObjectType('TextAnchor')
export class TextAnchorModel {
  @Field(() => ID, {
    description:
      "The revision whose Revision.text start/end point into: the section's current revision while the quote can still be found there (nearest occurrence to its last position), else the last revision where it was found.",
  })
  revisionId!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field() quote!: string;
  @Field({ description: 'True when a later revision removed the quoted text.' }) orphaned!: boolean;
}

@ObjectType('Suggestion', { description: "Proposed replacement wording for a comment's passage." })
export class SuggestionModel {
  @Field() text!: string;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  appliedRevisionId!: string | null;
  answeredById!: string | null;
}

@ObjectType('CommentDisposition')
export class CommentDispositionModel {
  @Field(() => Disposition) value!: Disposition;
  @Field() reason!: string;
  @Field() recordedAt!: Date;
  recordedById!: string;
}

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: "The thread's opening comment, for a reply." }) parentId!: string | null;
  @Field(() => TextAnchorModel, { nullable: true }) anchor!: TextAnchorModel | null;
  @Field() body!: string;
  @Field({ description: 'Resolution belongs to the thread: a reply answers its opening comment.' }) resolved!: boolean;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field({ description: 'An internal comment (outside any cycle): never shown to contributors.' }) internal!: boolean;
  @Field(() => SuggestionModel, { nullable: true }) suggestion!: SuggestionModel | null;
  @Field(() => CommentDispositionModel, { nullable: true }) disposition!: CommentDispositionModel | null;
  @Field() createdAt!: Date;
  sectionId!: string;
  profileId!: string;
  workspaceId!: string;
  revisionId!: string;
  reviewCycleId!: string | null;
  authorId!: string;
  organizationId!: string;
  resolvedById!: string | null;
}
