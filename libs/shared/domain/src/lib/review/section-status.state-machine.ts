/**
 * A section's review status (docs/domain.md rules 4 and 5 and the settled details), as a pure state machine.
 * The API keeps the status on the section and moves it only through `nextSectionStatus`, inside the transaction
 * of the change that triggers it, so that the rules live here once and each transition is unit-tested.
 */
export const SECTION_STATUSES = ['DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'] as const;
export type SectionStatusValue = (typeof SECTION_STATUSES)[number];

export type SignOffDecisionValue = 'APPROVE' | 'REQUEST_CHANGES';

/** What the rules look at, read after the change has been applied. */
export interface SectionReviewFacts {
  /** The section's latest review cycle (the one opened last among those holding it), if any. */
  latestCycle: { open: boolean; requiredSignatoryIds: readonly string[] } | null;
  /** Each organisation's current decision on the section's current revision (stale ones excluded). */
  currentDecisions: ReadonlyMap<string, SignOffDecisionValue>;
}

export type SectionReviewEvent =
  /** The section joined a newly opened cycle. */
  | 'CYCLE_OPENED'
  /** Its latest cycle closed (by a coordinator or at its closing date). */
  | 'CYCLE_CLOSED'
  /** A required signatory gave a decision. */
  | 'SIGNED_OFF'
  /** A new revision became current: earlier sign-offs are stale now. */
  | 'REVISION_SAVED';

/** Every required signatory of the latest cycle approved the current revision (a cycle without signatories approves nothing). */
export function approvedByAll(facts: SectionReviewFacts): boolean {
  const required = facts.latestCycle?.requiredSignatoryIds ?? [];
  return required.length > 0 && required.every((id) => facts.currentDecisions.get(id) === 'APPROVE');
}

/** A required signatory's current decision requests changes. */
export function changesRequested(facts: SectionReviewFacts): boolean {
  const required = facts.latestCycle?.requiredSignatoryIds ?? [];
  return required.some((id) => facts.currentDecisions.get(id) === 'REQUEST_CHANGES');
}

/**
 * The status after `event`, from the status before it and the facts after it.
 * - No cycle: DRAFTING.
 * - Open cycle: CHANGES_REQUESTED while a required signatory's current decision requests changes, APPROVED once
 *   all have approved the current revision, else IN_REVIEW.
 * - Closing: APPROVED if all approved, else CHANGES_REQUESTED if one requests changes, else DRAFTING.
 * - A new revision after the cycle closed: an APPROVED (or CHANGES_REQUESTED, now answered) section returns to
 *   IN_REVIEW (rule 4): its signatories must look again; a DRAFTING one stays DRAFTING.
 * - Decisions given after the close still count (a sign-off belongs to a revision, not to a cycle).
 */
export function nextSectionStatus(
  before: SectionStatusValue,
  event: SectionReviewEvent,
  facts: SectionReviewFacts,
): SectionStatusValue {
  const cycle = facts.latestCycle;
  if (!cycle) return 'DRAFTING';
  if (cycle.open) {
    if (changesRequested(facts)) return 'CHANGES_REQUESTED';
    if (approvedByAll(facts)) return 'APPROVED';
    return 'IN_REVIEW';
  }
  if (approvedByAll(facts)) return 'APPROVED';
  if (changesRequested(facts)) return 'CHANGES_REQUESTED';
  switch (event) {
    case 'CYCLE_CLOSED':
      return 'DRAFTING';
    case 'REVISION_SAVED':
      return before === 'DRAFTING' ? 'DRAFTING' : 'IN_REVIEW';
    case 'CYCLE_OPENED':
    case 'SIGNED_OFF':
      // Waiting for signatories to look again after an edit stays IN_REVIEW until they decide.
      return before === 'IN_REVIEW' ? 'IN_REVIEW' : 'DRAFTING';
  }
}
