import type { Locale } from '@mps/shared-domain';
import type { CommentResponseRow } from './comment-responses.service';

/**
 * The fixed words of the comment-response matrix downloads (CSV and XLSX) in every interface language: column
 * headings, the sheet's name and the words of the cells the API writes (dispositions, suggestion outcomes, yes/no).
 * Comments, names and titles stay as written. English is the reference; the type makes every language complete.
 * Terms from docs/i18n/glossary.md.
 */
export interface CommentResponseWords {
  headers: Readonly<Record<keyof CommentResponseRow, string>>;
  sheet: string;
  disposition: Readonly<Record<'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED', string>>;
  suggestion: Readonly<Record<'PENDING' | 'APPLIED' | 'DECLINED', string>>;
  yes: string;
  no: string;
  /** Marks a passage the section's text no longer holds; its last known quote follows. */
  textRemoved: string;
}

export const COMMENT_RESPONSE_WORDS: Readonly<Record<Locale, CommentResponseWords>> = {
  en: {
    headers: {
      number: 'No.',
      section: 'Section',
      organization: 'Organisation',
      author: 'Author',
      passage: 'Passage',
      comment: 'Comment',
      suggestedWording: 'Suggested wording',
      suggestionOutcome: 'Suggestion outcome',
      disposition: 'Disposition',
      reason: 'Reason',
      answeredInRevision: 'Revision that took the suggestion',
      resolved: 'Resolved',
    },
    sheet: 'Comment responses',
    disposition: { ACCEPTED: 'Accepted', PARTLY_ACCEPTED: 'Partly accepted', NOT_ACCEPTED: 'Not accepted' },
    suggestion: { PENDING: 'Pending', APPLIED: 'Applied', DECLINED: 'Declined' },
    yes: 'Yes',
    no: 'No',
    textRemoved: '(text removed)',
  },
  fr: {
    headers: {
      number: 'N°',
      section: 'Section',
      organization: 'Organisation',
      author: 'Auteur',
      passage: 'Passage',
      comment: 'Commentaire',
      suggestedWording: 'Formulation proposée',
      suggestionOutcome: 'Suite de la proposition',
      disposition: 'Suite donnée',
      reason: 'Motif',
      answeredInRevision: 'Révision ayant repris la proposition',
      resolved: 'Résolu',
    },
    sheet: 'Réponses aux commentaires',
    disposition: { ACCEPTED: 'Accepté', PARTLY_ACCEPTED: 'Partiellement accepté', NOT_ACCEPTED: 'Non accepté' },
    suggestion: { PENDING: 'En attente', APPLIED: 'Appliquée', DECLINED: 'Refusée' },
    yes: 'Oui',
    no: 'Non',
    textRemoved: '(texte supprimé)',
  },
  es: {
    headers: {
      number: 'N.º',
      section: 'Sección',
      organization: 'Organización',
      author: 'Autor/a',
      passage: 'Pasaje',
      comment: 'Comentario',
      suggestedWording: 'Redacción propuesta',
      suggestionOutcome: 'Resultado de la propuesta',
      disposition: 'Tratamiento',
      reason: 'Motivo',
      answeredInRevision: 'Revisión que incorporó la propuesta',
      resolved: 'Resuelto',
    },
    sheet: 'Respuestas a los comentarios',
    disposition: { ACCEPTED: 'Aceptado', PARTLY_ACCEPTED: 'Aceptado en parte', NOT_ACCEPTED: 'No aceptado' },
    suggestion: { PENDING: 'Pendiente', APPLIED: 'Aplicada', DECLINED: 'Rechazada' },
    yes: 'Sí',
    no: 'No',
    textRemoved: '(texto eliminado)',
  },
  ru: {
    headers: {
      number: '№',
      section: 'Раздел',
      organization: 'Организация',
      author: 'Автор',
      passage: 'Фрагмент',
      comment: 'Комментарий',
      suggestedWording: 'Предлагаемая формулировка',
      suggestionOutcome: 'Судьба предложения',
      disposition: 'Решение',
      reason: 'Причина',
      answeredInRevision: 'Редакция, принявшая предложение',
      resolved: 'Закрыто',
    },
    sheet: 'Ответы на комментарии',
    disposition: { ACCEPTED: 'Принято', PARTLY_ACCEPTED: 'Принято частично', NOT_ACCEPTED: 'Не принято' },
    suggestion: { PENDING: 'Ожидает', APPLIED: 'Применено', DECLINED: 'Отклонено' },
    yes: 'Да',
    no: 'Нет',
    textRemoved: '(текст удалён)',
  },
  ar: {
    headers: {
      number: 'الرقم',
      section: 'القسم',
      organization: 'المنظمة',
      author: 'الكاتب',
      passage: 'المقطع',
      comment: 'التعليق',
      suggestedWording: 'الصياغة المقترحة',
      suggestionOutcome: 'مآل الاقتراح',
      disposition: 'القرار',
      reason: 'السبب',
      answeredInRevision: 'النسخة المعدّلة التي أخذت بالاقتراح',
      resolved: 'محلول',
    },
    sheet: 'الردود على التعليقات',
    disposition: { ACCEPTED: 'مقبول', PARTLY_ACCEPTED: 'مقبول جزئياً', NOT_ACCEPTED: 'غير مقبول' },
    suggestion: { PENDING: 'قيد الانتظار', APPLIED: 'مطبَّق', DECLINED: 'مرفوض' },
    yes: 'نعم',
    no: 'لا',
    textRemoved: '(حُذف النص)',
  },
};
