import type { SectionReviewSlot } from '@mps/web-util';
import { AnchoredReading } from './anchored-reading';
import { ReviewJumpLink } from './review-jump-link';
import { ReviewPanel } from './review-panel';
import { ReviewScopeProvider } from './review-scope';

/** The review side of the profile screen's section (see SectionReviewSlot in @mps/web-util); the app provides it. */
export const sectionReviewSlot: SectionReviewSlot = {
  Scope: ReviewScopeProvider,
  Reading: AnchoredReading,
  Panel: ReviewPanel,
  JumpLink: ReviewJumpLink,
};
