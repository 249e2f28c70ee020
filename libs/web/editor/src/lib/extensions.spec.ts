import { getSchema } from '@tiptap/core';
import { CONTENT_MARK_TYPES, CONTENT_NODE_TYPES, contentSchema } from '@mps/shared-domain';
import { describe, expect, it } from 'vitest';
import { createContentExtensions, isAllowedHref, normaliseHref } from './extensions';

const sorted = (names: readonly string[]) => [...names].sort();

describe('editor schema', () => {
  it('has exactly the nodes and marks of the server content schema', () => {
    const schema = getSchema(createContentExtensions({ placeholder: 'Start writing' }));
    expect(sorted(Object.keys(schema.nodes))).toEqual(sorted(CONTENT_NODE_TYPES));
    expect(sorted(Object.keys(schema.marks))).toEqual(sorted(CONTENT_MARK_TYPES));
  });

  it('allows headings of levels 2 to 4 only', () => {
    const schema = getSchema(createContentExtensions());
    const heading = schema.nodes['heading'];
    const levels = (heading?.spec.parseDOM ?? []).map((rule) => rule.tag);
    expect(levels).toEqual(['h2', 'h3', 'h4']);
  });

  it('produces documents the server schema accepts', () => {
    const schema = getSchema(createContentExtensions());
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
            { type: 'footnote', attrs: { text: 'Source: survey' } },
          ],
        },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }] }],
        },
      ],
    });
    expect(() => contentSchema.nodeFromJSON(doc.toJSON()).check()).not.toThrow();
  });
});

describe('link addresses', () => {
  it('accepts http, https and mailto only', () => {
    expect(isAllowedHref('https://example.org')).toBe(true);
    expect(isAllowedHref('mailto:a@b.org')).toBe(true);
    expect(isAllowedHref('javascript:alert(1)')).toBe(false);
    expect(isAllowedHref('ftp://example.org')).toBe(false);
  });

  it('completes what people usually type', () => {
    expect(normaliseHref('example.org/report')).toBe('https://example.org/report');
    expect(normaliseHref('name@ministry.gov')).toBe('mailto:name@ministry.gov');
    expect(normaliseHref('javascript:alert(1)')).toBeNull();
    expect(normaliseHref('hello')).toBeNull();
  });
});
