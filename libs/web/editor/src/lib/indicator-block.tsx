import { INDICATOR_BLOCK_ATTRS, readIndicatorBlockAttrs, type IndicatorBlockAttrs } from '@mps/shared-domain';
import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useIndicatorBlocks } from './indicator-blocks-context';

/** The block's attributes as one JSON attribute in HTML (what the server's placeholder carries too). */
function attrsFromElement(element: HTMLElement): IndicatorBlockAttrs | null {
  try {
    return readIndicatorBlockAttrs(JSON.parse(element.getAttribute('data-indicator-block') ?? 'null'));
  } catch {
    return null;
  }
}

/** In the editor: the block drawn with its live figures, framed so that it reads as one selectable object. */
function IndicatorBlockNodeView({ node, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const source = useIndicatorBlocks();
  const attrs = readIndicatorBlockAttrs(node.attrs);
  return (
    <NodeViewWrapper
      className="mps-indicator-block-node"
      data-selected={selected || undefined}
      contentEditable={false}
      aria-label={t('editor.indicatorBlockLabel')}
      role="group"
    >
      {attrs && source ? source.renderBlock(attrs) : <p>{t('editor.indicatorBlockNamed', { codes: attrs?.codes.join(', ') ?? '' })}</p>}
      <p className="mps-indicator-block-hint">{t('editor.indicatorBlockHint')}</p>
    </NodeViewWrapper>
  );
}

/**
 * A table or chart of indicator figures (the content schema's `indicatorBlock`): an atom block whose attributes say
 * which figures to show; the figures come from the page (live in a draft).
 */
export const IndicatorBlock = Node.create({
  name: 'indicatorBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return Object.fromEntries(
      Object.entries(INDICATOR_BLOCK_ATTRS).map(([name, spec]) => [
        name,
        {
          default: spec.default,
          parseHTML: (element: HTMLElement) => attrsFromElement(element)?.[name as keyof IndicatorBlockAttrs] ?? spec.default,
          renderHTML: () => ({}),
        },
      ]),
    );
  },

  parseHTML() {
    return [{ tag: 'figure[data-indicator-block]', getAttrs: (element) => (attrsFromElement(element as HTMLElement) ? null : false) }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = readIndicatorBlockAttrs(node.attrs);
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { class: 'indicator-block', 'data-indicator-block': JSON.stringify(attrs ?? {}) }),
      ['figcaption', {}, attrs?.caption || `Indicators ${attrs?.codes.join(', ') ?? ''}`],
    ];
  },

  /** Same as the server's plain text: a block has none of its own (its figures are not the section's words). */
  renderText() {
    return '';
  },

  addNodeView() {
    return ReactNodeViewRenderer(IndicatorBlockNodeView);
  },
});
