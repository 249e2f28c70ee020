import { Group, Stack, Text } from '@mantine/core';
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
