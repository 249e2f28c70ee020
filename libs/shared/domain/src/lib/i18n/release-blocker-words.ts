import type { SectionStatusValue } from '../review/section-status.state-machine';
import type { Locale } from './locales';

/**
 * The sentences of the release gate's blockers in every interface language: the API words them in the language of
 * the person who asks (users.locale), so that the readiness checklist and prepareRelease's refusal read in it.
 * English is the reference; the type makes every language complete. Terms from docs/i18n/glossary.md.
 */
export interface ReleaseBlockerWords {
  noText: (section: string) => string;
  notApproved: (section: string, status: string) => string;
  notSignedOff: (organization: string, section: string) => string;
  emptyProfile: string;
  unresolvedThreads: (count: number, cycle: string) => string;
  /** publishRelease on a release that is not a candidate. */
  notCandidate: (version: string, published: boolean) => string;
  /** withdrawRelease on a release that is not published. */
  notPublished: (version: string, candidate: boolean) => string;
  /** startNextEdition from a release that is not published. */
  nextEditionFrom: (version: string, candidate: boolean) => string;
  status: Readonly<Record<SectionStatusValue, string>>;
}

const plural = (locale: Locale, count: number) => new Intl.PluralRules(locale).select(count);

export const RELEASE_BLOCKER_WORDS: Readonly<Record<Locale, ReleaseBlockerWords>> = {
  en: {
    noText: (s) => `${s} has no text: write it or archive it`,
    notApproved: (s, status) => `${s} is not approved at its current revision (${status})`,
    notSignedOff: (o, s) => `${o} has not signed off ${s}`,
    emptyProfile: 'The profile has no section with text yet',
    unresolvedThreads: (n, c) => `${n} unresolved ${n === 1 ? 'thread' : 'threads'} in the latest cycle '${c}'`,
    notCandidate: (v, published) => `Release ${v} is ${published ? 'already published' : 'withdrawn'}: only a candidate can be published`,
    notPublished: (v, candidate) => `Release ${v} is ${candidate ? 'not published' : 'already withdrawn'}: only a published release can be withdrawn`,
    nextEditionFrom: (v, candidate) => `Release ${v} is ${candidate ? 'not published yet' : 'withdrawn'}: start from a published release`,
    status: { DRAFTING: 'drafting, not reviewed', IN_REVIEW: 'in review', CHANGES_REQUESTED: 'changes requested', APPROVED: 'approved' },
  },
  fr: {
    noText: (s) => `La section « ${s} » n’a pas de texte : rédigez-la ou archivez-la`,
    notApproved: (s, status) => `La section « ${s} » n’est pas approuvée dans sa révision actuelle (${status})`,
    notSignedOff: (o, s) => `${o} n’a pas validé la section « ${s} »`,
    emptyProfile: 'Le profil n’a encore aucune section avec du texte',
    unresolvedThreads: (n, c) =>
      plural('fr', n) === 'one'
        ? `${n} fil de discussion non résolu dans le dernier cycle de relecture « ${c} »`
        : `${n} fils de discussion non résolus dans le dernier cycle de relecture « ${c} »`,
    notCandidate: (v, published) => `La version ${v} est ${published ? 'déjà publiée' : 'retirée'} : seule une version candidate peut être publiée`,
    notPublished: (v, candidate) => `La version ${v} ${candidate ? 'n’est pas publiée' : 'est déjà retirée'} : seule une version publiée peut être retirée`,
    nextEditionFrom: (v, candidate) => `La version ${v} ${candidate ? 'n’est pas encore publiée' : 'est retirée'} : partez d’une version publiée`,
    status: { DRAFTING: 'en rédaction, non relue', IN_REVIEW: 'en relecture', CHANGES_REQUESTED: 'modifications demandées', APPROVED: 'approuvée' },
  },
  es: {
    noText: (s) => `La sección «${s}» no tiene texto: redáctela o archívela`,
    notApproved: (s, status) => `La sección «${s}» no está aprobada en su revisión actual (${status})`,
    notSignedOff: (o, s) => `${o} no ha dado el visto bueno a la sección «${s}»`,
    emptyProfile: 'El perfil todavía no tiene ninguna sección con texto',
    unresolvedThreads: (n, c) =>
      plural('es', n) === 'one' ? `${n} hilo sin resolver en el último ciclo de revisión «${c}»` : `${n} hilos sin resolver en el último ciclo de revisión «${c}»`,
    notCandidate: (v, published) => `La versión ${v} ${published ? 'ya está publicada' : 'está retirada'}: solo se puede publicar una versión candidata`,
    notPublished: (v, candidate) => `La versión ${v} ${candidate ? 'no está publicada' : 'ya está retirada'}: solo se puede retirar una versión publicada`,
    nextEditionFrom: (v, candidate) => `La versión ${v} ${candidate ? 'todavía no está publicada' : 'está retirada'}: parta de una versión publicada`,
    status: { DRAFTING: 'en redacción, sin revisar', IN_REVIEW: 'en revisión', CHANGES_REQUESTED: 'cambios solicitados', APPROVED: 'aprobada' },
  },
  ru: {
    noText: (s) => `В разделе «${s}» нет текста: напишите его или перенесите раздел в архив`,
    notApproved: (s, status) => `Раздел «${s}» не утверждён в текущей редакции (${status})`,
    notSignedOff: (o, s) => `${o}: нет одобрения раздела «${s}»`,
    emptyProfile: 'В профиле пока нет ни одного раздела с текстом',
    unresolvedThreads: (n, c) => {
      const form = plural('ru', n);
      const words = form === 'one' ? 'незакрытое обсуждение' : form === 'few' ? 'незакрытых обсуждения' : 'незакрытых обсуждений';
      return `${n} ${words} в последнем цикле рецензирования «${c}»`;
    },
    notCandidate: (v, published) => `Версия ${v} ${published ? 'уже опубликована' : 'отозвана'}: опубликовать можно только версию-кандидат`,
    notPublished: (v, candidate) => `Версия ${v} ${candidate ? 'не опубликована' : 'уже отозвана'}: отозвать можно только опубликованную версию`,
    nextEditionFrom: (v, candidate) => `Версия ${v} ${candidate ? 'ещё не опубликована' : 'отозвана'}: начните с опубликованной версии`,
    status: { DRAFTING: 'черновик, не рецензировался', IN_REVIEW: 'на рецензировании', CHANGES_REQUESTED: 'запрошены изменения', APPROVED: 'утверждено' },
  },
  ar: {
    noText: (s) => `لا يحتوي القسم «${s}» على نص: اكتبه أو أرشفه`,
    notApproved: (s, status) => `القسم «${s}» غير معتمد في نسخته الحالية (${status})`,
    notSignedOff: (o, s) => `لم توافق ${o} على القسم «${s}»`,
    emptyProfile: 'لا يحتوي الملف بعد على أي قسم فيه نص',
    unresolvedThreads: (n, c) => `سلاسل النقاش غير المحلولة في آخر دورة مراجعة «${c}»: ${n}`,
    notCandidate: (v, published) => `النسخة ${v} ${published ? 'منشورة بالفعل' : 'مسحوبة'}: لا يمكن نشر إلا نسخة مرشّحة`,
    notPublished: (v, candidate) => `النسخة ${v} ${candidate ? 'غير منشورة' : 'مسحوبة بالفعل'}: لا يمكن سحب إلا نسخة منشورة`,
    nextEditionFrom: (v, candidate) => `النسخة ${v} ${candidate ? 'لم تُنشر بعد' : 'مسحوبة'}: ابدأ من نسخة منشورة`,
    status: { DRAFTING: 'قيد الصياغة، لم يُراجَع', IN_REVIEW: 'قيد المراجعة', CHANGES_REQUESTED: 'مطلوب تعديلات', APPROVED: 'معتمد' },
  },
};
