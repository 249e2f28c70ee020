// npm run bench (after bench/run.mjs): Word and PDF generation of large documents (issue 9, item 4), with the
// compiled renderers of dist/api, on their worker threads as the server runs them. For each document: the time to
// the file, its size, and how late a 10 ms timer of the main thread fired meanwhile (the event loop's stall: what
// every other request of the server would wait).
// Needs `npm run build:api`.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'dist/api/libs/api/exports/src/index.js'));
const { buildExportOutline } = require('./lib/outline/export-outline.js');
const { renderInWorker } = require('./lib/render/render-pool.js');

const text = (t, marks) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (i) => ({ type: 'paragraph', content: [text(`Paragraph ${i}: `), text('migration and development ', [{ type: 'bold' }]), text(`${'lorem ipsum dolor sit amet '.repeat(17)}`), { type: 'footnote', attrs: { text: `Source ${i}.` } }] });
const doc = (content) => ({ type: 'doc', content });
const section = (i, content, depth = 1) => ({ sectionId: String(i), key: null, number: `${i}`, title: `Section ${i}`, depth, revisionId: 'r', revisionNumber: 1, content, html: null, text: null });
const table = (rows, columns) => ({
  type: 'table',
  content: Array.from({ length: rows }, (_, r) => ({ type: 'tableRow', content: Array.from({ length: columns }, (_, c) => ({ type: r ? 'tableCell' : 'tableHeader', attrs: {}, content: [{ type: 'paragraph', content: [text(`${r}.${c} value`)] }] })) })),
});
let deep = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('deepest')] }] }] };
for (let i = 0; i < 90; i += 1) deep = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text(`level ${i}`)] }, deep] }] };

const twoMb = doc(Array.from({ length: 4200 }, (_, i) => para(i)));
const arabicPara = (i) => ({ type: 'paragraph', content: [text(`الفقرة ${i}: `), text('الهجرة والتنمية ', [{ type: 'bold' }]), text('تقرير عن الهجرة والتنمية في البلد '.repeat(14)), { type: 'footnote', attrs: { text: `المصدر ${i}.` } }] });
const cases = [
  ['300 sections of ~2.5 KB', Array.from({ length: 300 }, (_, i) => section(i, doc(Array.from({ length: 5 }, (_, j) => para(j))), i % 3))],
  // An Arabic file of Arabic text: right to left, shaped, every run ending in an Arabic word padded (ADR 0024).
  ['300 Arabic sections, Arabic file', Array.from({ length: 300 }, (_, i) => section(i, doc(Array.from({ length: 5 }, (_, j) => arabicPara(j))), i % 3)), 'ar'],
  [`one 2 MB section (${(JSON.stringify(twoMb).length / 1e6).toFixed(1)} MB JSON)`, [section(1, twoMb, 0)]],
  ['table of 500 rows x 12 columns', [section(1, doc([table(500, 12)]), 0)]],
  ['list nested 90 deep', [section(1, doc([deep]), 0)]],
];

const base = { kind: 'DRAFT', profileId: 'p', title: 'Bench profile', edition: '2024', workspace: { id: 'w', name: 'Norland', slug: 'n', countryCode: 'XN' }, organizations: [], release: null, asOf: new Date() };
console.log('document exports (worker threads; stall = worst lateness of a 10 ms main-thread timer)');
for (const [name, sections, locale = 'en'] of cases) {
  let t = performance.now();
  const outline = buildExportOutline({ ...base, sections }, locale);
  const outlineMs = performance.now() - t;
  for (const format of ['docx', 'pdf']) {
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 10);
      last = now;
    }, 10);
    t = performance.now();
    const bytes = await renderInWorker(format, outline);
    const ms = performance.now() - t;
    clearInterval(timer);
    console.log(`  ${name.padEnd(42)} ${format.padEnd(4)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB  stall ${worst.toFixed(0).padStart(4)} ms  (outline ${outlineMs.toFixed(0)} ms)`);
  }
}
