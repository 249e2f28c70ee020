import { contentSchema, findQuote, plainText, replaceTextRange } from '@mps/shared-domain';
import type { SuggestionToApply } from '@mps/web-util';

/**
 * Puts a suggestion's wording into a document (pure): at the anchor's offsets when the document still has the quote
 * there (the revision it was anchored to), else at the occurrence of the quote nearest to them (a draft that moved
 * the text). Null when the document no longer holds the quote, or cannot take the replacement: the person is told.
 */
export function applySuggestionToContent(content: unknown, suggestion: SuggestionToApply): unknown | null {
  let text: string;
  try {
    text = plainText(contentSchema.nodeFromJSON(content));
  } catch {
    return null;
  }
  const { start, end, quote } = suggestion;
  const at = text.slice(start, end) === quote ? { start, end } : findQuote(text, quote, start);
  if (!at) return null;
  return replaceTextRange(content, at.start, at.end, suggestion.text);
}
