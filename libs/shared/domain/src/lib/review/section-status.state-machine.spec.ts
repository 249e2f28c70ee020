import { describe, expect, it } from '@jest/globals';
import { nextSectionStatus, SectionReviewFacts } from './section-status.state-machine';

const facts = (open: boolean | null, required: string[], decisions: Record<string, 'APPROVE' | 'REQUEST_CHANGES'> = {}): SectionReviewFacts => ({
  latestCycle: open === null ? null : { open, requiredSignatoryIds: required },
  currentDecisions: new Map(Object.entries(decisions)),
});

describe('nextSectionStatus', () => {
  it('is DRAFTING without a cycle, whatever happened', () => {
    expect(nextSectionStatus('APPROVED', 'REVISION_SAVED', facts(null, []))).toBe('DRAFTING');
  });

  it('in an open cycle: IN_REVIEW, CHANGES_REQUESTED while one requests changes, APPROVED when all approve', () => {
    expect(nextSectionStatus('DRAFTING', 'CYCLE_OPENED', facts(true, ['csa', 'uni']))).toBe('IN_REVIEW');
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(true, ['csa', 'uni'], { csa: 'APPROVE' }))).toBe('IN_REVIEW');
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(true, ['csa', 'uni'], { csa: 'APPROVE', uni: 'REQUEST_CHANGES' }))).toBe(
      'CHANGES_REQUESTED',
    );
    expect(nextSectionStatus('CHANGES_REQUESTED', 'SIGNED_OFF', facts(true, ['csa', 'uni'], { csa: 'APPROVE', uni: 'APPROVE' }))).toBe(
      'APPROVED',
    );
  });

  it('counts only required signatories, and a cycle without any approves nothing', () => {
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(true, ['csa'], { csa: 'APPROVE', other: 'REQUEST_CHANGES' }))).toBe('APPROVED');
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(true, [], { csa: 'APPROVE' }))).toBe('IN_REVIEW');
  });

  it('a new revision in an open cycle returns an APPROVED section to IN_REVIEW (its sign-offs are stale)', () => {
    expect(nextSectionStatus('APPROVED', 'REVISION_SAVED', facts(true, ['csa']))).toBe('IN_REVIEW');
    expect(nextSectionStatus('CHANGES_REQUESTED', 'REVISION_SAVED', facts(true, ['csa']))).toBe('IN_REVIEW');
  });

  it('an approval of a still-current revision keeps counting in a later cycle', () => {
    expect(nextSectionStatus('APPROVED', 'CYCLE_OPENED', facts(true, ['csa'], { csa: 'APPROVE' }))).toBe('APPROVED');
  });

  it('closing keeps APPROVED, else CHANGES_REQUESTED when one requests changes, else DRAFTING', () => {
    expect(nextSectionStatus('APPROVED', 'CYCLE_CLOSED', facts(false, ['csa'], { csa: 'APPROVE' }))).toBe('APPROVED');
    expect(nextSectionStatus('CHANGES_REQUESTED', 'CYCLE_CLOSED', facts(false, ['csa'], { csa: 'REQUEST_CHANGES' }))).toBe(
      'CHANGES_REQUESTED',
    );
    expect(nextSectionStatus('IN_REVIEW', 'CYCLE_CLOSED', facts(false, ['csa', 'uni'], { csa: 'APPROVE' }))).toBe('DRAFTING');
  });

  it('after the close, a new revision returns APPROVED to IN_REVIEW and leaves DRAFTING alone', () => {
    expect(nextSectionStatus('APPROVED', 'REVISION_SAVED', facts(false, ['csa']))).toBe('IN_REVIEW');
    expect(nextSectionStatus('DRAFTING', 'REVISION_SAVED', facts(false, ['csa']))).toBe('DRAFTING');
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(false, ['csa', 'uni'], { csa: 'APPROVE' }))).toBe('IN_REVIEW');
    expect(nextSectionStatus('IN_REVIEW', 'SIGNED_OFF', facts(false, ['csa', 'uni'], { csa: 'APPROVE', uni: 'APPROVE' }))).toBe(
      'APPROVED',
    );
  });
});
