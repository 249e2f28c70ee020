import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SectionSignOffProgress', {
  description:
    "Sign-offs of a section in its open review cycle: the cycle's required signatories and their current decisions on the section's current revision (stale ones do not count).",
})
export class SectionSignOffProgressModel {
  @Field(() => ID, { description: 'The open cycle holding the section.' }) reviewCycleId!: string;
  @Field(() => Int, { description: "The cycle's required signatories: every one of them must approve the section." }) required!: number;
  @Field(() => Int, { description: 'Of those, approving the current revision.' }) approved!: number;
  @Field(() => Int, { description: 'Of those, requesting changes on the current revision.' }) changesRequested!: number;
}

/** A section's review counts as one statement reads them for the whole outline (ReviewLoaders.reviewOfProfile). */
export interface SectionReviewCounts {
  /** Unresolved threads by cycle (null: internal threads). Callers keep only the cycles the reader may see. */
  openThreadsByCycle: ReadonlyArray<{ cycleId: string | null; count: number }>;
  /** Sign-off progress in the open cycle holding the section, or null when none holds it. */
  openCycle: SectionSignOffProgressModel | null;
}
