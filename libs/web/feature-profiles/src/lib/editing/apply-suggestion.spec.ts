import { describe, expect, it } from 'vitest';
import { contentSchema, plainText } from '@mps/shared-domain';
import { applySuggestionToContent } from './apply-suggestion';

const doc = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const textOf = (json: unknown) => plainText(contentSchema.nodeFromJSON(json));
const suggestion = { commentId: 'c-1', revisionId: 'r-1', start: 11, end: 15, quote: 'rose', text: 'fell' };

describe('applySuggestionToContent', () => {
  it('replaces the passage at the anchor when the text still has it there', () => {
    expect(textOf(applySuggestionToContent(doc('Emigration rose; imports rose too.'), suggestion))).toBe('Emigration fell; imports rose too.');
  });

  it('follows the quote to its nearest occurrence in a draft that moved it', () => {
    const draft = doc('New opening.', 'Emigration rose; imports rose too.');
    expect(textOf(applySuggestionToContent(draft, suggestion))).toBe('New opening.\n\nEmigration fell; imports rose too.');
  });

  it('answers null when the draft no longer holds the quote', () => {
    expect(applySuggestionToContent(doc('Emigration grew.'), suggestion)).toBeNull();
  });
});
