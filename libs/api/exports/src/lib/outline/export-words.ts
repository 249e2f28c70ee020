import type { Locale, OrganizationKind } from '@mps/shared-domain';
import type { DocumentState } from './export-outline';

/**
 * The fixed words of the Word and PDF files in every interface language (the profile's own text stays as written).
 * English is the reference; the type makes every language complete, so TypeScript refuses a language with a word
 * missing. Terms from docs/i18n/glossary.md. The figure tables' words are in the shared FIGURE_TABLE_WORDS.
 */
export interface ExportWords {
  edition: (edition: string) => string;
  release: (version: string) => string;
  currentDraft: string;
  draftAsOf: (date: string) => string;
  prepared: (date: string) => string;
  published: (date: string) => string;
  /** The notice of a withdrawn release: `on` is a date or null, `reason` the reason as written or null. */
  withdrawn: (on: string | null, reason: string | null) => string;
  draftNotice: string;
  candidateNotice: string;
  /** The words every page's header carries when the document is not a published release. */
  pageMarks: Readonly<Record<Exclude<DocumentState, 'PUBLISHED'>, string>>;
  /** The diagonal watermark of a draft: one short word. */
  watermark: string;
  releaseNotes: string;
  twg: string;
  organizationKinds: Readonly<Record<OrganizationKind, string>>;
  contents: string;
  noTextYet: string;
  /** "Page 3 of 12" in three pieces around the two numbers (Word fills them in with fields). */
  pageOf: readonly [before: string, between: string, after: string];
  /** The Word document's subject, e.g. "Republic of Norland: Release 2024.1, published 2 March 2025". */
  subject: (workspace: string, version: string, date: string) => string;
  /** The file name's word for a draft and a release ("draft", "release"). */
  fileDraft: string;
  fileRelease: string;
}

const EN: ExportWords = {
  edition: (e) => `Edition ${e}`,
  release: (v) => `Release ${v}`,
  currentDraft: 'Current draft',
  draftAsOf: (d) => `Draft as of ${d}`,
  prepared: (d) => `Prepared ${d}`,
  published: (d) => `Published ${d}`,
  withdrawn: (on, reason) => `Withdrawn${on ? ` on ${on}` : ''}${reason ? `: ${reason}` : '.'}`,
  draftNotice: 'Draft — not for citation. This is work in progress of the Technical Working Group, not an approved text.',
  candidateNotice: 'Release candidate — not yet published, not for citation.',
  pageMarks: {
    WITHDRAWN: 'WITHDRAWN — superseded or retracted',
    CANDIDATE: 'RELEASE CANDIDATE — not for citation',
    DRAFT: 'DRAFT — not for citation',
  },
  watermark: 'DRAFT',
  releaseNotes: 'Release notes',
  twg: 'Technical Working Group',
  organizationKinds: {
    MINISTRY: 'Ministries',
    GOVERNMENT_AGENCY: 'Government agencies',
    CIVIL_SOCIETY: 'Civil society',
    ACADEMIA: 'Academia',
    INTERNATIONAL_ORGANIZATION: 'International organisations',
    OTHER: 'Other organisations',
  },
  contents: 'Contents',
  noTextYet: 'No text yet.',
  pageOf: ['Page ', ' of ', ''],
  subject: (w, v, d) => `${w}: ${v}, ${d}`,
  fileDraft: 'draft',
  fileRelease: 'release',
};

const FR: ExportWords = {
  edition: (e) => `Édition ${e}`,
  release: (v) => `Version publiée ${v}`,
  currentDraft: 'Brouillon actuel',
  draftAsOf: (d) => `Brouillon au ${d}`,
  prepared: (d) => `Préparée le ${d}`,
  published: (d) => `Publiée le ${d}`,
  withdrawn: (on, reason) => `Retirée${on ? ` le ${on}` : ''}${reason ? ` : ${reason}` : '.'}`,
  draftNotice: 'Brouillon — ne pas citer. Travail en cours du Groupe de travail technique, pas un texte approuvé.',
  candidateNotice: 'Version candidate — pas encore publiée, ne pas citer.',
  pageMarks: {
    WITHDRAWN: 'RETIRÉE — remplacée ou annulée',
    CANDIDATE: 'VERSION CANDIDATE — ne pas citer',
    DRAFT: 'BROUILLON — ne pas citer',
  },
  watermark: 'BROUILLON',
  releaseNotes: 'Notes de version',
  twg: 'Groupe de travail technique',
  organizationKinds: {
    MINISTRY: 'Ministères',
    GOVERNMENT_AGENCY: 'Organismes publics',
    CIVIL_SOCIETY: 'Société civile',
    ACADEMIA: 'Milieu universitaire',
    INTERNATIONAL_ORGANIZATION: 'Organisations internationales',
    OTHER: 'Autres organisations',
  },
  contents: 'Table des matières',
  noTextYet: 'Pas encore de texte.',
  pageOf: ['Page ', ' sur ', ''],
  subject: (w, v, d) => `${w} : ${v}, ${d}`,
  fileDraft: 'brouillon',
  fileRelease: 'version',
};

const ES: ExportWords = {
  edition: (e) => `Edición ${e}`,
  release: (v) => `Versión publicada ${v}`,
  currentDraft: 'Borrador actual',
  draftAsOf: (d) => `Borrador al ${d}`,
  prepared: (d) => `Preparada el ${d}`,
  published: (d) => `Publicada el ${d}`,
  withdrawn: (on, reason) => `Retirada${on ? ` el ${on}` : ''}${reason ? `: ${reason}` : '.'}`,
  draftNotice: 'Borrador — no citar. Es un trabajo en curso del Grupo de Trabajo Técnico, no un texto aprobado.',
  candidateNotice: 'Versión candidata — aún no publicada, no citar.',
  pageMarks: {
    WITHDRAWN: 'RETIRADA — sustituida o anulada',
    CANDIDATE: 'VERSIÓN CANDIDATA — no citar',
    DRAFT: 'BORRADOR — no citar',
  },
  watermark: 'BORRADOR',
  releaseNotes: 'Notas de la versión',
  twg: 'Grupo de Trabajo Técnico',
  organizationKinds: {
    MINISTRY: 'Ministerios',
    GOVERNMENT_AGENCY: 'Organismos gubernamentales',
    CIVIL_SOCIETY: 'Sociedad civil',
    ACADEMIA: 'Academia',
    INTERNATIONAL_ORGANIZATION: 'Organismos internacionales',
    OTHER: 'Otras organizaciones',
  },
  contents: 'Índice',
  noTextYet: 'Todavía sin texto.',
  pageOf: ['Página ', ' de ', ''],
  subject: (w, v, d) => `${w}: ${v}, ${d}`,
  fileDraft: 'borrador',
  fileRelease: 'version',
};

const RU: ExportWords = {
  edition: (e) => `Выпуск ${e}`,
  release: (v) => `Публикуемая версия ${v}`,
  currentDraft: 'Текущий черновик',
  draftAsOf: (d) => `Черновик на ${d}`,
  prepared: (d) => `Подготовлено ${d}`,
  published: (d) => `Опубликовано ${d}`,
  withdrawn: (on, reason) => `Отозвано${on ? ` ${on}` : ''}${reason ? `: ${reason}` : '.'}`,
  draftNotice: 'Черновик — не для цитирования. Это незавершённая работа Технической рабочей группы, а не утверждённый текст.',
  candidateNotice: 'Версия-кандидат — ещё не опубликована, не для цитирования.',
  pageMarks: {
    WITHDRAWN: 'ОТОЗВАНО — заменено или аннулировано',
    CANDIDATE: 'ВЕРСИЯ-КАНДИДАТ — не для цитирования',
    DRAFT: 'ЧЕРНОВИК — не для цитирования',
  },
  watermark: 'ЧЕРНОВИК',
  releaseNotes: 'Примечания к версии',
  twg: 'Техническая рабочая группа',
  organizationKinds: {
    MINISTRY: 'Министерства',
    GOVERNMENT_AGENCY: 'Государственные ведомства',
    CIVIL_SOCIETY: 'Гражданское общество',
    ACADEMIA: 'Академическое сообщество',
    INTERNATIONAL_ORGANIZATION: 'Международные организации',
    OTHER: 'Другие организации',
  },
  contents: 'Содержание',
  noTextYet: 'Текста пока нет.',
  pageOf: ['Страница ', ' из ', ''],
  subject: (w, v, d) => `${w}: ${v}, ${d}`,
  fileDraft: 'черновик',
  fileRelease: 'версия',
};

const AR: ExportWords = {
  edition: (e) => `الإصدار ${e}`,
  release: (v) => `النسخة المنشورة ${v}`,
  currentDraft: 'المسودة الحالية',
  draftAsOf: (d) => `مسودة بتاريخ ${d}`,
  prepared: (d) => `أُعدّت في ${d}`,
  published: (d) => `نُشرت في ${d}`,
  withdrawn: (on, reason) => `سُحبت${on ? ` في ${on}` : ''}${reason ? `: ${reason}` : '.'}`,
  draftNotice: 'مسودة — لا يُستشهد بها. هذا عمل جارٍ للفريق العامل التقني، وليس نصاً معتمداً.',
  candidateNotice: 'نسخة مرشّحة — لم تُنشر بعد، لا يُستشهد بها.',
  pageMarks: {
    WITHDRAWN: 'مسحوبة — استُبدلت أو أُلغيت',
    CANDIDATE: 'نسخة مرشّحة — لا يُستشهد بها',
    DRAFT: 'مسودة — لا يُستشهد بها',
  },
  watermark: 'مسودة',
  releaseNotes: 'ملاحظات النسخة',
  twg: 'الفريق العامل التقني',
  organizationKinds: {
    MINISTRY: 'الوزارات',
    GOVERNMENT_AGENCY: 'الهيئات الحكومية',
    CIVIL_SOCIETY: 'المجتمع المدني',
    ACADEMIA: 'الأوساط الأكاديمية',
    INTERNATIONAL_ORGANIZATION: 'المنظمات الدولية',
    OTHER: 'منظمات أخرى',
  },
  contents: 'المحتويات',
  noTextYet: 'لا يوجد نص بعد.',
  pageOf: ['الصفحة ', ' من ', ''],
  subject: (w, v, d) => `${w}: ${v}، ${d}`,
  fileDraft: 'مسودة',
  fileRelease: 'نسخة',
};

export const EXPORT_WORDS: Readonly<Record<Locale, ExportWords>> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR };
