import { diffArrays, diffWordsWithSpace } from 'diff';
import type { WordDiffHunk } from './word-diff';

/**
 * A diff of two section documents (ProseMirror JSON) that keeps their structure: headings stay headings, list
 * items stay in their lists, tables keep rows and cells, so a person compares what readers see rather than a
 * flattened text. Each document is flattened into blocks; the blocks are aligned (jsdiff on a key per block);
 * blocks that were edited are paired and word-diffed inside. Pure and near-linear for the usual edits, so both
 * the web (compare, merge, combine) and, later, the API can use it.
 */

export type ListKind = 'bullet' | 'ordered';

/** Where a block sits: its kind and its containers. Two blocks with a different shape are never word-diffed. */
export interface BlockShape {
  kind: 'paragraph' | 'heading' | 'listItem' | 'table' | 'footnote';
  /** heading: 2-4 inside a section. */
  level?: number;
  /** Lists the block is in, outermost first (a list item's own list is the last). */
  lists?: ListKind[];
  /** A further paragraph of a list item (it continues the item above rather than starting one). */
  continues?: boolean;
  /** How many block quotes the block is in. */
  quote: number;
}

export interface TableCellBlock {
  header: boolean;
  colspan: number;
  rowspan: number;
  text: string;
}

/** One block of a flattened document. Text blocks carry their text; tables their rows of cells. */
export interface DocBlock extends BlockShape {
  text: string;
  rows?: TableCellBlock[][];
}

export type BlockChange = 'equal' | 'added' | 'removed' | 'changed';

export interface DiffCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  change: BlockChange;
  hunks: WordDiffHunk[];
}

export interface DiffRow {
  change: BlockChange;
  cells: DiffCell[];
}

/**
 * One block of the diff, in reading order. `hunks` hold its words: all EQUAL when unchanged, all INSERT when
 * added, all DELETE when removed, mixed when changed. Tables have `rows` instead.
 */
export interface DiffBlock extends BlockShape {
  change: BlockChange;
  /** added/removed: the same block is removed (added) elsewhere, i.e. it moved. */
  moved?: boolean;
  hunks: WordDiffHunk[];
  rows?: DiffRow[];
}

export interface DocumentDiff {
  blocks: DiffBlock[];
  /** Words added and removed, for a summary. */
  added: number;
  removed: number;
}

type Json = { type?: unknown; content?: unknown; attrs?: unknown; text?: unknown };

const children = (node: Json): Json[] => (Array.isArray(node.content) ? (node.content as Json[]).filter((c) => c && typeof c === 'object') : []);
const attr = (node: Json, name: string): unknown => (node.attrs && typeof node.attrs === 'object' ? (node.attrs as Record<string, unknown>)[name] : undefined);
const whole = (value: unknown, fallback: number) => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : fallback);

/**
 * The blocks of a document in reading order, footnotes last (numbered as the reader sees them: a reference is
 * "[n]" in its text). Lenient: it reads whatever JSON it is given (a draft from the editor, a stored revision)
 * without validating, and never recurses deeper than the nesting of the document's own containers.
 */
export function flattenDocument(doc: unknown): DocBlock[] {
  const blocks: DocBlock[] = [];
  const footnotes: string[] = [];
  if (!doc || typeof doc !== 'object') return blocks;

  const inline = (node: Json): string => {
    let out = '';
    for (const child of children(node)) {
      if (child.type === 'text') out += typeof child.text === 'string' ? child.text : '';
      else if (child.type === 'hardBreak') out += '\n';
      else if (child.type === 'footnote') {
        footnotes.push(typeof attr(child, 'text') === 'string' ? (attr(child, 'text') as string) : '');
        out += `[${footnotes.length}]`;
      } else out += inline(child);
    }
    return out;
  };
  /** The text of a table cell: its blocks, one per line. */
  const cellText = (node: Json): string => {
    const lines: string[] = [];
    const walk = (n: Json) => {
      if (n.type === 'paragraph' || n.type === 'heading') lines.push(inline(n));
      else for (const c of children(n)) walk(c);
    };
    walk(node);
    return lines.join('\n');
  };

  const walk = (node: Json, lists: ListKind[], quote: number, continues: boolean) => {
    const where = { quote, ...(lists.length ? { lists } : {}) };
    switch (node.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', ...where, ...(continues ? { continues: true } : {}), text: inline(node) });
        return;
      case 'heading':
        blocks.push({ kind: 'heading', level: whole(attr(node, 'level'), 2), ...where, text: inline(node) });
        return;
      case 'blockquote':
        for (const c of children(node)) walk(c, lists, quote + 1, false);
        return;
      case 'bulletList':
      case 'orderedList': {
        const inner = [...lists, node.type === 'bulletList' ? 'bullet' : 'ordered'] as ListKind[];
        for (const item of children(node)) {
          const parts = children(item);
          const [first, ...rest] = parts;
          if (first && first.type === 'paragraph') blocks.push({ kind: 'listItem', quote, lists: inner, text: inline(first) });
          else blocks.push({ kind: 'listItem', quote, lists: inner, text: '' });
          for (const part of first && first.type === 'paragraph' ? rest : parts) walk(part, inner, quote, true);
        }
        return;
      }
      case 'table': {
        const rows = children(node).map((row) =>
          children(row).map((cell) => ({
            header: cell.type === 'tableHeader',
            colspan: whole(attr(cell, 'colspan'), 1),
            rowspan: whole(attr(cell, 'rowspan'), 1),
            text: cellText(cell),
          })),
        );
        blocks.push({ kind: 'table', ...where, text: rows.map((r) => r.map((c) => c.text).join('\t')).join('\n'), rows });
        return;
      }
      default:
        for (const c of children(node)) walk(c, lists, quote, continues);
    }
  };
  for (const c of children(doc as Json)) walk(c, [], 0, false);
  footnotes.forEach((text) => blocks.push({ kind: 'footnote', quote: 0, text }));
  return blocks;
}

const shapeKey = (b: BlockShape) => `${b.kind}|${b.level ?? ''}|${(b.lists ?? []).join(',')}|${b.continues ? 1 : 0}|${b.quote}`;
const cellKey = (c: TableCellBlock) => `${c.header ? 'h' : 'd'}${c.colspan}x${c.rowspan}\u0001${c.text}`;
const blockKey = (b: DocBlock) => `${shapeKey(b)}\u0000${b.rows ? b.rows.map((r) => r.map(cellKey).join('\u0002')).join('\u0003') : b.text}`;

/** Edits beyond which jsdiff's alignment gives way to a cheap one: keeps hostile inputs near-linear. */
const MAX_BLOCK_EDITS = 1_000;
const MAX_WORD_EDITS = 2_000;

type Aligned = { op: 'equal'; before: number; after: number } | { op: 'removed'; before: number } | { op: 'added'; after: number };

/**
 * Aligns two lists by key: identical items are matched in order, the rest removed or added. Keys become small
 * integers first, the common start and end are matched without search, and when the middle differs too much for
 * jsdiff to finish cheaply it is taken as all removed then all added.
 */
function align(before: string[], after: string[]): Aligned[] {
  const ids = new Map<string, number>();
  const intern = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const a = before.map(intern);
  const b = after.map(intern);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;

  const out: Aligned[] = [];
  for (let i = 0; i < start; i++) out.push({ op: 'equal', before: i, after: i });
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const changes = midA.length && midB.length ? diffArrays(midA, midB, { maxEditLength: MAX_BLOCK_EDITS }) : undefined;
  if (changes) {
    let i = start;
    let j = start;
    for (const change of changes) {
      for (let k = 0; k < change.count; k++) {
        if (change.added) out.push({ op: 'added', after: j++ });
        else if (change.removed) out.push({ op: 'removed', before: i++ });
        else out.push({ op: 'equal', before: i++, after: j++ });
      }
    }
  } else {
    for (let i = 0; i < midA.length; i++) out.push({ op: 'removed', before: start + i });
    for (let j = 0; j < midB.length; j++) out.push({ op: 'added', after: start + j });
  }
  for (let k = end; k > 0; k--) out.push({ op: 'equal', before: a.length - k, after: b.length - k });
  return out;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether two texts share enough words to be shown as one edited block rather than one removed and one added. */
function similar(x: string, y: string): boolean {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (!a.length || !b.length) return a.length === b.length || !x.trim() || !y.trim();
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  // Dice coefficient: short blocks ("Overview" → "Overview and trends") still count as edited.
  return (2 * common) / (a.length + b.length) >= 0.4;
}

/** Word diff of two texts; beyond a bounded effort, the whole of one replaced by the whole of the other. */
function words(before: string, after: string): WordDiffHunk[] {
  if (before === after) return before ? [{ op: 'EQUAL', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return [...(before ? [{ op: 'DELETE' as const, text: before }] : []), ...(after ? [{ op: 'INSERT' as const, text: after }] : [])];
  return wholeWords(changes.map((c) => ({ op: c.added ? 'INSERT' : c.removed ? 'DELETE' : 'EQUAL', text: c.value })));
}

/**
 * Widens each change to whole words, so "1,200" → "1,250" reads as one figure replaced rather than "1,{200→250}"
 * (jsdiff splits words at punctuation). A replacement's edges take in the letters they touch from the unchanged text.
 */
function wholeWords(input: WordDiffHunk[]): WordDiffHunk[] {
  // A space alone between two changes joins them: "{-labour migrants}{+seasonal workers}", not two marks per side.
  const hunks = input.flatMap((h, i): WordDiffHunk[] =>
    h.op === 'EQUAL' && !h.text.trim() && i > 0 && i < input.length - 1 && input[i - 1].op !== 'EQUAL' && input[i + 1].op !== 'EQUAL'
      ? [
          { op: 'DELETE', text: h.text },
          { op: 'INSERT', text: h.text },
        ]
      : [h],
  );
  const out: WordDiffHunk[] = [];
  let k = 0;
  while (k < hunks.length) {
    if (hunks[k].op === 'EQUAL') {
      out.push({ ...hunks[k++] });
      continue;
    }
    let del = '';
    let ins = '';
    for (; k < hunks.length && hunks[k].op !== 'EQUAL'; k++) {
      if (hunks[k].op === 'DELETE') del += hunks[k].text;
      else ins += hunks[k].text;
    }
    // Pure insertions and deletions read well as they are ("Union{+ and Israel}."): only replacements widen.
    if (!del || !ins) {
      if (del) out.push({ op: 'DELETE', text: del });
      if (ins) out.push({ op: 'INSERT', text: ins });
      continue;
    }
    const prev = out[out.length - 1];
    const startsInWord = /^\S/.test(del) || /^\S/.test(ins);
    if (prev && prev.op === 'EQUAL' && startsInWord) {
      const part = /\S+$/.exec(prev.text)?.[0] ?? '';
      if (part) {
        prev.text = prev.text.slice(0, -part.length);
        del = part + del;
        ins = part + ins;
        if (!prev.text) out.pop();
      }
    }
    const next = hunks[k];
    const endsInWord = /\S$/.test(del) || /\S$/.test(ins);
    if (next && endsInWord) {
      const part = /^\S+/.exec(next.text)?.[0] ?? '';
      if (part) {
        del += part;
        ins += part;
        hunks[k] = { op: 'EQUAL', text: next.text.slice(part.length) };
        if (!hunks[k].text) k++;
      }
    }
    if (del) out.push({ op: 'DELETE', text: del });
    if (ins) out.push({ op: 'INSERT', text: ins });
  }
  return out;
}

const whole1 = (op: WordDiffHunk['op'], text: string): WordDiffHunk[] => (text ? [{ op, text }] : []);

function cellsOf(row: TableCellBlock[], change: BlockChange): DiffCell[] {
  const op = change === 'added' ? 'INSERT' : change === 'removed' ? 'DELETE' : 'EQUAL';
  return row.map((c) => ({ header: c.header, colspan: c.colspan, rowspan: c.rowspan, change, hunks: whole1(op, c.text) }));
}

/** Rows of two versions of a table: rows aligned by their cells, edited rows paired and diffed cell by cell. */
function diffRows(before: TableCellBlock[][], after: TableCellBlock[][]): DiffRow[] {
  const key = (r: TableCellBlock[]) => r.map(cellKey).join('\u0002');
  const rows: DiffRow[] = [];
  pairRuns(
    align(before.map(key), after.map(key)),
    (i, j) => (before[i].length === after[j].length ? true : similar(before[i].map((c) => c.text).join(' '), after[j].map((c) => c.text).join(' '))),
    {
      equal: (i) => rows.push({ change: 'equal', cells: cellsOf(before[i], 'equal') }),
      removed: (i) => rows.push({ change: 'removed', cells: cellsOf(before[i], 'removed') }),
      added: (j) => rows.push({ change: 'added', cells: cellsOf(after[j], 'added') }),
      changed: (i, j) => {
        const cells: DiffCell[] = [];
        const n = Math.max(before[i].length, after[j].length);
        for (let k = 0; k < n; k++) {
          const was = before[i][k];
          const now = after[j][k];
          if (was && now) {
            const { header, colspan, rowspan } = now;
            cells.push({ header, colspan, rowspan, change: was.text === now.text ? 'equal' : 'changed', hunks: words(was.text, now.text) });
          } else if (now) cells.push(...cellsOf([now], 'added'));
          else cells.push(...cellsOf([was], 'removed'));
        }
        rows.push({ change: 'changed', cells });
      },
    },
  );
  return rows;
}

/**
 * Walks an alignment; within each stretch of removed and added items between matched ones, pairs a removed item
 * with the next added one that `pairs` accepts (in order, so the walk stays linear) and reports it as changed.
 * Unpaired removals come before unpaired additions at the same place, as a reader expects.
 */
function pairRuns(
  aligned: Aligned[],
  pairs: (before: number, after: number) => boolean,
  emit: { equal(i: number, j: number): void; removed(i: number): void; added(j: number): void; changed(i: number, j: number): void },
) {
  let k = 0;
  while (k < aligned.length) {
    const step = aligned[k];
    if (step.op === 'equal') {
      emit.equal(step.before, step.after);
      k++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    for (; k < aligned.length && aligned[k].op !== 'equal'; k++) {
      const s = aligned[k];
      if (s.op === 'removed') removed.push(s.before);
      else if (s.op === 'added') added.push(s.after);
    }
    let r = 0;
    let a = 0;
    while (r < removed.length || a < added.length) {
      if (r < removed.length && a < added.length && pairs(removed[r], added[a])) {
        emit.changed(removed[r++], added[a++]);
        continue;
      }
      // Not a pair: look a few items ahead on either side for one, so an inserted block does not unpair the rest.
      const aheadA = r < removed.length ? findAhead(added, a, (j) => pairs(removed[r], j)) : -1;
      const aheadR = a < added.length ? findAhead(removed, r, (i) => pairs(i, added[a])) : -1;
      if (aheadA >= 0 && (aheadR < 0 || aheadA - a <= aheadR - r)) {
        while (a < aheadA) emit.added(added[a++]);
      } else if (aheadR >= 0) {
        while (r < aheadR) emit.removed(removed[r++]);
      } else if (r < removed.length) emit.removed(removed[r++]);
      else emit.added(added[a++]);
    }
  }
}

const LOOK_AHEAD = 8;
function findAhead(list: number[], from: number, accept: (x: number) => boolean): number {
  for (let k = from + 1; k < list.length && k <= from + LOOK_AHEAD; k++) if (accept(list[k])) return k;
  return -1;
}

const countWords = (hunks: readonly WordDiffHunk[], op: WordDiffHunk['op']) =>
  hunks.reduce((n, h) => (h.op === op ? n + (h.text.match(/\S+/g)?.length ?? 0) : n), 0);

/** Every hunk of a diff, tables cell by cell, in reading order (for counting or a plain-text view). */
export function documentDiffHunks(blocks: readonly DiffBlock[]): WordDiffHunk[] {
  return blocks.flatMap((b) => (b.rows ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.hunks)) : b.hunks));
}

/** Differences between two documents (ProseMirror JSON), structure kept. See the top of this file. */
export function documentDiff(beforeDoc: unknown, afterDoc: unknown): DocumentDiff {
  const before = flattenDocument(beforeDoc);
  const after = flattenDocument(afterDoc);
  const blocks: DiffBlock[] = [];
  const shape = ({ kind, level, lists, continues, quote }: DocBlock): BlockShape => ({
    kind,
    ...(level !== undefined ? { level } : {}),
    ...(lists ? { lists } : {}),
    ...(continues ? { continues } : {}),
    quote,
  });
  const entire = (b: DocBlock, change: 'equal' | 'added' | 'removed'): DiffBlock => {
    const op = change === 'added' ? 'INSERT' : change === 'removed' ? 'DELETE' : 'EQUAL';
    return { ...shape(b), change, hunks: b.rows ? [] : whole1(op, b.text), ...(b.rows ? { rows: b.rows.map((r) => ({ change, cells: cellsOf(r, change) })) } : {}) };
  };

  const beforeKeys = before.map(blockKey);
  const afterKeys = after.map(blockKey);
  pairRuns(
    align(beforeKeys, afterKeys),
    (i, j) => shapeKey(before[i]) === shapeKey(after[j]) && (before[i].kind === 'table' || similar(before[i].text, after[j].text)),
    {
      equal: (i) => blocks.push(entire(before[i], 'equal')),
      removed: (i) => blocks.push(entire(before[i], 'removed')),
      added: (j) => blocks.push(entire(after[j], 'added')),
      changed: (i, j) => {
        const b = before[i];
        const a = after[j];
        if (b.rows && a.rows) blocks.push({ ...shape(a), change: 'changed', hunks: [], rows: diffRows(b.rows, a.rows) });
        else blocks.push({ ...shape(a), change: 'changed', hunks: words(b.text, a.text) });
      },
    },
  );

  // A block removed in one place and added unchanged in another moved: say so rather than leave two unrelated marks.
  const removedKeys = new Map<string, DiffBlock[]>();
  const keyOf = (b: DiffBlock) => `${shapeKey(b)}\u0000${documentDiffHunks([b]).map((h) => h.text).join('\u0001')}`;
  for (const b of blocks) if (b.change === 'removed') removedKeys.set(keyOf(b), [...(removedKeys.get(keyOf(b)) ?? []), b]);
  for (const b of blocks) {
    if (b.change !== 'added') continue;
    const twin = removedKeys.get(keyOf(b))?.shift();
    if (twin && documentDiffHunks([b]).some((h) => h.text.trim())) {
      twin.moved = true;
      b.moved = true;
    }
  }

  const hunks = documentDiffHunks(blocks);
  return { blocks, added: countWords(hunks, 'INSERT'), removed: countWords(hunks, 'DELETE') };
}
