import { Group, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WordDiffHunk } from '@mps/shared-domain';
import './diff.css';

/** A hunk from the shared word diff, or one the API's diffRevisions returned: the same shape. */
export type DiffHunkLike = WordDiffHunk;

export interface DiffLabels {
  /** Read before an insertion by screen readers, e.g. "Added:". */
  inserted: string;
  /** Read before a deletion, e.g. "Removed:". */
  deleted: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** How many words were added and removed. */
export function countChanges(hunks: readonly DiffHunkLike[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const h of hunks) {
    if (h.op === 'INSERT') added += words(h.text);
    else if (h.op === 'DELETE') removed += words(h.text);
  }
  return { added, removed };
}

/** One inserted or deleted stretch: <ins>/<del>, a sign, and words for screen readers (never colour alone). */
export function DiffChange({ hunk, labels }: { hunk: DiffHunkLike; labels: DiffLabels }) {
  const { t } = useTranslation();
  const blank = !hunk.text.trim();
  if (hunk.op === 'INSERT') {
    return (
      <ins className="mps-diff-ins" data-blank={blank || undefined}>
        {blank ? null : (
          <>
            <span className="mps-diff-sign" aria-hidden>
              +
            </span>
            <span className="visually-hidden">{labels.inserted} </span>
          </>
        )}
        {hunk.text}
        {blank ? null : <span className="visually-hidden"> {t('diff.endOfChange')}</span>}
      </ins>
    );
  }
  return (
    <del className="mps-diff-del" data-blank={blank || undefined}>
      {blank ? null : (
        <>
          <span className="mps-diff-sign" aria-hidden>
            −
          </span>
          <span className="visually-hidden">{labels.deleted} </span>
        </>
      )}
      {hunk.text}
      {blank ? null : <span className="visually-hidden"> {t('diff.endOfChange')}</span>}
    </del>
  );
}

const CONTEXT = 120;
const COLLAPSE_OVER = 400;

/** Long unchanged stretches shortened to their ends, so the changes are easy to find. */
function shorten(text: string, first: boolean, last: boolean): { head: string; hidden: string; tail: string } | null {
  if (text.length <= COLLAPSE_OVER) return null;
  const cutAfter = (n: number) => {
    const i = text.indexOf(' ', n);
    return i < 0 ? n : i;
  };
  const cutBefore = (n: number) => {
    const i = text.lastIndexOf(' ', text.length - n);
    return i < 0 ? text.length - n : i;
  };
  const headEnd = first ? 0 : cutAfter(CONTEXT);
  const tailStart = last ? text.length : cutBefore(CONTEXT);
  if (tailStart - headEnd < CONTEXT) return null;
  return { head: text.slice(0, headEnd), hidden: text.slice(headEnd, tailStart), tail: text.slice(tailStart) };
}

function Unchanged({ text, collapse, first, last }: { text: string; collapse: boolean; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const cut = collapse ? shorten(text, first, last) : null;
  if (!cut) return <span>{text}</span>;
  return (
    <span>
      {cut.head}
      <span className="mps-diff-gap">{t('diff.unchangedGap', { count: words(cut.hidden) })}</span>
      {cut.tail}
    </span>
  );
}

export interface DiffTextProps {
  hunks: readonly DiffHunkLike[];
  /** inline: everything in order; before: the older text with its removals; after: the newer text with its additions. */
  side: 'inline' | 'before' | 'after';
  labels?: DiffLabels;
  /** Accessible name of the text block. */
  label?: string;
  /** Shorten long unchanged stretches. */
  collapse?: boolean;
}

/** Plain text with word-level changes marked by <ins>/<del>, a +/− sign and hidden words for screen readers. */
export function DiffText({ hunks, side, labels, label, collapse = false }: DiffTextProps) {
  const { t } = useTranslation();
  const names = labels ?? { inserted: t('diff.added'), deleted: t('diff.removed') };
  return (
    <div className="mps-diff" role="region" aria-label={label}>
      {hunks.map((hunk, i) => {
        if (hunk.op === 'EQUAL') {
          return <Unchanged key={i} text={hunk.text} collapse={collapse} first={i === 0} last={i === hunks.length - 1} />;
        }
        if (hunk.op === 'INSERT' && side === 'before') return null;
        if (hunk.op === 'DELETE' && side === 'after') return null;
        return <DiffChange key={i} hunk={hunk} labels={names} />;
      })}
    </div>
  );
}

/** The key to the marks, in words: never colour alone. */
export function DiffLegend({
  hunks,
  addedText,
  removedText,
}: {
  hunks: readonly DiffHunkLike[];
  addedText?: string;
  removedText?: string;
}) {
  const { t } = useTranslation();
  const { added, removed } = countChanges(hunks);
  return (
    <Stack gap={4}>
      <Group gap="lg" wrap="wrap" component="ul" className="mps-diff-legend">
        <li>
          <ins className="mps-diff-ins">
            <span className="mps-diff-sign" aria-hidden>
              +
            </span>
            {t('diff.legendAddedSample')}
          </ins>{' '}
          {addedText ?? t('diff.legendAdded')}
        </li>
        <li>
          <del className="mps-diff-del">
            <span className="mps-diff-sign" aria-hidden>
              −
            </span>
            {t('diff.legendRemovedSample')}
          </del>{' '}
          {removedText ?? t('diff.legendRemoved')}
        </li>
      </Group>
      <Text size="sm" c="dimmed">
        {added === 0 && removed === 0
          ? t('diff.noChanges')
          : `${t('diff.wordsAdded', { count: added })}, ${t('diff.wordsRemoved', { count: removed })}`}
      </Text>
    </Stack>
  );
}

export interface SideBySideProps {
  hunks: readonly DiffHunkLike[];
  beforeTitle: string;
  afterTitle: string;
  headingOrder?: TitleOrder;
  labels?: DiffLabels;
  collapse?: boolean;
}

/** The older text (removals marked) beside the newer one (additions marked); stacked on narrow screens. */
export function DiffSideBySide({ hunks, beforeTitle, afterTitle, headingOrder = 3, labels, collapse }: SideBySideProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap="xs" className="mps-diff-column">
        <Title order={headingOrder} size="h5">
          {beforeTitle}
        </Title>
        <DiffText hunks={hunks} side="before" labels={labels} label={beforeTitle} collapse={collapse} />
      </Stack>
      <Stack gap="xs" className="mps-diff-column">
        <Title order={headingOrder} size="h5">
          {afterTitle}
        </Title>
        <DiffText hunks={hunks} side="after" labels={labels} label={afterTitle} collapse={collapse} />
      </Stack>
    </SimpleGrid>
  );
}
