import { describe, expect, it } from '@jest/globals';
import { canonicalJson, ContentValidationError, renderContent } from './content';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });

const quoted = (levels: number) => {
  let node: unknown = p(t('deep'));
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
};

describe('section content', () => {
  it('refuses content nested deeper than MAX_CONTENT_DEPTH with a validation error, before parsing it', () => {
    expect(renderContent(quoted(40)).text).toBe('deep');
    expect(() => renderContent(quoted(2_000))).toThrow(/nested too deeply/);
    expect(() => renderContent(quoted(2_000))).toThrow(ContentValidationError);
  });

  it('renders escaped HTML, plain text and footnotes', () => {
    const out = renderContent(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Stocks & flows')] },
        p(t('Emigration '), t('rose', [{ type: 'bold' }]), t(' <script>'), { type: 'footnote', attrs: { text: 'NBS, 2023 census' } }),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one'))] }] },
      ),
    );
    expect(out.html).toContain('<h2>Stocks &amp; flows</h2>');
    expect(out.html).toContain('<strong>rose</strong> &lt;script&gt;');
    expect(out.html).toContain('<ol class="footnotes"><li id="fn-1">NBS, 2023 census');
    expect(out.text).toBe('Stocks & flows\n\nEmigration rose <script>[NBS, 2023 census]\n\none');
  });

  it('keeps safe links and refuses others', () => {
    const link = (href: string) => doc(p(t('see', [{ type: 'link', attrs: { href } }])));
    expect(renderContent(link('https://stat.example/table')).html).toContain('href="https://stat.example/table"');
    expect(renderContent(link('mailto:twg@example.org')).html).toContain('mailto:');
    expect(() => renderContent(link('javascript:alert(1)'))).toThrow(/http, https or mailto/);
    expect(() => renderContent(link('/relative'))).toThrow(ContentValidationError);
  });

  it('stores only the address of a link: class, target, rel and anything else are dropped', () => {
    const link = { type: 'link', attrs: { href: 'https://stat.example', class: 'x" onmouseover="alert(1)', target: '_top', rel: 'opener', style: 'x' } };
    const out = renderContent(doc(p(t('see', [link]))));
    const stored = (out.canonical.content as any)[0].content[0].marks[0];
    expect(stored).toEqual({ type: 'link', attrs: { href: 'https://stat.example' } });
    expect(out.canonicalText).not.toMatch(/class|target|_top|opener|onmouseover/);
    expect(out.html).toBe('<p><a href="https://stat.example" rel="noopener noreferrer nofollow">see</a></p>');
  });

  it('keeps what the web editor sends for a link, minus the attributes it fixes itself', () => {
    const fromEditor = { type: 'link', attrs: { href: 'https://example.org', target: null, rel: 'noopener noreferrer nofollow', class: null } };
    const stored = (renderContent(doc(p(t('x', [fromEditor])))).canonical.content as any)[0].content[0].marks[0];
    expect(stored.attrs).toEqual({ href: 'https://example.org' });
  });

  it.each([
    ['a link address that is not text', doc(p(t('x', [{ type: 'link', attrs: { href: { toString: 'https://x.example' } } }])))],
    ['a link without an address', doc(p(t('x', [{ type: 'link', attrs: { class: 'x' } }])))],
    ['an unknown text alignment', doc({ type: 'paragraph', attrs: { textAlign: 'left;background:url(//x)' }, content: [t('x')] })],
    ['an unknown list numbering', doc({ type: 'orderedList', attrs: { type: 'disc" onclick="x' }, content: [{ type: 'listItem', content: [p(t('x'))] }] })],
    ['a list start that is not a number', doc({ type: 'orderedList', attrs: { start: '1" onclick="x' }, content: [{ type: 'listItem', content: [p(t('x'))] }] })],
    ['a cell span that is not a number', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2"' }, content: [p(t('x'))] }] }] })],
    ['a footnote that is not text', doc(p({ type: 'footnote', attrs: { text: { a: 1 } } }))],
  ])('refuses %s', (_label, content) => {
    expect(() => renderContent(content)).toThrow(ContentValidationError);
  });

  it.each([
    ['an unknown node type', doc({ type: 'video' })],
    ['an unknown mark type', doc(p(t('x', [{ type: 'strike' }])))],
    ['a heading level 1', doc({ type: 'heading', attrs: { level: 1 }, content: [t('x')] })],
    ['a list without items', doc({ type: 'bulletList', content: [p(t('x'))] })],
    ['something that is not a document', { type: 'paragraph' }],
  ])('refuses %s', (_label, content) => {
    expect(() => renderContent(content)).toThrow(ContentValidationError);
  });

  it('refuses content over 2 MB', () => {
    const big = doc(p(t('x'.repeat(2 * 1024 * 1024 + 10))));
    expect(() => renderContent(big)).toThrow(/at most 2 MB/);
  });

  it('canonicalises key order so equal documents hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    const a = renderContent({ content: [{ content: [t('x')], type: 'paragraph' }], type: 'doc' });
    const b = renderContent(doc(p(t('x'))));
    expect(a.canonicalText).toBe(b.canonicalText);
  });
});
