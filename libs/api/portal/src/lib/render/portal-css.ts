import { createHash } from 'node:crypto';

/**
 * The portal's only stylesheet, served from /portal/assets/ (the Content-Security-Policy allows our own files; the
 * pages need no script at all). GOV.UK-like: system fonts, large type, strong focus, underlined links, a print layout.
 */
export const PORTAL_CSS = `
:root { --ink: #0b0c0c; --muted: #505a5f; --line: #b1b4b6; --link: #1d70b8; --visited: #4c2c92; --focus: #ffdd00;
  --navy: #0b2e4f; --accent: #ffbf47; --ins: #e6f4ea; --del: #fde8e8; --warn: #d4351c; --panel: #f3f2f1; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.1875rem; line-height: 1.5; color: var(--ink); background: #fff; }
a { color: var(--link); text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: max(3px, .1875rem); }
a:focus-visible, button:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid transparent;
  background: var(--focus); color: var(--ink); box-shadow: 0 -2px var(--focus), 0 4px var(--ink); text-decoration: none; }
select:focus-visible, button:focus-visible { box-shadow: 0 0 0 3px var(--focus), 0 0 0 6px var(--ink); }
.skip-link { position: absolute; inset-inline-start: -9999px; top: 0; padding: .5rem 1rem; background: var(--focus); color: var(--ink); z-index: 10; }
.skip-link:focus { inset-inline-start: 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.site-header { background: var(--navy); border-bottom: 6px solid var(--accent); color: #fff; }
.site-header .inner, .site-footer .inner, main, .crumbs { max-width: 1020px; margin: 0 auto; padding: 0 1rem; }
.site-header .inner { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: baseline; justify-content: space-between; padding-block: .75rem; }
.site-header a { color: #fff; text-decoration: none; font-weight: 700; }
.site-header a:hover { text-decoration: underline; }
.site-header .brand { font-size: 1.25rem; }
.site-header .portal-name { font-weight: 400; margin-inline-start: .5rem; opacity: .9; }
.languages ul { display: flex; flex-wrap: wrap; gap: .25rem .75rem; list-style: none; margin: 0; padding: 0; }
.site-header .languages a { font-weight: 400; }
.site-header .languages a[aria-current] { font-weight: 700; text-decoration: underline; }
.crumbs ol { list-style: none; margin: 0; padding: .75rem 0 0; font-size: 1rem; display: flex; flex-wrap: wrap; gap: .25rem; }
.crumbs li + li::before { content: "›"; margin-inline-end: .35rem; color: var(--muted); }
main { padding-block: 1.5rem 3rem; }
h1 { font-size: clamp(1.75rem, 1.3rem + 2vw, 2.5rem); line-height: 1.15; margin: .5rem 0 1rem; }
h2 { font-size: clamp(1.375rem, 1.2rem + 1vw, 1.75rem); line-height: 1.2; margin: 2rem 0 .75rem; }
h3 { font-size: 1.375rem; margin: 1.5rem 0 .5rem; }
h4, h5, h6 { font-size: 1.1875rem; margin: 1.25rem 0 .5rem; }
p, ul, ol, table, blockquote, dl { margin: 0 0 1rem; }
.lead { font-size: 1.375rem; color: var(--ink); max-width: 40em; }
.caption { display: block; color: var(--muted); font-size: 1.1875rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; margin: 0 0 1.5rem; }
.meta dt { font-weight: 700; }
.meta dd { margin: 0; }
.tag { display: inline-block; padding: .1rem .5rem; font-size: .9rem; font-weight: 700; letter-spacing: .02em;
  text-transform: uppercase; background: #cce2d8; color: #005a30; vertical-align: middle; }
.tag.withdrawn { background: #f4cdc6; color: #942514; }
.banner { border: 5px solid var(--warn); padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.banner p:last-child { margin-bottom: 0; }
.panel { background: var(--panel); padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.panel h2 { margin-top: 0; font-size: 1.375rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.places, .plain { list-style: none; padding: 0; }
.places li { border-top: 1px solid var(--line); padding: .75rem 0; }
.places li:last-child { border-bottom: 1px solid var(--line); }
.places a { font-size: 1.375rem; font-weight: 700; }
.hint { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; vertical-align: top; padding-block: .5rem; padding-inline: 0 1rem; border-bottom: 1px solid var(--line); }
th { font-weight: 700; }
.toc ol { list-style: none; padding-inline-start: 0; }
.toc li { margin: .3rem 0; }
.toc .depth-1 { padding-inline-start: 1.5rem; }
.toc .depth-2 { padding-inline-start: 3rem; }
.toc .depth-3 { padding-inline-start: 4.5rem; }
.toc .number { font-variant-numeric: tabular-nums; }
.section { border-top: 2px solid var(--line); margin-top: 2rem; scroll-margin-top: 1rem; }
.section > header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 1rem; }
.section > header h2, .section > header h3, .section > header h4 { margin-bottom: .5rem; }
.section-tools { font-size: 1rem; display: flex; gap: 1rem; }
.section.chapter > .body:empty { display: none; }
.section.chapter + .section { border-top: 0; margin-top: .5rem; }
.body { max-width: 44em; overflow-wrap: anywhere; }
.body table { display: block; overflow-x: auto; }
/* Text people wrote takes its own direction in any page language: an English paragraph on an Arabic page reads left to
   right, an Arabic one on an English page right to left (like dir="auto" per paragraph). */
.body :is(p, li, h2, h3, h4, h5, h6, td, th, caption, figcaption), .panel p, .toc a { unicode-bidi: plaintext; }
.body blockquote { border-inline-start: 5px solid var(--line); padding-inline-start: 1rem; margin-inline-start: 0; }
.indicator-block { margin: 0 0 1.5rem; }
.indicator-block caption { text-align: start; font-weight: 700; padding-bottom: .5rem; }
.indicator-block td { font-variant-numeric: tabular-nums; }
.indicator-block figcaption { font-size: 1rem; color: var(--muted); }
.indicator-block figcaption p { margin: .25rem 0 0; }
.footnotes { font-size: 1rem; border-top: 1px solid var(--line); padding-top: .75rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 2rem; }
form.compare { margin-bottom: 2rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
form.compare label { display: block; font-weight: 700; margin-bottom: .25rem; }
select { font: inherit; min-height: 2.5rem; padding: .25rem .5rem; border: 2px solid var(--ink); background: #fff; max-width: 100%; }
button { font: inherit; font-weight: 700; padding: .5rem 1.25rem; min-height: 2.75rem; border: 0; color: #fff;
  background: #00703c; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
ins { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; color: #005a30; }
del { background: var(--del); text-decoration: line-through; text-decoration-thickness: 2px; color: #942514; }
.diff-block.added { border-inline-start: 5px solid #00703c; padding-inline-start: .75rem; }
.diff-block.removed { border-inline-start: 5px solid var(--warn); padding-inline-start: .75rem; }
.diff-status { font-weight: 700; font-size: 1rem; }
details > summary { cursor: pointer; color: var(--link); text-decoration: underline; }
.site-footer { border-top: 1px solid var(--line); background: var(--panel); font-size: 1rem; }
.site-footer .inner { padding-block: 1.25rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; justify-content: space-between; }
@media (max-width: 40em) {
  body { font-size: 1.0625rem; }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: .5rem; }
  th, td { padding-inline-end: .5rem; }
}
@media print {
  @page { margin: 2cm 1.8cm; }
  body { font-size: 11pt; color: #000; }
  .site-header, .crumbs, .skip-link, .site-footer, .section-tools, .pager, .actions, form.compare, .no-print { display: none !important; }
  main { max-width: none; padding: 0; }
  .body { max-width: none; }
  a { color: #000; text-decoration: none; }
  .body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; word-break: break-all; }
  .toc a::after { content: none; }
  .section { border-top: 0; break-inside: auto; }
  .section.depth-0 { break-before: page; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, blockquote, li { break-inside: avoid; }
  .banner { border-width: 2pt; }
  details { display: block; }
  details > summary { display: none; }
  ins, del { background: none; }
}
`;

/** Content hash of the stylesheet: its address changes when it does, so it can be cached for a year. */
export const PORTAL_CSS_HASH = createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 12);
export const PORTAL_CSS_PATH = `/portal/assets/portal.${PORTAL_CSS_HASH}.css`;
