import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Disposition } from './comment.model';
import { SignOffDecision } from './sign-off.model';

@InputType()
export class OpenReviewCycleInput {
  @Field(() => ID) profileId!: string;
  @Field() title!: string;
  @Field(() => [ID], { description: "Sections under review: their text becomes readable to the participants' members." })
  sectionIds!: string[];
  @Field(() => [ID], { description: 'Organisations whose members may read these sections and comment during the cycle.' })
  participantOrganizationIds!: string[];
  @Field(() => [ID], { description: 'Organisations whose APPROVE on the current revision each section needs to become APPROVED.' })
  requiredSignatoryOrganizationIds!: string[];
  @Field({ description: 'In the future; the cycle closes by itself then.' }) closesAt!: Date;
}

@InputType()
export class AnchorInput {
  @Field(() => Int, { description: "Offsets into the revision's Revision.text, in UTF-16 code units (as String.slice counts)." })
  start!: number;
  @Field(() => Int) end!: number;
  @Field({ description: 'Must equal text.slice(start, end).' }) quote!: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) sectionId!: string;
  @Field(() => ID, { description: 'The revision the person read; the anchor points into its text.' }) revisionId!: string;
  @Field() body!: string;
  @Field(() => AnchorInput, { nullable: true }) anchor?: AnchorInput | null;
  @Field(() => ID, { nullable: true, description: 'Reply to this thread.' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Default: the latest OPEN cycle holding the section.' }) reviewCycleId?: string | null;
  @Field(() => String, { nullable: true, description: 'Proposed replacement wording for the anchored passage.' })
  suggestion?: string | null;
}

@InputType()
export class SignOffInput {
  @Field(() => ID) sectionId!: string;
  @Field(() => ID, { description: "The section's current revision; any other is CONFLICT." }) revisionId!: string;
  @Field(() => SignOffDecision) decision!: SignOffDecision;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class SetCommentDispositionInput {
  @Field(() => ID, { description: "A thread's opening comment." }) commentId!: string;
  @Field(() => Disposition) disposition!: Disposition;
  @Field() reason!: string;
}
