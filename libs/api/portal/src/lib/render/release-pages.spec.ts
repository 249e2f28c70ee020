import { describe, expect, it } from '@jest/globals';
import type { DocumentSection, ProfileDocument } from '@mps/api-releases';
import { compareSections, renderComparePage } from './compare-page';
import { renderHomePage, renderPlacePage } from './list-pages';
import { renderReleasePages } from './release-pages';

const HOSTILE = `<img src=x onerror="alert(1)">"'&`;
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

function section(key: string | null, number: string, title: string, depth: number, content: unknown[], id = `id-${key}`): DocumentSection {
  return {
    sectionId: id,
    key,
    number,
    title,
    depth,
    revisionId: `rev-${id}`,
    revisionNumber: 1,
    content: { type: 'doc', content },
    html: null,
    text: null,
  };
}

function document(overrides: Partial<ProfileDocument> = {}, release: Partial<NonNullable<ProfileDocument['release']>> = {}): ProfileDocument {
  return {
    kind: 'RELEASE',
    profileId: 'p-1',
    title: 'Migration Profile of Norland',
    edition: '2019',
    workspace: { id: 'w-1', name: 'Republic of Norland', slug: 'norland', countryCode: 'XN' },
    organizations: [{ id: 'o-1', name: 'National Bureau of Statistics', acronym: 'NBS', kind: 'MINISTRY' as never }],
    release: {
      id: '11111111-1111-4111-8111-111111111111',
      version: '2019.1',
      status: 'PUBLISHED',
      notes: 'First release.',
      preparedAt: new Date('2019-05-01T10:00:00Z'),
      publishedAt: new Date('2019-05-02T10:00:00Z'),
      withdrawnAt: null,
      withdrawalReason: null,
      ...release,
    },
    asOf: new Date('2019-05-02T10:00:00Z'),
    sections: [
      section('executive-summary', '', 'Executive summary', 0, [paragraph(text('Net emigration.'), { type: 'footnote', attrs: { text: 'Census 2014.' } })]),
      section('trends.emigration', 'A.1', 'Emigration', 1, [
        { type: 'heading', attrs: { level: 2 }, content: [text('Stocks')] },
        paragraph(text('310,000 abroad'), { type: 'footnote', attrs: { text: 'Census.' } }),
      ]),
    ],
    ...overrides,
  };
}

describe('release pages', () => {
  it('renders the reader and one page per section, the same bytes for the same document', () => {
    const pages = renderReleasePages(document(), 'en');
    expect(pages.map((p) => p.page)).toEqual(['release', 'section/executive-summary', 'section/trends.emigration']);
    expect(renderReleasePages(document(), 'en')).toEqual(pages);
  });

  it('gives the reader a title, description, canonical link, language, contents and anchored, numbered sections', () => {
    const [reader] = renderReleasePages(document(), 'en');
    expect(reader.html).toContain('<html lang="en" dir="ltr">');
    expect(reader.html).toContain('<title>Migration Profile of Norland, release 2019.1 – Migration Profile Studio</title>');
    expect(reader.html).toContain('<meta name="description" content="Migration Profile of Norland (2019 edition), release 2019.1, published 2 May 2019. 2 sections.">');
    expect(reader.html).toContain('<link rel="canonical" href="/portal/releases/11111111-1111-4111-8111-111111111111">');
    expect(reader.html).toContain('<a href="#section-trends.emigration"><span class="number">A.1</span> Emigration</a>');
    expect(reader.html).toContain('<section class="section depth-1" id="section-trends.emigration"');
    // A chapter's subsection is an h3; the section's own h2 headings move below it.
    expect(reader.html).toContain('<h3 id="section-trends.emigration-heading">');
    expect(reader.html).toContain('<h4>Stocks</h4>');
    expect(reader.html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
  });

  it('keeps every footnote id unique on the reader, where several sections share one page', () => {
    const [reader] = renderReleasePages(document(), 'en');
    const ids = [...reader.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('executive-summary-fn-1');
    expect(ids).toContain('trends.emigration-fn-1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes every stored text: titles, names, notes, section texts, links, footnotes and the withdrawal reason', () => {
    const hostile = document(
      {
        title: HOSTILE,
        edition: HOSTILE,
        workspace: { id: 'w-1', name: HOSTILE, slug: 'norland', countryCode: 'XN' },
        organizations: [{ id: 'o-1', name: HOSTILE, acronym: HOSTILE, kind: 'MINISTRY' as never }],
        sections: [
          section('k', 'A.1', HOSTILE, 0, [
            paragraph(text(HOSTILE, [{ type: 'link', attrs: { href: `https://example.org/"><script>alert(1)</script>` } }]), { type: 'footnote', attrs: { text: HOSTILE } }),
          ]),
        ],
      },
      { notes: HOSTILE, version: '2019.1', status: 'WITHDRAWN', withdrawnAt: new Date('2020-01-01T00:00:00Z'), withdrawalReason: HOSTILE },
    );
    for (const page of renderReleasePages(hostile, 'en')) {
      expect({ page: page.page, raw: /<img|<script|onerror="/i.test(page.html) }).toEqual({ page: page.page, raw: false });
      expect(page.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&quot;&#39;&amp;');
    }
    const compare = renderComparePage({ language: 'en', place: { name: HOSTILE, slug: 'x' }, from: hostile, to: hostile, choices: [{ id: 'a', edition: HOSTILE, version: HOSTILE, withdrawn: true }] });
    expect(/<img|<script|onerror="/i.test(compare)).toBe(false);
    const lists = [
      renderHomePage('en', [{ name: HOSTILE, slug: HOSTILE, kind: 'NATIONAL', published: 1, withdrawn: 0, latestPublishedAt: null }]),
      renderPlacePage('en', { name: HOSTILE, slug: HOSTILE, kind: 'REGIONAL' }, [
        { title: HOSTILE, edition: HOSTILE, releases: [{ id: 'r', version: HOSTILE, status: 'WITHDRAWN', publishedAt: null, withdrawnAt: null }] },
      ]),
    ];
    for (const list of lists) expect(/<img|<script|onerror="/i.test(list)).toBe(false);
  });

  it('marks a withdrawn release with its date and reason, offers no download and asks search engines not to index it', () => {
    const withdrawn = document({}, { status: 'WITHDRAWN', withdrawnAt: new Date('2020-03-04T00:00:00Z'), withdrawalReason: 'Figures were provisional.' });
    for (const page of renderReleasePages(withdrawn, 'en')) {
      expect(page.html).toContain('This release was withdrawn on 4 March 2020.');
      expect(page.html).toContain('Reason: Figures were provisional.');
      expect(page.html).toContain('<meta name="robots" content="noindex">');
      expect(page.html).not.toContain('/exports/releases/');
      expect(page.html).not.toContain('/open-data/releases/');
    }
    const [published] = renderReleasePages(document(), 'en');
    expect(published.html).toContain('href="/exports/releases/11111111-1111-4111-8111-111111111111.docx?lang=en"');
    // The indicator annex as open data (issue 11 item 7), linked from the published release.
    expect(published.html).toContain('href="/open-data/releases/11111111-1111-4111-8111-111111111111/indicators.csv"');
    expect(published.html).toContain('href="/open-data/releases/11111111-1111-4111-8111-111111111111/indicators.json"');
    expect(published.html).not.toContain('noindex');
  });

  it('links each section page to its neighbours and back to its place in the reader', () => {
    const [, first, second] = renderReleasePages(document(), 'en');
    expect(first.html).toContain('<link rel="canonical" href="/portal/releases/11111111-1111-4111-8111-111111111111/sections/executive-summary">');
    expect(first.html).toContain('rel="next" href="/portal/releases/11111111-1111-4111-8111-111111111111/sections/trends.emigration"');
    expect(second.html).toContain('rel="prev"');
    expect(second.html).toContain('href="/portal/releases/11111111-1111-4111-8111-111111111111#section-trends.emigration"');
    expect(second.html).toContain('<h1><span class="number">A.1</span> Emigration</h1>');
  });
});

describe('chapter headings in a release', () => {
  const heading: DocumentSection = { ...section('trends', 'A', 'Migration trends', 0, []), revisionId: null, revisionNumber: null, content: null };
  const withHeading = () => {
    const base = document();
    return document({ sections: [base.sections[0], heading, base.sections[1]] });
  };

  it('shows a chapter heading in its place on the reader, without a hint, a page of its own or a stop in the pager', () => {
    const pages = renderReleasePages(withHeading(), 'en');
    expect(pages.map((p) => p.page)).toEqual(['release', 'section/executive-summary', 'section/trends.emigration']);
    const reader = pages[0].html;
    expect(reader).toMatch(/<h2 id="section-trends-heading"><span class="number">A<\/span> Migration trends<\/h2>\s*<\/header>\s*<div class="body"><\/div>\s*<\/section>/);
    expect(reader).not.toContain('sections/trends"');
    expect(reader.indexOf('Migration trends')).toBeLessThan(reader.indexOf('<span class="number">A.1</span> Emigration</h3>'));
    expect(pages[1].html).toContain('rel="next" href="/portal/releases/11111111-1111-4111-8111-111111111111/sections/trends.emigration"');
    expect(pages[2].html).toContain('rel="prev" href="/portal/releases/11111111-1111-4111-8111-111111111111/sections/executive-summary"');
  });

  it('leaves chapter headings out of a comparison (an older release may not have kept them)', () => {
    const rows = compareSections(document(), withHeading());
    expect(rows.map((r) => r.kind)).toEqual(['matched', 'matched']);
  });
});

describe('a place page', () => {
  it('lists each profile’s releases, marks withdrawn ones and offers to compare the two latest published', () => {
    const at = (day: number) => new Date(Date.UTC(2024, 0, day));
    const page = renderPlacePage('en', { name: 'Norland', slug: 'norland', kind: 'NATIONAL' }, [
      { title: 'Profile', edition: '2024', releases: [{ id: 'r-3', version: '2024.1', status: 'PUBLISHED', publishedAt: at(3), withdrawnAt: null }] },
      {
        title: 'Profile',
        edition: '2019',
        releases: [
          { id: 'r-2', version: '2019.2', status: 'WITHDRAWN', publishedAt: at(2), withdrawnAt: at(4) },
          { id: 'r-1', version: '2019.1', status: 'PUBLISHED', publishedAt: at(1), withdrawnAt: null },
        ],
      },
    ]);
    expect(page).toContain('<a href="/portal/compare?from=r-1&amp;to=r-3">Compare the latest releases, 2019.1 and 2024.1</a>');
    expect(page).toMatch(/Release 2019\.2<\/a><\/td>\s*<td>2 January 2024<\/td>\s*<td><span class="tag withdrawn">Withdrawn<\/span> <span class="hint">4 January 2024/);
  });
});

describe('comparing releases', () => {
  const older = document({
    sections: [
      section('summary', '', 'Summary', 0, [paragraph(text('Same text.'))], 'old-1'),
      section('dropped', 'A.1', 'Dropped', 1, [paragraph(text('Gone later.'))], 'old-2'),
      section('trends', 'A.2', 'Emigration', 1, [paragraph(text('310,000 abroad.'))], 'old-3'),
      section('renamed', 'A.3', 'Old name', 1, [paragraph(text('Kept.'))], 'old-4'),
    ],
  });
  // The next edition: other section ids, the same keys.
  const newer = document({
    edition: '2024',
    sections: [
      section('summary', '', 'Summary', 0, [paragraph(text('Same text.'))], 'new-1'),
      section('trends', 'A.1', 'Emigration', 1, [paragraph(text('325,000 abroad.'))], 'new-3'),
      section('fresh', 'A.2', 'Diaspora', 1, [paragraph(text('New.'))], 'new-5'),
      section('renamed', 'A.3', 'New name', 1, [paragraph(text('Kept.'))], 'new-4'),
    ],
  });

  it('matches sections by key across editions, keeps a removed section after the one it followed, and says what changed', () => {
    const rows = compareSections(older, newer);
    expect(rows.map((r) => (r.kind === 'matched' ? `${r.to.key}:${r.unchanged ? 'same' : 'changed'}` : `${r.kind === 'added' ? r.to.key : r.from.key}:${r.kind}`))).toEqual([
      'summary:same',
      'dropped:removed',
      'trends:changed',
      'fresh:added',
      'renamed:changed',
    ]);
    const trends = rows[2];
    expect(trends.kind === 'matched' && trends.diff.blocks[0].hunks.map((h) => [h.op, h.text.trim()])).toEqual([
      ['DELETE', '310,000'],
      ['INSERT', '325,000'],
      ['EQUAL', 'abroad.'],
    ]);
  });

  it('marks insertions and deletions with words a screen reader says, and names renamed sections', () => {
    const page = renderComparePage({ language: 'en', place: { name: 'Norland', slug: 'norland' }, from: older, to: newer, choices: [] });
    expect(page).toContain('<del><span class="visually-hidden">Removed: </span>310,000</del>');
    expect(page).toContain('<ins><span class="visually-hidden">Added: </span>325,000</ins>');
    expect(page).toContain('Was “A.3 Old name”');
    expect(page).toContain('Sections changed: 2. Added: 1. Removed: 1. Unchanged: 1.');
    expect(page).toContain('Release 2019.1 (2019 edition) compared with release 2019.1 (2024 edition)');
  });
});

describe('indicator figures on release pages', () => {
  const figure = {
    indicatorCode: 'IMM.STOCK',
    indicatorName: `Immigrant stock ${HOSTILE}`,
    gmgPart: 'IV' as const,
    definition: 'Foreign-born residents',
    unit: 'persons',
    period: '2018',
    sex: 'TOTAL' as const,
    ageGroup: '',
    countryCode: '',
    value: 34800,
    dataGap: false,
    organizationName: 'Ministry of Internal Affairs',
    sourceName: 'Register',
    comparability: 'COMPARABLE' as const,
    selection: 'SINGLE' as const,
    footnote: null,
  };

  it('draws blocks from the frozen figures, and Key data and the Annex into their sections, escaped', () => {
    const doc = document({
      sections: [
        { ...section('key-data', '', 'Key data', 0, []), content: null, revisionId: null },
        section('trends.immigration', 'A.2', 'Immigration', 1, [
          { type: 'indicatorBlock', attrs: { codes: ['IMM.STOCK'], display: 'chart', caption: `Stock ${HOSTILE}` } },
        ]),
        section('annex', '', 'Annex', 0, [paragraph(text('The tables below.'))]),
      ],
      figures: [figure],
    });
    const [reader] = renderReleasePages(doc, 'en');
    expect(reader.html).toContain('<caption>Stock &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&quot;&#39;&amp;</caption>');
    expect(reader.html).toContain('<td>34,800</td>');
    expect(reader.html).toContain('Chart shown as its table.');
    expect(reader.html).toContain('<caption>Key data: the latest figure of each core indicator</caption>');
    expect(reader.html).toContain('The tables below.</p><figure class="indicator-block"><table><caption>Part IV: Migrant stocks, refugees and students abroad</caption>');
    expect(reader.html).not.toContain('This section has no text in this release.');
    expect(reader.html).not.toContain('<img');
    expect(reader.html).not.toContain('onerror="');
  });
});

describe('pages in every interface language', () => {
  const base = 'https://profiles.example.org/';
  const id = '11111111-1111-4111-8111-111111111111';

  it('link each page to itself in every language (hreflang, x-default) and to an absolute canonical address', () => {
    const [reader, section] = renderReleasePages(document(), 'fr', base);
    expect(reader!.html).toContain(`<link rel="canonical" href="https://profiles.example.org/portal/releases/${id}?lang=fr">`);
    for (const [lang, suffix] of [['en', ''], ['fr', '?lang=fr'], ['es', '?lang=es'], ['ru', '?lang=ru'], ['ar', '?lang=ar'], ['x-default', '']]) {
      expect(reader!.html).toContain(`<link rel="alternate" hreflang="${lang}" href="https://profiles.example.org/portal/releases/${id}${suffix}">`);
    }
    expect(section!.html).toContain(`<link rel="canonical" href="https://profiles.example.org/portal/releases/${id}/sections/executive-summary?lang=fr">`);
    // The language menu: each language named in itself, this one marked current.
    expect(reader!.html).toContain(`<a href="/portal/releases/${id}?lang=fr" lang="fr" hreflang="fr" aria-current="true">Français</a>`);
    expect(reader!.html).toContain(`<a href="/portal/releases/${id}?lang=ar" lang="ar" hreflang="ar" dir="rtl">العربية</a>`);
  });

  it('word the page, dates and downloads in the language, right to left in Arabic; the release text as written', () => {
    const [fr] = renderReleasePages(document(), 'fr', base);
    expect(fr!.html).toContain('<html lang="fr" dir="ltr">');
    expect(fr!.html).toContain('Table des matières');
    expect(fr!.html).toContain('2 mai 2019');
    expect(fr!.html).toContain(`href="/exports/releases/${id}.pdf?lang=fr"`);
    expect(fr!.html).toContain('Net emigration.');
    const [ar] = renderReleasePages(document(), 'ar', base);
    expect(ar!.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar!.html).toContain('المحتويات');
    expect(ar!.html).toContain('الفريق العامل التقني');
    const [ru] = renderReleasePages(document(), 'ru', base);
    expect(ru!.html).toContain('Содержание');
  });

  it('words the figure tables in the language', () => {
    const figure = {
      indicatorCode: 'IMM.STOCK', indicatorName: 'Immigrant stock', gmgPart: 'IV' as const, definition: 'd', unit: 'persons', period: '2020',
      sex: 'TOTAL' as const, ageGroup: '', countryCode: '', value: 34800, dataGap: false, organizationName: 'NBS', sourceName: 'Census',
      comparability: 'COMPARABLE' as const, selection: 'SINGLE' as const, footnote: null,
    };
    const doc = document({ sections: [section('key-data', '', 'Key data', 0, [])], figures: [figure] });
    const [es] = renderReleasePages(doc, 'es', base);
    expect(es!.html).toContain('<caption>Datos clave: la cifra más reciente de cada indicador básico</caption>');
    expect(es!.html).toContain('<td>34.800</td>');
    expect(es!.html).toContain('Fuente: NBS, Census.');
  });
});
