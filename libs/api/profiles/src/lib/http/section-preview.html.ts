import { html, SafeHtml, trusted } from '@mps/api-core';
import { FIRST_PAINT_ATTRIBUTE, FIRST_PAINT_ID, sectionTitleParts } from '@mps/shared-domain';
import type { SectionPreview } from '../services/section-preview.service';

/**
 * The first paint's own styles: the app's stylesheet comes after it (http.ts moves it below this element), so these
 * few rules are all it has. They copy the app shell's and the profile screen's measures (header 64 px with its
 * 4 px rule, the 248 px sidebar from 62em, the page's padding and 75rem width, the outline | text | details columns at
 * the same container widths, the title's size, the text's typography), so the app takes over without the text moving.
 */
const STYLES = `
html[${FIRST_PAINT_ATTRIBUTE}] #root{display:none}
.fp{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#0b0c0c;font-size:16px;line-height:1.5}
body:has(.fp){margin:0}
.fp-header{position:fixed;inset:0 0 auto 0;height:60px;background:#0b3d5c;border-bottom:4px solid #ffbf47;display:flex;align-items:center;padding-inline:12px;z-index:1}
.fp-brand{color:#fff;font-weight:700;line-height:1.15;font-size:clamp(1rem,0.9rem + 0.6vw,1.25rem);text-wrap:balance;max-width:9.5em}
.fp-navbar{display:none}
.fp-main{padding-top:64px}
.fp-page{container-type:inline-size;max-width:75rem;padding:20px 16px;box-sizing:border-box}
.fp-profile{margin:0 0 20px;font-size:14px;font-weight:600;color:#5c6670}
.fp-layout{display:grid;gap:20px;grid-template-columns:minmax(0,1fr);align-items:start}
.fp-outline{display:none}
.fp-outline ol{list-style:none;margin:0;padding:0}
.fp-outline a{display:block;padding:6px 12px;color:#0b0c0c;text-decoration:none;font-size:15px;font-weight:600;line-height:1.35}
.fp-outline a[aria-current]{background:#e7f0f7;border-inline-start:3px solid #0b3d5c}
.fp-outline [data-depth="1"] a{padding-inline-start:24px;font-weight:400}
.fp-outline [data-depth="2"] a,.fp-outline [data-depth="3"] a{padding-inline-start:36px;font-weight:400}
.fp h1{font-size:28px;line-height:1.2;font-weight:700;margin:0 0 16px;overflow-wrap:anywhere}
.fp .mps-prose{max-width:70ch;font-size:1.0625rem;line-height:1.65;overflow-wrap:break-word}
.fp .mps-prose>:first-child{margin-top:0}
.fp .mps-prose :is(p,ul,ol,blockquote,table){margin:0 0 1em}
.fp .mps-prose :is(h2,h3,h4){line-height:1.3;margin:1.6em 0 .5em}
.fp .mps-prose h2{font-size:1.375rem}
.fp .mps-prose h3{font-size:1.1875rem}
.fp .mps-prose table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}
.fp .mps-prose :is(th,td){border:1px solid #adb5bd;padding:6px 10px;text-align:start;vertical-align:top}
.fp .mps-prose a{color:#1d4f78}
.fp .mps-prose :is(p,li,h2,h3,h4,blockquote,td,th){unicode-bidi:plaintext;text-align:start}
@media (min-width:48em){.fp-page{padding:32px}.fp h1{font-size:36px}.fp-header{padding-inline:16px}.fp-brand{max-width:none}}
@media (min-width:62em){.fp-navbar{display:block;position:fixed;top:64px;bottom:0;inset-inline-start:0;width:248px;box-sizing:border-box;border-inline-end:1px solid #dee2e6}.fp-main{padding-inline-start:248px}}
@container (min-width:40rem){.fp-layout{grid-template-columns:13.5rem minmax(0,1fr)}.fp-outline{display:block}}
@container (min-width:58rem){.fp-layout{grid-template-columns:13.5rem minmax(0,1fr) 19rem}}
`.trim();

const sectionAddress = (profileId: string, sectionId: string) => `/profiles/${profileId}/sections/${sectionId}`;

/**
 * The server's first paint of a section page: the header, the outline and the section's text as the profile screen
 * lays them out (each block of text in the direction of its own letters, as the app's prose styles do), with no
 * script and nothing to operate but links (each a full page load until the app runs). Every stored word is escaped
 * by `html`; the text is the revision's HTML that renderContent wrote (trusted, as on the public portal).
 * `editionLabel` words the edition in the reader's language as the app's header does ("Edition 2024"), so nothing
 * moves when the app takes over.
 */
export function renderSectionPreview(preview: SectionPreview, editionLabel: (edition: string) => string): SafeHtml {
  const outline = preview.outline.map(
    (entry) =>
      html`<li data-depth="${String(Math.min(entry.depth, 3))}"><a href="${sectionAddress(preview.profile.id, entry.id)}"${entry.id === preview.section.id ? trusted(' aria-current="page"') : ''}>${numberedTitle(entry)}</a></li>`,
  );
  const text = preview.html ? html`<div class="mps-prose">${trusted(preview.html)}</div>` : '';
  return html`<style id="${FIRST_PAINT_ID}-style">${trusted(STYLES)}</style><div id="${FIRST_PAINT_ID}" class="fp"><header class="fp-header"><span class="fp-brand" dir="auto">Migration Profile Studio</span></header><div class="fp-navbar"></div><main class="fp-main"><div class="fp-page"><p class="fp-profile"><bdi>${preview.profile.title}</bdi> · <bdi>${editionLabel(preview.profile.edition)}</bdi></p><div class="fp-layout"><nav class="fp-outline"><ol>${outline}</ol></nav><article aria-labelledby="fp-section-title"><h1 id="fp-section-title">${numberedTitle(preview.section)}</h1>${text}</article></div></div></main></div>`;
}

/** "A.1 Irregular migration", the number apart as the app writes it (sectionTitleParts: never "A.1 A.1 ..."). */
function numberedTitle(entry: { number: string; title: string }): SafeHtml {
  const { number, title } = sectionTitleParts(entry);
  return html`${number ? html`<span class="mps-section-number">${number} </span>` : ''}${title}`;
}
