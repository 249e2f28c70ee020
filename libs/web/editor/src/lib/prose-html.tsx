import { readIndicatorBlockAttrs, type IndicatorBlockAttrs } from '@mps/shared-domain';
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useIndicatorBlocks } from './indicator-blocks-context';

/**
 * A section's saved HTML (rendered and escaped by the server) in the reading styles. Its tables and charts of
 * indicator figures are placeholders naming what they show; where the page provides figures, each is filled with
 * its table or chart.
 */
export function ProseHtml({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const source = useIndicatorBlocks();
  const [blocks, setBlocks] = useState<Array<{ element: HTMLElement; attrs: IndicatorBlockAttrs }>>([]);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !source) {
      setBlocks([]);
      return;
    }
    const found: Array<{ element: HTMLElement; attrs: IndicatorBlockAttrs }> = [];
    root.querySelectorAll<HTMLElement>('figure[data-indicator-block]').forEach((element) => {
      let attrs: IndicatorBlockAttrs | null = null;
      try {
        attrs = readIndicatorBlockAttrs(JSON.parse(element.getAttribute('data-indicator-block') ?? 'null'));
      } catch {
        attrs = null;
      }
      if (!attrs) return;
      element.replaceChildren();
      found.push({ element, attrs });
    });
    setBlocks(found);
  }, [html, source]);
  return (
    <>
      <div ref={ref} className="mps-prose" dangerouslySetInnerHTML={{ __html: html }} />
      {source ? blocks.map(({ element, attrs }, i) => createPortal(source.renderBlock(attrs), element, `block-${i}`)) : null}
    </>
  );
}

/** A table or chart drawn by whatever the page provides (the review side's reading view uses it). */
export function IndicatorBlockFromContext({ attrs }: { attrs: IndicatorBlockAttrs }) {
  const source = useIndicatorBlocks();
  return source ? <>{source.renderBlock(attrs)}</> : null;
}
