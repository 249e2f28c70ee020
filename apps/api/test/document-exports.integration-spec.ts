import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unzipSync, strFromU8 } from 'fflate';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * GET /exports/releases/:id.docx|.pdf and /exports/profiles/:id.docx|.pdf through real HTTP: who may download what,
 * and what the files hold, read back the way a reader's software reads them (the DOCX's XML parts, the PDF's text
 * page by page): every section's numbered heading and text, the footnotes, the title page with the TWG's
 * organisations, version and date, and the state (DRAFT, candidate, withdrawn) on every page.
 */

type Who = 'coordinator' | 'focal' | 'contributor' | 'observer' | 'outsider';

const text = (value: string, marks?: Array<Record<string, unknown>>) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string, attrs: Record<string, unknown> = {}) => ({ type, attrs, content: [para(text(value))] });

/** Immigration: every node and mark of the content schema. */
const IMMIGRATION = {
  type: 'doc',
  content: [
    para(
      text('Immigrants were '),
      text('4.2% of residents', [{ type: 'bold' }]),
      text(' in 2023, '),
      text('mostly young', [{ type: 'italic' }]),
      { type: 'footnote', attrs: { text: 'Census 2021, table 7.' } },
      text(' (see '),
      text('the statistics office', [{ type: 'link', attrs: { href: 'https://stat.example.org/migration' } }]),
      text(').'),
      { type: 'hardBreak' },
      text('A second line after a hard break.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('Countries of origin')] },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [
        { type: 'listItem', content: [para(text('Neighbouring Sudland')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Mostly seasonal workers'))] }] }] },
        { type: 'listItem', content: [para(text('Students from Ostmark'))] },
      ],
    },
    { type: 'blockquote', content: [para(text('Migration is a development resource.'))] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Country'), cell('tableHeader', 'Persons'), cell('tableHeader', 'Share')] },
        { type: 'tableRow', content: [cell('tableCell', 'Sudland', { rowspan: 2 }), cell('tableCell', '41,200'), cell('tableCell', '38%')] },
        { type: 'tableRow', content: [cell('tableCell', 'of whom seasonal 12,000', { colspan: 2 })] },
      ],
    },
    para(text('Remittances rose.'), { type: 'footnote', attrs: { text: 'Central bank, balance of payments 2023.' } }),
  ],
};

/** Emigration: scripts beyond Latin, emoji and a control character that XML cannot carry. */
const EMIGRATION = {
  type: 'doc',
  content: [para(text('Diaspora associations: Ассоциация мигрантов, جمعية المهاجرين, עמותת מהגרים, Ελληνική κοινότητα 🌍.\u0007'))],
};

const SUMMARY = { type: 'doc', content: [para(text('Norland is a country of emigration and, lately, of immigration.'))] };

/** Text of a DOCX part: paragraphs on their own lines, tags dropped, entities decoded. */
function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text: pages } = await extractText(pdf, { mergePages: false });
  // pdf.js puts spaces or line breaks between the pieces of a line: compare words.
  return pages.map((page) => page.replace(/\s+/g, ' '));
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Word and PDF exports', () => {
  let t: TestApp;
  let tokens: Record<Who, string>;
  let profileId: string;
  let ids: Record<'summary' | 'chapter' | 'immigration' | 'emigration', string>;
  let releases: Record<'published' | 'candidate' | 'withdrawn', string>;

  const must = async (query: string, variables: Record<string, unknown>, who: Who = 'coordinator') => {
    const res = await t.gql(query, variables, tokens[who]);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const save = async (sectionId: string, content: unknown) => {
    const section = await must(`query($id: ID!) { section(id: $id) { currentRevision { id } } }`, { id: sectionId });
    await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, {
      input: { sectionId, baseRevisionId: section['section'].currentRevision?.id ?? null, content },
    });
  };
  const prepare = async (version: string) => {
    await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE profile_id = $1 AND current_revision_id IS NOT NULL`, [profileId]);
    const data = await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, {
      input: { profileId, version, notes: `Notes of ${version}` },
    });
    return data['prepareRelease'].id as string;
  };
  const get = (path: string, who?: Who, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, { headers: { ...headers, ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) } });
  const download = async (path: string, who?: Who) => {
    const res = await get(path, who);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${path} as ${who ?? 'anonymous'}: ${res.status} ${strFromU8(bytes)}`);
    return { res, bytes };
  };
  const errorOf = async (path: string, who?: Who) => {
    const res = await get(path, who);
    return { status: res.status, type: res.headers.get('content-type'), code: ((await res.json()) as { error: { code: string } }).error.code };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace({ name: 'Republic of Norland', countryCode: 'NL' });
    const ministry = await f.organization(ws.id, { name: 'Ministry of Internal Affairs', acronym: 'MIA' });
    const ngo = await f.organization(ws.id, { name: 'Norland Migrant Support Network', kind: 'CIVIL_SOCIETY' });
    const iom = await f.organization(ws.id, { name: 'IOM – Norland office', acronym: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION' });
    const elsewhere = await f.workspace();
    const people = {
      coordinator: await f.member(ws.id, ministry.id, 'COORDINATOR'),
      focal: await f.member(ws.id, ministry.id, 'FOCAL_POINT'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      observer: await f.member(ws.id, iom.id, 'OBSERVER'),
      outsider: await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR'),
    };
    tokens = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken]))) as typeof tokens;
    profileId = (await must(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { workspaceId: ws.id, title: 'Migration Profile of Norland — Ünïcode', edition: '2024' },
    }))['createProfile'].id;
    const add = async (title: string, parentId: string | null, numbered = true) =>
      (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title, parentId, numbered } }))['addSection'].id as string;
    const summary = await add('Executive summary', null, false);
    const chapter = await add('Migration trends', null);
    const immigration = await add('Immigration', chapter);
    const emigration = await add('Emigration', chapter);
    ids = { summary, chapter, immigration, emigration };
    await save(summary, SUMMARY);
    await save(immigration, IMMIGRATION);
    await save(emigration, EMIGRATION);
    const published = await prepare('2024.1');
    await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: published });
    const withdrawn = await prepare('2024.0-beta');
    await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: withdrawn });
    await must(`mutation($id: ID!, $reason: String!) { withdrawRelease(id: $id, reason: $reason) { id } }`, { id: withdrawn, reason: 'Figures of table 2 were wrong' });
    const candidate = await prepare('2024.2');
    releases = { published, candidate, withdrawn };
    // After the releases: the draft moves on, the frozen releases do not.
    await save(summary, { type: 'doc', content: [para(text('A newer summary, written after the release.'))] });
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  const RELEASE_TEXTS = [
    'Norland is a country of emigration and, lately, of immigration.',
    'Immigrants were 4.2% of residents in 2023, mostly young',
    'the statistics office',
    'A second line after a hard break.',
    'Countries of origin',
    'Neighbouring Sudland',
    'Mostly seasonal workers',
    'Students from Ostmark',
    'Migration is a development resource.',
    'Country',
    '41,200',
    'of whom seasonal 12,000',
    'Remittances rose.',
    'Ассоциация мигрантов',
    // Words, not phrases, of scripts mixed with right-to-left ones: text extraction reorders such a line.
    'Ελληνική',
    'κοινότητα',
  ];
  /** A release freezes the sections with text and keeps the chapter heading between them (no text of its own). */
  const HEADINGS = ['Executive summary', '1 Migration trends', '1.1 Immigration', '1.2 Emigration'];
  const DRAFT_HEADINGS = HEADINGS;
  const FOOTNOTES = ['Census 2021, table 7.', 'Central bank, balance of payments 2023.'];
  const ORGANISATIONS = ['Ministry of Internal Affairs (MIA)', 'Norland Migrant Support Network', 'IOM – Norland office (IOM)'];

  describe('a published release, without signing in', () => {
    it('is a Word file with a title page, contents, every numbered heading and text, and real footnotes', async () => {
      const { res, bytes } = await download(`/exports/releases/${releases.published}.docx`);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="Migration-Profile-of-Norland-Unicode-2024-release-2024.1.docx"; filename*=UTF-8''${encodeURIComponent('Migration Profile of Norland — Ünïcode 2024 release 2024.1.docx')}`,
      );
      const parts = docxParts(bytes);
      const body = xmlText(parts['word/document.xml']!);
      const lines = body.split('\n').map(words);
      // Title page, in order: workspace, title, edition, version, date, then the organisations.
      const titlePage = lines.slice(0, lines.indexOf('Contents'));
      expect(titlePage.slice(0, 4)).toEqual(['Republic of Norland (NL)', 'Migration Profile of Norland — Ünïcode', 'Edition 2024', 'Release 2024.1']);
      expect(titlePage[4]).toMatch(/^Published \d{1,2} [A-Z][a-z]+ \d{4}$/);
      for (const name of ORGANISATIONS) expect(titlePage).toContain(name);
      expect(titlePage).toContain('Notes of 2024.1');
      // The contents list every heading as a link to its bookmark; each heading is in a Word heading style.
      for (const heading of HEADINGS) expect(lines.filter((l) => l === heading)).toHaveLength(2);
      expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:bookmarkStart w:name="s2" w:id="\d+"\/><w:r><w:t xml:space="preserve">1 Migration trends<\/w:t><\/w:r><w:bookmarkEnd w:id="\d+"\/><\/w:p><w:p><w:pPr><w:pStyle w:val="Heading2"\/>/);
      expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:bookmarkStart w:name="s3" w:id="\d+"\/><w:r><w:t xml:space="preserve">1\.1 Immigration</);
      expect(parts['word/document.xml']).toMatch(/<w:hyperlink w:history="1" w:anchor="s3"><w:r>.*?1\.1 Immigration</);
      for (const phrase of RELEASE_TEXTS) expect({ phrase, found: words(body).includes(phrase) }).toEqual({ phrase, found: true });
      expect(body).not.toContain('A newer summary');
      expect(body).not.toContain('\u0007');
      // Footnotes are Word footnotes: a reference in the text, the note in footnotes.xml.
      expect(parts['word/document.xml']!.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
      const notes = xmlText(parts['word/footnotes.xml']!);
      for (const note of FOOTNOTES) expect(notes).toContain(note);
      // A table with its header row repeated and the spans of the document.
      expect(parts['word/document.xml']).toContain('<w:tblHeader/>');
      expect(parts['word/document.xml']).toContain('<w:gridSpan w:val="2"/>');
      expect(parts['word/document.xml']).toContain('<w:vMerge w:val="restart"/>');
      // Published: no state in the header, page numbers in the footer.
      expect(Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name))).toEqual([]);
      const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
      expect(footer).toMatch(/PAGE/);
    });

    it('is a PDF with the title page, contents with page numbers, every heading and text, and the footnotes', async () => {
      const { res, bytes } = await download(`/exports/releases/${releases.published}.pdf`);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain('filename="Migration-Profile-of-Norland-Unicode-2024-release-2024.1.pdf"');
      expect(strFromU8(bytes.slice(0, 5))).toBe('%PDF-');
      const pages = await pdfPages(bytes);
      expect(pages[0]).toContain('Republic of Norland (NL)');
      expect(pages[0]).toContain('Migration Profile of Norland — Ünïcode');
      expect(pages[0]).toContain('Edition 2024');
      expect(pages[0]).toContain('Release 2024.1');
      expect(pages[0]).toMatch(/Published \d{1,2} [A-Z][a-z]+ \d{4}/);
      for (const name of ORGANISATIONS) expect(pages[0]).toContain(name);
      expect(pages[1]).toContain('Contents');
      for (const heading of HEADINGS) expect(pages[1]).toMatch(new RegExp(`${heading.replace(/\./g, '\\.')} \\d+`));
      const all = pages.slice(2).join(' ');
      for (const heading of HEADINGS) expect(all).toContain(heading);
      for (const phrase of [...RELEASE_TEXTS, ...FOOTNOTES]) expect({ phrase, found: all.includes(phrase) }).toEqual({ phrase, found: true });
      expect(all).not.toContain('A newer summary');
      pages.forEach((page, i) => expect({ i, page: page.includes(`Page ${i + 1} of ${pages.length}`), draft: page.includes('DRAFT') }).toEqual({ i, page: true, draft: false }));
    });

    it('is cached with an ETag and answers 304 when the reader has it', async () => {
      const first = await get(`/exports/releases/${releases.published}.pdf`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const again = await get(`/exports/releases/${releases.published}.pdf`, undefined, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
      const signedIn = await get(`/exports/releases/${releases.published}.pdf`, 'coordinator');
      expect(signedIn.headers.get('etag')).toBe(etag);
    });
  });

  describe('in another language', () => {
    it('is a PDF whose fixed words, dates and page numbers are in the language asked for (?lang=), its text as written', async () => {
      const { res, bytes } = await download(`/exports/releases/${releases.published}.pdf?lang=ru`);
      // The file name says "версия" (release) too.
      expect(res.headers.get('content-disposition')).toContain(`${encodeURIComponent('2024 версия 2024.1')}.pdf`);
      const pages = await pdfPages(bytes);
      expect(pages[0]).toContain('Выпуск 2024');
      expect(pages[0]).toContain('Публикуемая версия 2024.1');
      expect(pages[0]).toMatch(/Опубликовано \d{1,2} [а-я]+ \d{4}/);
      expect(pages[0]).toContain('Техническая рабочая группа');
      expect(pages[1]).toContain('Содержание');
      pages.forEach((page, i) => expect({ i, page: page.includes(`Страница ${i + 1} из ${pages.length}`) }).toEqual({ i, page: true }));
      const all = pages.slice(2).join(' ');
      for (const phrase of RELEASE_TEXTS) expect({ phrase, found: all.includes(phrase) }).toEqual({ phrase, found: true });
      // Another language is another file: its own ETag, cached beside the English one.
      const english = await get(`/exports/releases/${releases.published}.pdf`);
      expect(res.headers.get('etag')).not.toBe(english.headers.get('etag'));
      expect(english.headers.get('vary')).toBe('Accept-Language');
      expect((await get(`/exports/releases/${releases.published}.pdf?lang=ru`, undefined, { 'if-none-match': res.headers.get('etag')! })).status).toBe(304);
    });

    it('is a right-to-left Word file in Arabic when Accept-Language asks for it', async () => {
      const res = await get(`/exports/releases/${releases.published}.docx`, undefined, { 'accept-language': 'ar-EG, en;q=0.5' });
      expect(res.status).toBe(200);
      const parts = docxParts(new Uint8Array(await res.arrayBuffer()));
      const document = parts['word/document.xml']!;
      const body = xmlText(document);
      expect(body).toContain('المحتويات');
      expect(body).toContain('الإصدار 2024');
      expect(body).toContain('النسخة المنشورة 2024.1');
      expect(body).toContain('الفريق العامل التقني');
      // Every paragraph runs right to left.
      expect((document.match(/<w:bidi\/>/g) ?? []).length).toBe((document.match(/<w:p>|<w:p /g) ?? []).length);
      for (const phrase of RELEASE_TEXTS) expect({ phrase, found: words(body).includes(phrase) }).toEqual({ phrase, found: true });
    });

    it("is in the signed-in person's interface language (users.locale) when the address names none", async () => {
      await must(`mutation { setMyLocale(locale: "fr") { id } }`, {}, 'observer');
      try {
        const pages = await pdfPages((await download(`/exports/profiles/${profileId}.pdf`, 'observer')).bytes);
        expect(pages[0]).toContain('Brouillon actuel');
        expect(pages[0]).toContain('Brouillon — ne pas citer.');
        pages.forEach((page, i) => expect({ i, mark: page.includes('BROUILLON — ne pas citer') }).toEqual({ i, mark: true }));
        // The address's language wins over the account's.
        const es = await pdfPages((await download(`/exports/profiles/${profileId}.pdf?lang=es`, 'observer')).bytes);
        expect(es[0]).toContain('Borrador actual');
      } finally {
        await must(`mutation { setMyLocale(locale: "en") { id } }`, {}, 'observer');
      }
    });
  });

  describe('a withdrawn release', () => {
    it('stays downloadable, marked withdrawn with its reason on the title page and on every page', async () => {
      const pages = await pdfPages((await download(`/exports/releases/${releases.withdrawn}.pdf`)).bytes);
      expect(pages[0]).toMatch(/Withdrawn on \d{1,2} [A-Z][a-z]+ \d{4}: Figures of table 2 were wrong/);
      pages.forEach((page, i) => expect({ i, marked: page.includes('WITHDRAWN') }).toEqual({ i, marked: true }));
      const parts = docxParts((await download(`/exports/releases/${releases.withdrawn}.docx`)).bytes);
      expect(xmlText(parts['word/document.xml']!)).toContain('Figures of table 2 were wrong');
      const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
      expect(headers.length).toBeGreaterThan(0);
      for (const [, xml] of headers) expect(xmlText(xml)).toContain('WITHDRAWN');
    });
  });

  describe('a release candidate', () => {
    it('is NOT_FOUND to anonymous readers, contributors and other workspaces, as if it did not exist', async () => {
      for (const who of [undefined, 'contributor', 'outsider'] as const) {
        for (const ext of ['pdf', 'docx']) {
          expect({ who, ext, ...(await errorOf(`/exports/releases/${releases.candidate}.${ext}`, who)) }).toEqual({
            who,
            ext,
            status: 404,
            type: expect.stringContaining('application/json'),
            code: 'NOT_FOUND',
          });
        }
      }
    });

    it('is for members who read every draft, marked a candidate on every page, never in a shared cache', async () => {
      const { res, bytes } = await download(`/exports/releases/${releases.candidate}.pdf`, 'observer');
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      const pages = await pdfPages(bytes);
      expect(pages[0]).toContain('Release candidate — not yet published, not for citation.');
      pages.forEach((page, i) => expect({ i, marked: page.includes('RELEASE CANDIDATE') }).toEqual({ i, marked: true }));
    });
  });

  describe("a profile's current draft", () => {
    it('is a PDF with DRAFT on every page and the current text of every section', async () => {
      const { res, bytes } = await download(`/exports/profiles/${profileId}.pdf`, 'observer');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('content-disposition')).toMatch(/filename="Migration-Profile-of-Norland-Unicode-2024-draft-\d{4}-\d{2}-\d{2}\.pdf"/);
      const pages = await pdfPages(bytes);
      expect(pages[0]).toContain('Draft — not for citation');
      expect(pages[0]).toContain('Current draft');
      for (const name of ORGANISATIONS) expect(pages[0]).toContain(name);
      pages.forEach((page, i) => expect({ i, draft: page.includes('DRAFT') }).toEqual({ i, draft: true }));
      const all = pages.join(' ');
      expect(all).toContain('A newer summary, written after the release.');
      for (const heading of DRAFT_HEADINGS) expect(all).toContain(heading);
      // The chapter's text is its sections: no "No text yet." in a draft whose every leaf has text.
      expect(all).not.toContain('No text yet.');
      for (const phrase of [...RELEASE_TEXTS.slice(1), ...FOOTNOTES]) expect({ phrase, found: all.includes(phrase) }).toEqual({ phrase, found: true });
    });

    it('is a Word file with DRAFT in the header of every page and a watermark', async () => {
      const parts = docxParts((await download(`/exports/profiles/${profileId}.docx`, 'focal')).bytes);
      const document = parts['word/document.xml']!;
      // One section, its default header used by every page (no separate first-page or even-page header).
      expect(document.match(/<w:headerReference /g)).toHaveLength(1);
      expect(document).toMatch(/<w:headerReference w:type="default" r:id="(rId\d+)"\/>/);
      expect(document).not.toContain('<w:titlePg');
      const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
      expect(headers).toHaveLength(1);
      expect(xmlText(headers[0]![1])).toContain('DRAFT — not for citation');
      expect(headers[0]![1]).toContain('string="DRAFT"');
      const body = xmlText(document);
      expect(body).toContain('Draft — not for citation');
      expect(body).toContain('A newer summary, written after the release.');
      for (const heading of DRAFT_HEADINGS) expect(body).toContain(heading);
      for (const note of FOOTNOTES) expect(xmlText(parts['word/footnotes.xml']!)).toContain(note);
    });

    it('is refused to anonymous callers (401), contributors (403) and other workspaces (404)', async () => {
      const cases: Array<[Who | undefined, number, string]> = [
        [undefined, 401, 'UNAUTHENTICATED'],
        ['contributor', 403, 'FORBIDDEN'],
        ['outsider', 404, 'NOT_FOUND'],
      ];
      for (const [who, status, code] of cases) {
        for (const ext of ['pdf', 'docx']) {
          const got = await errorOf(`/exports/profiles/${profileId}.${ext}`, who);
          expect({ who, ext, status: got.status, code: got.code }).toEqual({ who, ext, status, code });
        }
      }
    });
  });

  it('answers unknown and malformed ids with a JSON 404, never a 500', async () => {
    const paths = [
      '/exports/releases/not-an-id.pdf',
      '/exports/releases/00000000-0000-4000-8000-000000000000.docx',
      `/exports/releases/${profileId}.pdf`,
      '/exports/releases/%27%3B%20DROP%20TABLE%20releases.pdf',
      `/exports/releases/${releases.published}.txt`,
      `/exports/releases/${releases.published}`,
    ];
    for (const path of paths) {
      expect({ path, ...(await errorOf(path)) }).toEqual({ path, status: 404, type: expect.stringContaining('application/json'), code: 'NOT_FOUND' });
    }
    for (const path of ['/exports/profiles/x.pdf', `/exports/profiles/${releases.published}.docx`, `/exports/profiles/${ids.summary}.pdf`]) {
      expect({ path, ...(await errorOf(path, 'coordinator')) }).toEqual({ path, status: 404, type: expect.stringContaining('application/json'), code: 'NOT_FOUND' });
    }
  });
});
