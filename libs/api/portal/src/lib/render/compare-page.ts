import type { DocumentSection, ProfileDocument } from '@mps/api-releases';
import {
  DiffBlock,
  documentDiff,
  DocumentDiff,
  InterfaceLanguage,
  PORTAL_PREFIX,
  portalPaths,
  sectionLabel,
  WordDiffHunk,
} from '@mps/shared-domain';
import { html, SafeHtml } from '@mps/api-core';
import { renderPage } from './layout';
import { translator } from './release-pages';

/** A release to choose in the compare form. */
export interface CompareChoice {
  id: string;
  edition: string;
  version: string;
  withdrawn: boolean;
}

export type SectionComparison =
  | { kind: 'added'; to: DocumentSection }
  | { kind: 'removed'; from: DocumentSection }
  | { kind: 'matched'; from: DocumentSection; to: DocumentSection; diff: DocumentDiff; unchanged: boolean };

/** The identity that matches a section across releases and editions: its key, else (same profile) its id. */
const identity = (s: DocumentSection) => s.key ?? s.sectionId;

/**
 * The sections of two releases side by side, in the newer one's order: matched by key (kept across editions), each
 * pair diffed with its structure; a section only in the older release is placed after the matched section it
 * followed there.
 */
export function compareSections(fromRelease: ProfileDocument, toRelease: ProfileDocument): SectionComparison[] {
  // Texts are compared: chapter headings (no revision) hold none, and releases prepared before they were kept lack them.
  const from = { sections: fromRelease.sections.filter((s) => s.revisionId !== null) };
  const to = { sections: toRelease.sections.filter((s) => s.revisionId !== null) };
  const fromIndex = new Map(from.sections.map((s, i) => [identity(s), i]));
  const emitted = new Set<number>();
  const out: SectionComparison[] = [];
  const removedUpTo = (limit: number) => {
    for (let i = 0; i < limit; i++) {
      if (emitted.has(i) || toIds.has(identity(from.sections[i]))) continue;
      emitted.add(i);
      out.push({ kind: 'removed', from: from.sections[i] });
    }
  };
  const toIds = new Set(to.sections.map(identity));
  for (const section of to.sections) {
    const j = fromIndex.get(identity(section));
    if (j === undefined) {
      out.push({ kind: 'added', to: section });
      continue;
    }
    removedUpTo(j);
    emitted.add(j);
    const before = from.sections[j];
    const diff = documentDiff(before.content ?? { type: 'doc', content: [] }, section.content ?? { type: 'doc', content: [] });
    out.push({ kind: 'matched', from: before, to: section, diff, unchanged: diff.added === 0 && diff.removed === 0 && before.title === section.title });
  }
  removedUpTo(from.sections.length);
  return out;
}

export interface ComparePageInput {
  language: InterfaceLanguage;
  place: { name: string; slug: string };
  /** The release the visitor came from (or the older one chosen). */
  from: ProfileDocument;
  /** Null: only the form, to choose the second release. */
  to: ProfileDocument | null;
  choices: CompareChoice[];
  /** PUBLIC_URL: the canonical and alternate links are absolute. */
  baseUrl?: string;
}

function words(hunks: readonly WordDiffHunk[], t: ReturnType<typeof translator>): SafeHtml {
  return html`${hunks.map((h) =>
    h.op === 'INSERT'
      ? html`<ins><span class="visually-hidden">${t('added')} </span>${h.text}</ins>`
      : h.op === 'DELETE'
        ? html`<del><span class="visually-hidden">${t('removed')} </span>${h.text}</del>`
        : html`${h.text}`,
  )}`;
}

/** The blocks of a diff as HTML: headings, paragraphs, lists (consecutive items grouped), quotes and tables. */
function diffBlocks(blocks: readonly DiffBlock[], headingShift: number, t: ReturnType<typeof translator>): SafeHtml {
  const parts: SafeHtml[] = [];
  let k = 0;
  while (k < blocks.length) {
    const b = blocks[k];
    if (b.kind === 'listItem' && b.lists?.length) {
      const ordered = b.lists[b.lists.length - 1] === 'ordered';
      const items: SafeHtml[] = [];
      const depth = b.lists.length;
      while (k < blocks.length && blocks[k].kind === 'listItem' && blocks[k].lists?.length === depth && blocks[k].quote === b.quote) {
        items.push(html`<li class="${`diff-block ${blocks[k].change}`}">${words(blocks[k].hunks, t)}${blocks[k].moved ? html` <span class="hint">${t('moved')}</span>` : ''}</li>`);
        k++;
      }
      const list = ordered ? html`<ol class="nest-${depth}">${items}</ol>` : html`<ul class="nest-${depth}">${items}</ul>`;
      parts.push(b.quote ? html`<blockquote>${list}</blockquote>` : list);
      continue;
    }
    k++;
    const moved = b.moved ? html` <span class="hint">${t('moved')}</span>` : '';
    let inner: SafeHtml;
    if (b.kind === 'table' && b.rows) {
      inner = html`<table><tbody>${b.rows.map(
        (r) => html`<tr class="${`diff-block ${r.change}`}">${r.cells.map((c) => {
          const span = html`${c.colspan > 1 ? html` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? html` rowspan="${c.rowspan}"` : ''}`;
          return c.header ? html`<th${span}>${words(c.hunks, t)}</th>` : html`<td${span}>${words(c.hunks, t)}</td>`;
        })}</tr>`,
      )}</tbody></table>`;
    } else if (b.kind === 'heading') {
      const level = Math.min(6, (b.level ?? 2) + headingShift);
      inner = html`<p class="${`diff-block ${b.change} heading-${level}`}" role="heading" aria-level="${level}"><strong>${words(b.hunks, t)}</strong>${moved}</p>`;
    } else if (b.kind === 'footnote') {
      inner = html`<p class="${`diff-block ${b.change} footnote`}"><small>${words(b.hunks, t)}</small>${moved}</p>`;
    } else {
      inner = html`<p class="${`diff-block ${b.change}`}">${words(b.hunks, t)}${moved}</p>`;
    }
    parts.push(b.quote ? html`<blockquote>${inner}</blockquote>` : inner);
  }
  return html`${parts}`;
}

const choiceLabel = (c: CompareChoice, t: ReturnType<typeof translator>) =>
  `${t('edition', { edition: c.edition })} – ${t('releaseLink', { version: c.version })}${c.withdrawn ? ` (${t('withdrawn')})` : ''}`;

/** The compare view: a GET form to choose two releases, then their sections one by one with the differences marked. */
export function renderComparePage(input: ComparePageInput): string {
  const { language, from, to, choices, place } = input;
  const t = translator(language);
  const fromRelease = from.release!;
  const select = (name: 'from' | 'to', selected: string | null, label: string) => html`<div>
<label for="compare-${name}">${label}</label>
<select id="compare-${name}" name="${name}">${choices.map(
    (c) => html`<option value="${c.id}"${c.id === selected ? html` selected` : ''}>${choiceLabel(c, t)}</option>`,
  )}</select></div>`;
  const others = choices.filter((c) => c.id !== fromRelease.id);
  const form =
    others.length === 0
      ? html`<p>${t('compareOnlyOne', { place: place.name })}</p>`
      : html`<form class="compare" method="get" action="${`${PORTAL_PREFIX}/compare`}">
${select('from', fromRelease.id, t('compareFrom'))}
${select('to', to?.release?.id ?? others[0].id, t('compareTo'))}
${language !== 'en' ? html`<input type="hidden" name="lang" value="${language}">` : ''}
<button type="submit">${t('compareSubmit')}</button>
</form>`;

  let result: SafeHtml | '' = '';
  let heading = t('compareTitle');
  if (to?.release) {
    const toRelease = to.release;
    heading =
      from.edition === to.edition
        ? t('compareHeading', { from: fromRelease.version, to: toRelease.version })
        : t('compareHeadingEditions', { from: fromRelease.version, fromEdition: from.edition, to: toRelease.version, toEdition: to.edition });
    const rows = compareSections(from, to);
    const count = (kind: SectionComparison['kind'], unchanged?: boolean) =>
      rows.filter((r) => r.kind === kind && (unchanged === undefined || (r.kind === 'matched' && r.unchanged === unchanged))).length;
    const anchor = (r: SectionComparison, i: number) => `compare-${i}`;
    const labelOf = (r: SectionComparison) => sectionLabel(r.kind === 'removed' ? r.from : r.to);
    const changed = rows.map((r, i) => ({ r, i })).filter(({ r }) => !(r.kind === 'matched' && r.unchanged));
    result = html`<p class="lead">${t('compareSummary', {
      changed: count('matched', false),
      added: count('added'),
      removed: count('removed'),
      unchanged: count('matched', true),
    })}</p>
<p class="hint">${t('legend')}</p>
${changed.length
  ? html`<nav class="panel" aria-labelledby="changed-heading"><h2 id="changed-heading">${t('changedSections')}</h2><ul>${changed.map(
      ({ r, i }) => html`<li><a href="#${anchor(r, i)}">${labelOf(r)}</a></li>`,
    )}</ul></nav>`
  : html`<p>${t('noDifferences')}</p>`}
${rows.map((r, i) => {
  const id = anchor(r, i);
  const title = html`<h2 id="${id}-heading">${labelOf(r)}</h2>`;
  if (r.kind === 'added') {
    return html`<section class="section" id="${id}" aria-labelledby="${id}-heading">${title}<p class="diff-status">${t('sectionAdded', { version: toRelease.version })}</p>
<div class="body">${diffBlocks(documentDiff({ type: 'doc', content: [] }, r.to.content ?? { type: 'doc', content: [] }).blocks, 1, t)}</div></section>`;
  }
  if (r.kind === 'removed') {
    return html`<section class="section" id="${id}" aria-labelledby="${id}-heading">${title}<p class="diff-status">${t('sectionRemoved', { version: toRelease.version })}</p>
<div class="body">${diffBlocks(documentDiff(r.from.content ?? { type: 'doc', content: [] }, { type: 'doc', content: [] }).blocks, 1, t)}</div></section>`;
  }
  const renamed = r.from.title !== r.to.title ? html`<p>${t('sectionRenamed', { title: sectionLabel(r.from) })}</p>` : '';
  if (r.unchanged) {
    return html`<section class="section" id="${id}" aria-labelledby="${id}-heading">${title}<p class="diff-status">${t('sectionUnchanged')}</p>
<details><summary>${t('showUnchanged')}<span class="visually-hidden">: ${labelOf(r)}</span></summary><div class="body">${diffBlocks(r.diff.blocks, 1, t)}</div></details></section>`;
  }
  return html`<section class="section" id="${id}" aria-labelledby="${id}-heading">${title}<p class="diff-status">${t('sectionChanged')}: ${t('wordsChanged', {
    added: r.diff.added,
    removed: r.diff.removed,
  })}</p>${renamed}<div class="body">${diffBlocks(r.diff.blocks, 1, t)}</div></section>`;
})}`;
  } else {
    result = html`<p>${t('compareChoose', { version: fromRelease.version })}</p>`;
  }

  return renderPage({
    language,
    title: to?.release ? heading : `${t('compareTitle')} – ${from.title}`,
    description: t('compareDescription', { place: place.name }),
    path: (l) => portalPaths.compare(fromRelease.id, to?.release?.id, l),
    baseUrl: input.baseUrl,
    // Any pair of releases has a compare page: search engines index the releases themselves.
    noindex: true,
    breadcrumbs: [
      { label: t('homeTitle'), href: portalPaths.home(language) },
      { label: place.name, href: portalPaths.place(place.slug, language) },
      { label: t('compareTitle') },
    ],
    main: html`<span class="caption">${from.title}</span>
<h1>${heading}</h1>
<p>${t('compareLead', { place: place.name })}</p>
${form}
${result}`,
  });
}
