import { mergeAttributes, Node } from '@tiptap/core';

export interface FootnoteOptions {
  /** Accessible description of a footnote marker, e.g. "Footnote: <text>". */
  describe: (text: string) => string;
}

/**
 * An inline footnote marker (the content schema's `footnote` node): an atom with
 * the note's text in `attrs.text`. In the editor it shows as a superscript number
 * (CSS counter, see prose.css); the server renders the numbered notes list.
 */
export const Footnote = Node.create<FootnoteOptions>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { describe: (text: string) => `Footnote: ${text}` };
  },

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-text') ?? '',
        renderHTML: (attributes) => ({ 'data-text': String(attributes['text'] ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = String(node.attrs['text'] ?? '');
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        'data-footnote': '',
        class: 'mps-footnote',
        title: text,
      }),
      ['span', { class: 'visually-hidden' }, this.options.describe(text)],
    ];
  },

  /** Same as the server's plain text: the note in brackets. */
  renderText({ node }) {
    return `[${String(node.attrs['text'] ?? '')}]`;
  },
});
