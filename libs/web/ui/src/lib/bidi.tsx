import { Fragment, type ReactNode } from 'react';

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** A slot and the bidi isolate (FSI…PDI) the i18n escape puts around values in right-to-left languages. */
const SLOT = /\u2068?\uE000([^\uE001]*)\uE001\u2069?/;

/**
 * A stand-in for a value that `withBdi` puts back inside `<bdi>`: pass it to `t()` in place of a name or title a
 * person wrote, e.g. `t('history.byline', { author: bidiSlot('author'), time })`.
 */
export const bidiSlot = (name: string): string => `${OPEN}${name}${CLOSE}`;

/**
 * A translated sentence with each `bidiSlot` replaced by its value inside `<bdi>`, so that a name in another script
 * (an English name in an Arabic sentence, an Arabic name in an English one) cannot pull the sentence's punctuation
 * and numbers into its own direction. The i18n escape isolates values in right-to-left languages only, and only as
 * invisible characters; `<bdi>` isolates in every language.
 */
export function withBdi(sentence: string, values: Record<string, ReactNode>): ReactNode {
  const parts = sentence.split(SLOT);
  if (parts.length === 1) return sentence;
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <bdi key={i}>{values[part]}</bdi> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
