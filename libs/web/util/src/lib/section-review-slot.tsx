import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * How the profile screen (feature-profiles) shows the review side of a section (feature-reviews) without either
 * importing the other (web features never import each other): the app provides an implementation of this slot for
 * the profile routes; without one, the section screen shows its plain reading view and no review panel.
 */

/** The section's current revision, as the reading view needs it. */
export interface SlotRevision {
  id: string;
  number: number;
  /** ProseMirror JSON of the section schema. */
  content: unknown;
  /** Plain text: anchors' offsets index into it. */
  text: string;
}

/** Suggested wording taken into the editor: replace `quote` at [start, end) of revision `revisionId`'s text with `text`. */
export interface SuggestionToApply {
  commentId: string;
  revisionId: string;
  start: number;
  end: number;
  quote: string;
  text: string;
}

export interface SectionReviewScopeProps {
  sectionId: string;
  children: ReactNode;
}

export interface SectionReviewReadingProps {
  sectionId: string;
  revision: SlotRevision;
}

export interface SectionReviewPanelProps {
  sectionId: string;
  /** The current revision, or null for a section with no text yet. */
  revision: SlotRevision | null;
  /** The person may save this section (Section.canEdit): applying suggestions is offered. */
  canEdit: boolean;
  /** Suggestions applied in the editor and not saved yet (they are recorded with the next save). */
  pendingSuggestionIds: readonly string[];
  /** Puts the suggestion's wording into the editor (starting to edit when reading);. */
  onApplySuggestion(suggestion: SuggestionToApply): void;
}

/** Where the review side starts on the section screen: the jump link's target. */
export const SECTION_REVIEW_ANCHOR_ID = 'section-review';

export interface SectionReviewJumpLinkProps {
  sectionId: string;
}

export interface SectionReviewSlot {
  /** Wraps the reading view and the panel of one section: state they share (the selected thread) lives in it. */
  Scope: ComponentType<SectionReviewScopeProps>;
  /** The section's text with its commented passages, and commenting on a selection. */
  Reading: ComponentType<SectionReviewReadingProps>;
  /** Threads and sign-offs, beside the text. */
  Panel: ComponentType<SectionReviewPanelProps>;
  /**
   * A link from the top of the section to the review side (to `#SECTION_REVIEW_ANCHOR_ID`), saying what waits there:
   * on narrow screens the panel sits below the whole text, out of sight.
   */
  JumpLink?: ComponentType<SectionReviewJumpLinkProps>;
}

const SectionReviewSlotContext = createContext<SectionReviewSlot | null>(null);

export function SectionReviewSlotProvider({ slot, children }: { slot: SectionReviewSlot | null; children: ReactNode }) {
  return <SectionReviewSlotContext.Provider value={slot}>{children}</SectionReviewSlotContext.Provider>;
}

/** The review side provided by the app, or null (plain reading). */
export function useSectionReviewSlot(): SectionReviewSlot | null {
  return useContext(SectionReviewSlotContext);
}

/**
 * The operation names of the review side's queries for one section (sign-off state; threads): the profile screen
 * refetches them by name when a review event (comment, sign-off, status, cycle) concerns the open section, without
 * importing the review feature.
 */
export const SECTION_REVIEW_QUERY_NAMES = ['SectionReview', 'SectionThreads'] as const;
