import { describe, expect, it } from '@jest/globals';
import { renderContent } from '../content/content';
import { portalPaths, portalSectionRef } from './portal-paths';

describe('portal addresses', () => {
  it('names a section by its key, kept across editions, or by its id when the key would not survive a URL', () => {
    expect(portalSectionRef({ key: 'trends.emigration', sectionId: 's-1' })).toBe('trends.emigration');
    expect(portalSectionRef({ key: null, sectionId: 's-1' })).toBe('s-1');
    expect(portalSectionRef({ key: 'a b/"c"', sectionId: 's-1' })).toBe('s-1');
  });

  it('builds the paths the server serves, the language only when it is not the default', () => {
    expect(portalPaths.section('r-1', 'trends.return')).toBe('/portal/releases/r-1/sections/trends.return');
    expect(portalPaths.compare('r-1', 'r-2')).toBe('/portal/compare?from=r-1&to=r-2');
    expect(portalPaths.place('norland', 'en')).toBe('/portal/places/norland');
    expect(portalPaths.download('r-1', 'pdf')).toBe('/exports/releases/r-1.pdf');
  });
});

describe('rendering a section for a page that holds several', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Deep' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Text' }, { type: 'footnote', attrs: { text: 'Source' } }] },
    ],
  };

  it('prefixes footnote ids and moves headings down, never below h6', () => {
    const { html } = renderContent(doc, { idPrefix: 'a.1-', headingShift: 3 });
    expect(html).toContain('<h6>Deep</h6>');
    expect(html).toContain('id="a.1-fnref-1"');
    expect(html).toContain('<li id="a.1-fn-1">');
    expect(renderContent(doc, { idPrefix: '"><x' }).html).toContain('id="xfn-1"');
    expect(renderContent(doc).html).toContain('<h4>Deep</h4>');
  });
});
