import { SimpleGrid, Stack, Title, type TitleOrder } from '@mantine/core';
import type { DiffBlock, DiffRow, WordDiffHunk } from '@mps/shared-domain';
import { createElement, Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DiffChange, type DiffLabels } from './diff-view';
import './diff.css';

/** Which version a view shows: both in one (inline), the older with its removals, the newer with its additions. */
export type DiffSide = 'inline' | 'before' | 'after';

/** Unchanged blocks kept on each side of a change when long unchanged stretches are shortened. */
const CONTEXT_BLOCKS = 1;
/** A stretch is shortened only when it hides at least this many blocks. */
const MIN_HIDDEN = 2;

type Shown = { block: DiffBlock } | { gap: number };

/** The blocks a side shows: the newer side has no removed block, the older none added; changed ones keep their side's words. */
function forSide(blocks: readonly DiffBlock[], side: DiffSide): DiffBlock[] {
  if (side === 'inline') return [...blocks];
  const drop = side === 'before' ? 'added' : 'removed';
  const dropOp = side === 'before' ? 'INSERT' : 'DELETE';
  const rows = (list: DiffRow[]) =>
    list.filter((r) => r.change !== drop).map((r) => ({ ...r, cells: r.cells.filter((c) => c.change !== drop).map((c) => ({ ...c, hunks: c.hunks.filter((h) => h.op !== dropOp) })) }));
  return blocks
    .filter((b) => b.change !== drop)
    .map((b) => (b.change === 'changed' ? { ...b, hunks: b.hunks.filter((h) => h.op !== dropOp), ...(b.rows ? { rows: rows(b.rows) } : {}) } : b));
}

/**
 * Long stretches of unchanged top-level blocks shortened to a line saying how many are hidden, so the changes are
 * easy to find. Blocks in lists and quotes stay, so lists keep their numbering.
 */
function shorten(blocks: DiffBlock[]): Shown[] {
  if (!blocks.some((b) => b.change !== 'equal')) return blocks.map((block) => ({ block }));
  const hideable = (b: DiffBlock) => b.change === 'equal' && !b.lists && b.quote === 0 && b.kind !== 'footnote';
  const out: Shown[] = [];
  let k = 0;
  while (k < blocks.length) {
    if (!hideable(blocks[k])) {
      out.push({ block: blocks[k++] });
      continue;
    }
    let end = k;
    while (end < blocks.length && hideable(blocks[end])) end++;
    const keepBefore = k === 0 ? 0 : CONTEXT_BLOCKS;
    const keepAfter = end === blocks.length ? 0 : CONTEXT_BLOCKS;
    const hidden = end - k - keepBefore - keepAfter;
    if (hidden >= MIN_HIDDEN) {
      for (let i = k; i < k + keepBefore; i++) out.push({ block: blocks[i] });
      out.push({ gap: hidden });
      for (let i = end - keepAfter; i < end; i++) out.push({ block: blocks[i] });
    } else for (let i = k; i < end; i++) out.push({ block: blocks[i] });
    k = end;
  }
  return out;
}

function Words({ hunks, labels }: { hunks: readonly WordDiffHunk[]; labels: DiffLabels }) {
  return (
    <>
      {hunks.map((hunk, i) => (hunk.op === 'EQUAL' ? <span key={i}>{hunk.text}</span> : <DiffChange key={i} hunk={hunk} labels={labels} />))}
    </>
  );
}

interface RenderContext {
  labels: DiffLabels;
  headingOffset: number;
  movedLabel: string;
  gapLabel(count: number): string;
  footnotesLabel: string;
}

/** What marks a whole block: a side border and, for moves, words (never colour alone). */
function blockProps(block: DiffBlock) {
  return {
    className: 'mps-diff-block',
    'data-change': block.change === 'equal' ? undefined : block.change,
  };
}

function MovedNote({ text }: { text: string }) {
  return <span className="mps-diff-moved">{text}</span>;
}

function TextBlock({ block, ctx, as }: { block: DiffBlock; ctx: RenderContext; as: string }) {
  return createElement(
    as,
    blockProps(block),
    <>
      {block.moved ? <MovedNote text={ctx.movedLabel} /> : null}
      <Words hunks={block.hunks} labels={ctx.labels} />
    </>,
  );
}

function TableBlock({ block, ctx }: { block: DiffBlock; ctx: RenderContext }) {
  return (
    <div className="mps-diff-block mps-diff-table" data-change={blockProps(block)['data-change']}>
      {block.moved ? <MovedNote text={ctx.movedLabel} /> : null}
      <table>
        <tbody>
          {(block.rows ?? []).map((row, r) => (
            <tr key={r} data-change={row.change === 'equal' ? undefined : row.change}>
              {row.cells.map((cell, c) =>
                createElement(
                  cell.header ? 'th' : 'td',
                  {
                    key: c,
                    colSpan: cell.colspan > 1 ? cell.colspan : undefined,
                    rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
                    'data-change': cell.change === 'equal' ? undefined : cell.change,
                  },
                  <Words hunks={cell.hunks} labels={ctx.labels} />,
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const headingTag = (block: DiffBlock, offset: number) => `h${Math.min(6, Math.max(1, (block.level ?? 2) + offset))}`;

/** A run of blocks at one list depth: items start <li>s, deeper blocks and further paragraphs go inside the item above. */
function renderList(items: Shown[], depth: number, ctx: RenderContext, key: string): ReactNode {
  const lists: ReactNode[] = [];
  let k = 0;
  while (k < items.length) {
    const first = items[k] as { block: DiffBlock };
    const kind = first.block.lists?.[depth] ?? 'bullet';
    const lis: ReactNode[] = [];
    while (k < items.length) {
      const item = items[k] as { block: DiffBlock };
      if ((item.block.lists?.[depth] ?? 'bullet') !== kind && item.block.lists?.length === depth + 1 && item.block.kind === 'listItem') break;
      // The item and everything under it: deeper blocks and its further paragraphs.
      const inside: Shown[] = [];
      const head = item.block.kind === 'listItem' && item.block.lists?.length === depth + 1 ? item : null;
      if (head) k++;
      while (k < items.length) {
        const next = (items[k] as { block: DiffBlock }).block;
        if (next.kind === 'listItem' && next.lists?.length === depth + 1) break;
        inside.push(items[k++]);
      }
      lis.push(
        <li key={lis.length} {...(head ? blockProps(head.block) : {})}>
          {head ? (
            <p>
              {head.block.moved ? <MovedNote text={ctx.movedLabel} /> : null}
              <Words hunks={head.block.hunks} labels={ctx.labels} />
            </p>
          ) : null}
          {renderFlow(inside, ctx, depth + 1, `${key}-${lists.length}-${lis.length}`)}
        </li>,
      );
    }
    lists.push(createElement(kind === 'ordered' ? 'ol' : 'ul', { key: lists.length }, lis));
  }
  return lists;
}

/**
 * Blocks back into a document: paragraphs, headings, quotes, lists, tables and footnotes as the reader sees them.
 * `listDepth`: how many lists the blocks are already inside.
 */
function renderFlow(items: Shown[], ctx: RenderContext, listDepth: number, key: string, quote = 0): ReactNode[] {
  const out: ReactNode[] = [];
  let k = 0;
  while (k < items.length) {
    const item = items[k];
    if ('gap' in item) {
      out.push(
        <p key={`${key}g${k}`} className="mps-diff-gap">
          {ctx.gapLabel(item.gap)}
        </p>,
      );
      k++;
      continue;
    }
    const { block } = item;
    if (block.quote > quote) {
      const start = k;
      while (k < items.length && 'block' in items[k] && (items[k] as { block: DiffBlock }).block.quote > quote) k++;
      out.push(<blockquote key={`${key}q${start}`}>{renderFlow(items.slice(start, k), ctx, listDepth, `${key}q${start}`, quote + 1)}</blockquote>);
      continue;
    }
    if ((block.lists?.length ?? 0) > listDepth) {
      const start = k;
      while (k < items.length && 'block' in items[k] && ((items[k] as { block: DiffBlock }).block.lists?.length ?? 0) > listDepth) k++;
      out.push(<Fragment key={`${key}l${start}`}>{renderList(items.slice(start, k), listDepth, ctx, `${key}l${start}`)}</Fragment>);
      continue;
    }
    if (block.kind === 'footnote') {
      const start = k;
      while (k < items.length && 'block' in items[k] && (items[k] as { block: DiffBlock }).block.kind === 'footnote') k++;
      out.push(
        <ol key={`${key}f${start}`} className="mps-diff-footnotes" aria-label={ctx.footnotesLabel}>
          {items.slice(start, k).map((f, i) => (
            <TextBlock key={i} block={(f as { block: DiffBlock }).block} ctx={ctx} as="li" />
          ))}
        </ol>,
      );
      continue;
    }
    if (block.kind === 'table') out.push(<TableBlock key={`${key}t${k}`} block={block} ctx={ctx} />);
    else out.push(<TextBlock key={`${key}b${k}`} block={block} ctx={ctx} as={block.kind === 'heading' ? headingTag(block, ctx.headingOffset) : 'p'} />);
    k++;
  }
  return out;
}

export interface DocumentDiffTextProps {
  blocks: readonly DiffBlock[];
  side: DiffSide;
  labels?: DiffLabels;
  /** Accessible name of the text. */
  label?: string;
  /** Shorten long unchanged stretches. */
  collapse?: boolean;
  /** Added to the document's heading levels (2-4) so they sit below the page's own headings. */
  headingOffset?: number;
}

/** A document with its changes marked in place: headings, lists, quotes and tables stay what they are. */
export function DocumentDiffText({ blocks, side, labels, label, collapse = false, headingOffset = 2 }: DocumentDiffTextProps) {
  const { t } = useTranslation();
  const ctx: RenderContext = {
    labels: labels ?? { inserted: t('diff.added'), deleted: t('diff.removed') },
    headingOffset,
    movedLabel: side === 'before' ? t('diff.movedFrom') : side === 'after' ? t('diff.movedTo') : t('diff.moved'),
    gapLabel: (count) => t('diff.unchangedBlocks', { count }),
    footnotesLabel: t('diff.footnotes'),
  };
  const shown = forSide(blocks, side);
  const items = collapse ? shorten(shown) : shown.map((block) => ({ block }));
  return (
    <div className="mps-prose mps-diff-doc" role={label ? 'region' : undefined} aria-label={label}>
      {renderFlow(items, ctx, 0, 'd')}
    </div>
  );
}

export interface DocumentDiffSideBySideProps {
  blocks: readonly DiffBlock[];
  beforeTitle: string;
  afterTitle: string;
  headingOrder?: TitleOrder;
  labels?: DiffLabels;
  collapse?: boolean;
}

/** The older document (removals marked) beside the newer one (additions marked); stacked on narrow screens. */
export function DocumentDiffSideBySide({ blocks, beforeTitle, afterTitle, headingOrder = 3, labels, collapse }: DocumentDiffSideBySideProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap="xs" className="mps-diff-column">
        <Title order={headingOrder} size="h5">
          {beforeTitle}
        </Title>
        <DocumentDiffText blocks={blocks} side="before" labels={labels} label={beforeTitle} collapse={collapse} headingOffset={headingOrder - 1} />
      </Stack>
      <Stack gap="xs" className="mps-diff-column">
        <Title order={headingOrder} size="h5">
          {afterTitle}
        </Title>
        <DocumentDiffText blocks={blocks} side="after" labels={labels} label={afterTitle} collapse={collapse} headingOffset={headingOrder - 1} />
      </Stack>
    </SimpleGrid>
  );
}
