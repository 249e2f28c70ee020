import { Button } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useQuery, getFragmentData } from '@mps/web-data-access';
import { layoutDocument, readIndicatorBlockAttrs, type DocumentLayout, type InlineRun, type LaidOutNode } from '@mps/shared-domain';
import { IndicatorBlockFromContext } from '@mps/web-editor';
import type { SectionReviewReadingProps } from '@mps/web-util';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorFromOffsets, passagesOn, segmentRun, type Passage, type Segment } from './passages';
import { useReviewScope } from './review-scope';
import { REVIEW_COMMENT_FIELDS, REVIEW_THREAD_FIELDS, SECTION_REVIEW_QUERY, SECTION_THREADS_QUERY } from './section-review-documents';
import { selectionOffsets } from './selection-offsets';
import classes from './section-review.module.css';

interface RenderContext {
  passages: readonly Passage[];
  /** Where each thread's passage starts being shown (the one focusable piece of it). */
  firstPieceOf: ReadonlyMap<string, number>;
  selectedThreadId: string | null;
  describe(threadId: string): string;
  onActivate(threadIds: readonly string[]): void;
}

/** Where each passage's first shown piece starts (a passage may begin in the blank between two blocks). */
function firstPieces(layout: DocumentLayout, passages: readonly Passage[]): Map<string, number> {
  const first = new Map<string, number>();
  const visit = (node: LaidOutNode) => {
    if (node.kind === 'container') return node.children.forEach(visit);
    for (const run of node.runs) {
      if (run.type !== 'text') continue;
      for (const segment of segmentRun(run.start, run.end, passages)) {
        for (const id of segment.threadIds) if (!first.has(id)) first.set(id, segment.start);
      }
    }
  };
  layout.blocks.forEach(visit);
  return first;
}

function Piece({ run, segment, ctx }: { run: Extract<InlineRun, { type: 'text' }>; segment: Segment; ctx: RenderContext }) {
  const text = run.text.slice(segment.start - run.start, segment.end - run.start);
  if (!segment.threadIds.length) {
    return (
      <span data-start={segment.start} data-end={segment.end}>
        {text}
      </span>
    );
  }
  const focusable = segment.threadIds.find((id) => ctx.firstPieceOf.get(id) === segment.start);
  const selected = ctx.selectedThreadId !== null && segment.threadIds.includes(ctx.selectedThreadId);
  const resolved = segment.threadIds.every((id) => ctx.passages.find((p) => p.threadId === id)?.resolved);
  const activate = () => ctx.onActivate(segment.threadIds);
  return (
    <mark
      data-start={segment.start}
      data-end={segment.end}
      data-threads={segment.threadIds.join(' ')}
      data-selected={selected || undefined}
      data-resolved={resolved || undefined}
      className={classes.passage}
      onClick={activate}
      {...(focusable
        ? {
            tabIndex: 0,
            role: 'button',
            'aria-label': ctx.describe(focusable),
            'data-first-of': segment.threadIds.filter((id) => ctx.firstPieceOf.get(id) === segment.start).join(' '),
            onKeyDown: (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                activate();
              }
            },
          }
        : {})}
    >
      {text}
    </mark>
  );
}

function renderRun(run: InlineRun, ctx: RenderContext, key: number): ReactNode {
  if (run.type === 'hardBreak') return <br key={key} data-start={run.start} data-end={run.end} data-atom="" />;
  if (run.type === 'footnote') {
    return (
      <sup key={key} className="footnote-ref" data-start={run.start} data-end={run.end} data-atom="">
        <a href={`#fn-${run.number}`} id={`fnref-${run.number}`}>
          {run.number}
        </a>
      </sup>
    );
  }
  let node: ReactNode = segmentRun(run.start, run.end, ctx.passages).map((segment) => (
    <Piece key={segment.start} run={run} segment={segment} ctx={ctx} />
  ));
  if (run.marks.italic) node = <em>{node}</em>;
  if (run.marks.bold) node = <strong>{node}</strong>;
  // Only http, https and mailto addresses reach here (layoutDocument drops others).
  if (run.marks.href) node = <a href={run.marks.href} rel="noopener noreferrer nofollow">{node}</a>;
  return <span key={key}>{node}</span>;
}

const span = (value: unknown) => (typeof value === 'number' && value > 1 ? value : undefined);

function renderNode(node: LaidOutNode, ctx: RenderContext, key: number): ReactNode {
  if (node.kind === 'textblock') {
    const align = node.attrs['textAlign'];
    const style: CSSProperties | undefined = typeof align === 'string' ? { textAlign: align as CSSProperties['textAlign'] } : undefined;
    const runs = node.runs.map((run, i) => renderRun(run, ctx, i));
    if (node.type === 'heading') {
      const level = Math.min(Math.max(Number(node.attrs['level']) || 2, 2), 4);
      const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
      return (
        <Heading key={key} style={style}>
          {runs}
        </Heading>
      );
    }
    return (
      <p key={key} style={style}>
        {runs}
      </p>
    );
  }
  const children = node.children.map((child, i) => renderNode(child, ctx, i));
  switch (node.type) {
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs['start']);
      const type = node.attrs['type'];
      return (
        <ol key={key} start={start !== 1 ? start : undefined} type={typeof type === 'string' ? (type as '1' | 'a' | 'A' | 'i' | 'I') : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'table':
      return (
        <table key={key}>
          <tbody>{children}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
      return (
        <th key={key} colSpan={span(node.attrs['colspan'])} rowSpan={span(node.attrs['rowspan'])}>
          {children}
        </th>
      );
    case 'tableCell':
      return (
        <td key={key} colSpan={span(node.attrs['colspan'])} rowSpan={span(node.attrs['rowspan'])}>
          {children}
        </td>
      );
    case 'indicatorBlock': {
      // A table or chart of figures: drawn by the page (live figures); it holds none of the text passages anchor to.
      const attrs = readIndicatorBlockAttrs(node.attrs);
      return attrs ? <IndicatorBlockFromContext key={key} attrs={attrs} /> : null;
    }
    default:
      return <div key={key}>{children}</div>;
  }
}

/**
 * The section's text with every commented passage highlighted (the selected thread's more strongly). A highlight is
 * a button: Enter or a click selects its thread in the panel and moves focus there. Selecting text offers
 * "Comment" beside the selection; the passage's offsets come from the rendered pieces, each of which knows where it
 * is in the revision's plain text. React escapes all text; nothing is set as HTML.
 */
export function AnchoredReading({ sectionId, revision }: SectionReviewReadingProps) {
  const { t } = useTranslation();
  const scope = useReviewScope();
  const { data } = useQuery(SECTION_REVIEW_QUERY, { variables: { id: sectionId } });
  const { data: threadData } = useQuery(SECTION_THREADS_QUERY, { variables: { id: sectionId } });
  const section = data?.section;
  const comments = threadData?.section.comments;
  const threads = useMemo(() => getFragmentData(REVIEW_THREAD_FIELDS, comments ?? []), [comments]);
  const openers = useMemo(
    () => threads.map((thread) => ({ thread, comment: getFragmentData(REVIEW_COMMENT_FIELDS, thread) })),
    [threads],
  );
  const layout = useMemo<DocumentLayout | null>(() => {
    try {
      return layoutDocument(revision.content);
    } catch {
      return null;
    }
  }, [revision.content]);
  const passages = useMemo(
    () => passagesOn(openers.map((o) => o.comment), revision.id, revision.text.length),
    [openers, revision.id, revision.text.length],
  );
  const firstPieceOf = useMemo(() => (layout ? firstPieces(layout, passages) : new Map<string, number>()), [layout, passages]);
  const rootRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [floating, setFloating] = useState<{ top: number; left: number } | null>(null);
  const canComment = section?.canComment ?? false;
  const hintId = useId();

  const { selectThread, setSelection, startComment } = scope;
  const onActivate = useCallback(
    (threadIds: readonly string[]) => {
      // Overlapping passages: each activation moves on to the next thread covering this piece.
      const at = scope.selectedThreadId ? threadIds.indexOf(scope.selectedThreadId) : -1;
      const next = threadIds[(at + 1) % threadIds.length] ?? null;
      selectThread(next, { focusThread: true });
    },
    [scope.selectedThreadId, selectThread],
  );
  const describe = useCallback(
    (threadId: string) => {
      const opener = openers.find((o) => o.comment.id === threadId)?.comment;
      return t('sectionReview.passageLabel', {
        author: opener?.author.displayName ?? '',
        organisation: opener?.organization.acronym || opener?.organization.name || '',
        quote: opener?.anchor?.quote ?? '',
      });
    },
    [openers, t],
  );

  // The selection in the text becomes the passage to comment on (the panel's "Comment" uses it too).
  const readSelection = useCallback(() => {
    const root = rootRef.current;
    const wrap = wrapRef.current;
    if (!root || !wrap) return;
    const selection = window.getSelection();
    const offsets = selectionOffsets(root, selection);
    const anchor = offsets ? anchorFromOffsets(revision.text, offsets.start, offsets.end) : null;
    if (!anchor) {
      setFloating(null);
      // A click in the text (collapsed selection there) lets go of the passage; a selection elsewhere keeps it.
      if (selection?.isCollapsed && selection.anchorNode && root.contains(selection.anchorNode)) setSelection(null);
      return;
    }
    setSelection({ revisionId: revision.id, ...anchor });
    const range = selection!.getRangeAt(0);
    // Beside the end of the selection (browsers without range geometry: at the top of the text).
    const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    const box = wrap.getBoundingClientRect();
    setFloating(
      rect
        ? { top: rect.bottom - box.top + 6, left: Math.max(0, Math.min(rect.left - box.left, box.width - 140)) }
        : { top: 0, left: 0 },
    );
  }, [revision.id, revision.text, setSelection]);

  useEffect(() => {
    document.addEventListener('selectionchange', readSelection);
    return () => document.removeEventListener('selectionchange', readSelection);
  }, [readSelection]);

  // "Show passage" in a thread: scroll to its highlight and focus it.
  const passageFocus = scope.passageFocus;
  useEffect(() => {
    if (!passageFocus) return;
    const target = rootRef.current?.querySelector<HTMLElement>(`[data-first-of~="${CSS.escape(passageFocus.threadId)}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  }, [passageFocus]);

  if (!layout) {
    // A document this view cannot lay out is still shown, as its plain text.
    return (
      <div className="mps-prose" style={{ whiteSpace: 'pre-wrap' }}>
        {revision.text}
      </div>
    );
  }

  const ctx: RenderContext = { passages, firstPieceOf, selectedThreadId: scope.selectedThreadId, describe, onActivate };
  return (
    <div ref={wrapRef} className={classes.readingWrap}>
      {canComment ? (
        <p id={hintId} className={classes.readingHint}>
          {t('sectionReview.selectHint')}
        </p>
      ) : null}
      <div
        ref={rootRef}
        className={`mps-prose ${classes.reading}`}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
      >
        {layout.blocks.map((node, i) => renderNode(node, ctx, i))}
        {layout.footnotes.length ? (
          <ol className="footnotes">
            {layout.footnotes.map((text, i) => (
              <li key={i} id={`fn-${i + 1}`}>
                {text}{' '}
                <a href={`#fnref-${i + 1}`} aria-label={t('sectionReview.backToText')}>
                  ↩
                </a>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
      {canComment && floating && scope.selection ? (
        <Button
          size="compact-sm"
          className={classes.floatingComment}
          style={{ top: floating.top, insetInlineStart: floating.left }}
          leftSection={<IconMessagePlus size={16} aria-hidden />}
          // Keeps the text selected while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            startComment(scope.selection);
            setFloating(null);
          }}
        >
          {t('sectionReview.comment')}
        </Button>
      ) : null}
    </div>
  );
}
