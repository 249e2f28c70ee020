import { sectionLabel } from '../section-title';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { RELEASE_BLOCKER_WORDS } from '../i18n/release-blocker-words';
import type { SectionStatusValue } from '../review/section-status.state-machine';

/**
 * The release gate (docs/domain.md rule 7 and its settled details) as a pure function: the API gathers the facts
 * inside the transaction that would freeze the release, this decides what blocks it, in plain words.
 */

export const RELEASE_BLOCKER_KINDS = ['NOT_APPROVED', 'NOT_SIGNED_OFF', 'NO_TEXT', 'UNRESOLVED_THREADS', 'EMPTY_PROFILE'] as const;
export type ReleaseBlockerKind = (typeof RELEASE_BLOCKER_KINDS)[number];

export interface ReleaseGateSection {
  id: string;
  /** Outline number, '' for unnumbered sections. */
  number: string;
  title: string;
  /** Whether the section has a current revision. */
  hasText: boolean;
  /** Whether it has non-archived subsections (a chapter heading without text is covered by them). */
  hasChildren: boolean;
  status: SectionStatusValue;
  /**
   * Required signatories of the section's latest cycle (acronym or name) whose current decision is not an APPROVE of
   * the current revision. Empty when the section was never in a cycle with required signatories.
   */
  missingSignatories: readonly string[];
}

export interface ReleaseGateFacts {
  /** Every non-archived section of the profile, in outline order. */
  sections: readonly ReleaseGateSection[];
  /** The profile's most recently opened review cycle, with its unresolved threads (opening comments), if any. */
  latestCycle: { id: string; title: string; unresolvedThreads: number } | null;
}

export interface ReleaseBlocker {
  kind: ReleaseBlockerKind;
  /** The sentence shown to people, also the string in FAILED_PRECONDITION's extensions.blockers. */
  message: string;
  /** Where to fix it: the section, or the cycle for unresolved threads. */
  sectionId: string | null;
  reviewCycleId: string | null;
}

/**
 * Every reason the profile cannot be released now, in outline order, threads last; empty when it is ready. The
 * sentences are in `locale` (the asking person's language; RELEASE_BLOCKER_WORDS).
 */
export function releaseBlockers(facts: ReleaseGateFacts, locale: Locale = DEFAULT_LOCALE): ReleaseBlocker[] {
  const w = RELEASE_BLOCKER_WORDS[locale];
  const blockers: ReleaseBlocker[] = [];
  const section = (s: ReleaseGateSection, kind: ReleaseBlockerKind, message: string) =>
    blockers.push({ kind, message, sectionId: s.id, reviewCycleId: null });
  for (const s of facts.sections) {
    const label = sectionLabel(s);
    if (!s.hasText) {
      // A heading with no text of its own is covered by its subsections; a leaf must be written or archived.
      if (!s.hasChildren) section(s, 'NO_TEXT', w.noText(label));
      continue;
    }
    if (s.status === 'APPROVED') continue;
    section(s, 'NOT_APPROVED', w.notApproved(label, w.status[s.status]));
    for (const organization of s.missingSignatories) {
      section(s, 'NOT_SIGNED_OFF', w.notSignedOff(organization, label));
    }
  }
  if (!facts.sections.some((s) => s.hasText)) {
    blockers.push({ kind: 'EMPTY_PROFILE', message: w.emptyProfile, sectionId: null, reviewCycleId: null });
  }
  const cycle = facts.latestCycle;
  if (cycle && cycle.unresolvedThreads > 0) {
    const n = cycle.unresolvedThreads;
    blockers.push({
      kind: 'UNRESOLVED_THREADS',
      message: w.unresolvedThreads(n, cycle.title),
      sectionId: null,
      reviewCycleId: cycle.id,
    });
  }
  return blockers;
}

/** Release versions: "2024.1", "1.0", "2019-rev2". Letters, digits, dots and hyphens, 1 to 20 of them. */
export const RELEASE_VERSION_RE = /^[0-9A-Za-z.-]{1,20}$/;
