import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../i18n/locales';
import { RELEASE_BLOCKER_WORDS } from '../i18n/release-blocker-words';
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

describe('releaseBlockers in the asking person’s language', () => {
  const facts = {
    sections: [
      s({ id: 'b', status: 'CHANGES_REQUESTED' as const, missingSignatories: ['CMS'] }),
      s({ id: 'l', number: 'B.6', title: 'Environment', hasText: false }),
    ],
    latestCycle: { id: 'c', title: 'Validation', unresolvedThreads: 3 },
  };

  it('words every blocker in each language, the names and numbers as they are', () => {
    expect(releaseBlockers(facts, 'fr').map((b) => b.message)).toEqual([
      'La section « A.4 Emigration » n’est pas approuvée dans sa révision actuelle (modifications demandées)',
      'CMS n’a pas validé la section « A.4 Emigration »',
      'La section « B.6 Environment » n’a pas de texte : rédigez-la ou archivez-la',
      '3 fils de discussion non résolus dans le dernier cycle de relecture « Validation »',
    ]);
    expect(releaseBlockers(facts, 'es')[0]!.message).toBe('La sección «A.4 Emigration» no está aprobada en su revisión actual (cambios solicitados)');
    expect(releaseBlockers(facts, 'ar')[1]!.message).toBe('لم توافق CMS على القسم «A.4 Emigration»');
    // The kinds and links do not change with the language.
    expect(releaseBlockers(facts, 'ar').map(({ kind, sectionId, reviewCycleId }) => ({ kind, sectionId, reviewCycleId }))).toEqual(
      releaseBlockers(facts).map(({ kind, sectionId, reviewCycleId }) => ({ kind, sectionId, reviewCycleId })),
    );
  });

  it('takes the plural forms of the language (Russian one, few, many)', () => {
    const threads = (n: number) => releaseBlockers({ sections: [s({ id: 'b' })], latestCycle: { id: 'c', title: 'X', unresolvedThreads: n } }, 'ru')[0]!.message;
    expect(threads(1)).toBe('1 незакрытое обсуждение в последнем цикле рецензирования «X»');
    expect(threads(3)).toBe('3 незакрытых обсуждения в последнем цикле рецензирования «X»');
    expect(threads(5)).toBe('5 незакрытых обсуждений в последнем цикле рецензирования «X»');
    expect(threads(21)).toBe('21 незакрытое обсуждение в последнем цикле рецензирования «X»');
  });

  it('has every sentence in every language', () => {
    for (const locale of LOCALES) {
      const words = RELEASE_BLOCKER_WORDS[locale];
      expect(Object.keys(words).sort()).toEqual(Object.keys(RELEASE_BLOCKER_WORDS.en).sort());
      expect(Object.keys(words.status).sort()).toEqual(Object.keys(RELEASE_BLOCKER_WORDS.en.status).sort());
      expect(releaseBlockers({ sections: [], latestCycle: null }, locale)[0]!.message).toBe(words.emptyProfile);
    }
  });
});
