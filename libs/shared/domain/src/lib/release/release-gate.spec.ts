import { describe, expect, it } from '@jest/globals';
import { ReleaseGateSection, releaseBlockers } from './release-gate';

const s = (over: Partial<ReleaseGateSection> & { id: string }): ReleaseGateSection => ({
  number: 'A.4',
  title: 'Emigration',
  hasText: true,
  hasChildren: false,
  status: 'APPROVED',
  missingSignatories: [],
  ...over,
});

describe('releaseBlockers', () => {
  it('is empty when every section with text is approved and the latest cycle has no open thread', () => {
    const facts = { sections: [s({ id: 'a', number: 'A', title: 'Trends', hasText: false, hasChildren: true }), s({ id: 'b' })], latestCycle: { id: 'c', title: 'Round 1', unresolvedThreads: 0 } };
    expect(releaseBlockers(facts)).toEqual([]);
  });

  it('names unapproved sections with their status and each missing signatory', () => {
    const blockers = releaseBlockers({
      sections: [s({ id: 'b', status: 'CHANGES_REQUESTED', missingSignatories: ['CMS', 'NBS'] })],
      latestCycle: null,
    });
    expect(blockers).toEqual([
      { kind: 'NOT_APPROVED', message: 'A.4 Emigration is not approved at its current revision (changes requested)', sectionId: 'b', reviewCycleId: null },
      { kind: 'NOT_SIGNED_OFF', message: 'CMS has not signed off A.4 Emigration', sectionId: 'b', reviewCycleId: null },
      { kind: 'NOT_SIGNED_OFF', message: 'NBS has not signed off A.4 Emigration', sectionId: 'b', reviewCycleId: null },
    ]);
  });

  it('asks for text in leaves only: headings are covered by their subsections', () => {
    const blockers = releaseBlockers({
      sections: [
        s({ id: 'h', number: 'B', title: 'Impact', hasText: false, hasChildren: true }),
        s({ id: 'l', number: 'B.6', title: 'Environment', hasText: false }),
        s({ id: 'ok' }),
      ],
      latestCycle: null,
    });
    expect(blockers.map((b) => b.message)).toEqual(['B.6 Environment has no text: write it or archive it']);
  });

  it('counts unresolved threads of the latest cycle and links the cycle', () => {
    const one = releaseBlockers({ sections: [s({ id: 'b' })], latestCycle: { id: 'c', title: 'X', unresolvedThreads: 1 } });
    expect(one).toEqual([{ kind: 'UNRESOLVED_THREADS', message: "1 unresolved thread in the latest cycle 'X'", sectionId: null, reviewCycleId: 'c' }]);
    const three = releaseBlockers({ sections: [s({ id: 'b' })], latestCycle: { id: 'c', title: 'X', unresolvedThreads: 3 } });
    expect(three[0]!.message).toBe("3 unresolved threads in the latest cycle 'X'");
  });

  it('refuses a profile with no text at all', () => {
    expect(releaseBlockers({ sections: [], latestCycle: null }).map((b) => b.kind)).toEqual(['EMPTY_PROFILE']);
  });
});
