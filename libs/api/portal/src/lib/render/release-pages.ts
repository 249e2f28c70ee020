import type { DocumentSection, ProfileDocument } from '@mps/api-releases';
import {
  DEFAULT_INTERFACE_LANGUAGE,
  DocumentFigure,
  figureTableHtml,
  generatedFigureTables,
  indicatorBlockTable,
  InterfaceLanguage,
  portalPaths,
  portalSectionRef,
  renderContent,
  sectionTitleParts,
} from '@mps/shared-domain';
import { html, SafeHtml, trusted } from '@mps/api-core';
import { renderPage, shorten } from './layout';
import { formatDate, message, MessageKey } from './messages';

/** One stored page of a release: 'release' (the reader) or 'section/<ref>'. */
export interface RenderedPage {
  page: string;
  html: string;
}

export const READER_PAGE = 'release';
export const sectionPage = (ref: string) => `section/${ref}`;

type Release = NonNullable<ProfileDocument['release']>;

/** In a release, a section without a revision is a chapter heading: shown in its place, without a hint of missing text. */
const isChapterHeading = (section: DocumentSection) => section.revisionId === null;

/** The document's release; the portal renders releases only. */
function releaseOf(document: ProfileDocument): Release {
  if (!document.release) throw new Error('The portal renders releases, not drafts.');
  return document.release;
}

/**
 * A section's text as HTML for a page that may hold several: footnote ids prefixed by the section, its own headings
 * moved below the section's heading. Stored content was validated when saved; should a later, stricter schema refuse
 * it, the HTML rendered at that save (escaped the same way) is shown instead.
 */
export function sectionBody(
  section: DocumentSection,
  headingLevel: number,
  figures: readonly DocumentFigure[] = [],
  language: InterfaceLanguage = DEFAULT_INTERFACE_LANGUAGE,
): SafeHtml {
  if (!section.content) return trusted(section.html ?? '');
  try {
    return trusted(
      renderContent(section.content, {
        idPrefix: `${portalSectionRef(section)}-`,
        headingShift: headingLevel - 1,
        // Tables and charts in the text, from the figures the release froze (charts as their table: pages carry no script).
        indicatorBlock: (attrs) => figureTableHtml(indicatorBlockTable(attrs, figures, language), language),
      }).html,
    );
  } catch {
    return trusted(section.html ?? '');
  }
}

/**
 * A section's body on a page: its text (or the hint that it has none), then the tables generated from the release's
 * frozen figures for "Key data" and the Annex of core indicators.
 */
function bodyOf(
  section: DocumentSection,
  headingLevel: number,
  figures: readonly DocumentFigure[] | undefined,
  emptyHint: SafeHtml,
  language: InterfaceLanguage,
): SafeHtml {
  const generated = generatedFigureTables(section.key, figures, language).map((table) => trusted(figureTableHtml(table, language)));
  const text = section.content || section.html ? sectionBody(section, headingLevel, figures, language) : generated.length ? '' : emptyHint;
  return html`${text}${generated}`;
}

const headingTag = (level: number) => `h${Math.min(6, Math.max(1, level))}`;

function numberAndTitle(section: { number: string; title: string }): SafeHtml {
  const { number, title } = sectionTitleParts(section);
  return number ? html`<span class="number">${number}</span> ${title}` : html`${title}`;
}

const plainLabel = (section: { number: string; title: string }) => {
  const { number, title } = sectionTitleParts(section);
  return [number, title].filter(Boolean).join(' ');
};

function withdrawnBanner(t: Translate, release: Release): SafeHtml | '' {
  if (release.status !== 'WITHDRAWN') return '';
  return html`<div class="banner" role="note">
<p><strong>${t('withdrawnBanner', { date: release.withdrawnAt ? formatDate(t.language, release.withdrawnAt) : '' })}</strong></p>
${release.withdrawalReason ? html`<p>${t('withdrawnReason', { reason: release.withdrawalReason })}</p>` : ''}
<p>${t('withdrawnNoDownload')}</p>
</div>`;
}

type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { language: InterfaceLanguage };
export function translator(language: InterfaceLanguage): Translate {
  const t = ((key: MessageKey, params?: Record<string, string | number>) => message(language, key, params)) as Translate;
  t.language = language;
  return t;
}

function statusTag(t: Translate, status: Release['status']): SafeHtml {
  return status === 'WITHDRAWN' ? html`<span class="tag withdrawn">${t('withdrawn')}</span>` : html`<span class="tag">${t('published')}</span>`;
}

/**
 * The reader and one page per section, in `language`, their canonical and alternate links under `baseUrl` (PUBLIC_URL).
 * Pure: the same document gives the same bytes.
 */
export function renderReleasePages(document: ProfileDocument, language: InterfaceLanguage, baseUrl = ''): RenderedPage[] {
  const release = releaseOf(document);
  const t = translator(language);
  const place = document.workspace.name;
  const releaseTitle = t('releaseTitle', { title: document.title, version: release.version });
  const readerPath = portalPaths.release(release.id, language);
  const crumbs = [
    { label: t('homeTitle'), href: portalPaths.home(language) },
    { label: place, href: portalPaths.place(document.workspace.slug, language) },
  ];
  const date = formatDate(language, document.asOf);
  const noindex = release.status === 'WITHDRAWN';
  const refs = document.sections.map(portalSectionRef);

  const toc = html`<nav class="toc" aria-labelledby="contents-heading"><h2 id="contents-heading">${t('contents')}</h2><ol>${document.sections.map(
    (s, i) => html`<li class="depth-${Math.min(s.depth, 3)}"><a href="#${portalPaths.sectionAnchor(refs[i])}">${numberAndTitle(s)}</a></li>`,
  )}</ol></nav>`;

  // A chapter heading has a page of its own only when the release's figures give it tables (Key data, the Annex).
  const hasOwnPage = (s: DocumentSection) => !isChapterHeading(s) || generatedFigureTables(s.key, document.figures, language).length > 0;
  const sections = document.sections.map((s, i) => {
    const level = 2 + Math.min(s.depth, 3);
    const anchor = portalPaths.sectionAnchor(refs[i]);
    const tag = headingTag(level);
    return html`<section class="section${isChapterHeading(s) ? ' chapter' : ''} depth-${Math.min(s.depth, 3)}" id="${anchor}" aria-labelledby="${anchor}-heading">
<header>${trusted(`<${tag} id="${anchor}-heading">`)}${numberAndTitle(s)}${trusted(`</${tag}>`)}
${hasOwnPage(s) ? html`<p class="section-tools"><a href="${portalPaths.section(release.id, refs[i], language)}">${t('sectionLink')}<span class="visually-hidden">: ${plainLabel(s)}</span></a>
<a href="#contents-heading">${t('backToContents')}</a></p>` : ''}</header>
<div class="body">${bodyOf(s, level, document.figures, isChapterHeading(s) ? html`` : html`<p class="hint">${t('emptySection')}</p>`, language)}</div>
</section>`;
  });

  const downloads =
    release.status === 'PUBLISHED'
      ? html`<li><a href="${portalPaths.download(release.id, 'docx', language)}" download>${t('downloadWord')}</a></li>
<li><a href="${portalPaths.download(release.id, 'pdf', language)}" download>${t('downloadPdf')}</a></li>
<li><a href="${portalPaths.openData(release.id, 'csv')}" download type="text/csv">${t('openDataCsv')}</a></li>
<li><a href="${portalPaths.openData(release.id, 'json')}" type="application/json">${t('openDataJson')}</a></li>`
      : '';

  const reader = renderPage({
    language,
    title: releaseTitle,
    description: t('releaseDescription', { title: document.title, edition: document.edition, version: release.version, date, sections: document.sections.filter(hasOwnPage).length }),
    path: (l) => portalPaths.release(release.id, l),
    baseUrl,
    noindex,
    breadcrumbs: [...crumbs, { label: releaseTitle }],
    main: html`<span class="caption">${t('edition', { edition: document.edition })} · ${t('releaseLink', { version: release.version })}</span>
<h1>${document.title} ${statusTag(t, release.status)}</h1>
${withdrawnBanner(t, release)}
<dl class="meta">
<dt>${t('version')}</dt><dd>${release.version}</dd>
<dt>${t('publishedOn')}</dt><dd>${release.publishedAt ? formatDate(language, release.publishedAt) : '–'}</dd>
${release.withdrawnAt ? html`<dt>${t('withdrawnOn')}</dt><dd>${formatDate(language, release.withdrawnAt)}</dd>` : ''}
</dl>
${release.notes ? html`<div class="panel"><h2>${t('notes')}</h2>${release.notes.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>` : ''}
<ul class="actions">${downloads}<li><a href="${portalPaths.compare(release.id, undefined, language)}">${t('compareWith')}</a></li></ul>
${document.organizations.length ? html`<h2>${t('twg')}</h2><p>${t('twgLead', { place })}</p><ul>${document.organizations.map(
      (o) => html`<li>${o.name}${o.acronym && o.acronym !== o.name ? html` (${o.acronym})` : ''}</li>`,
    )}</ul>` : ''}
${toc}
${sections}`,
  });

  const pages: RenderedPage[] = [{ page: READER_PAGE, html: reader }];
  // A page per section with text; the pager moves between them (chapter headings are on the reader page only).
  const paged = document.sections.map((section, index) => ({ section, ref: refs[index] })).filter(({ section }) => hasOwnPage(section));
  paged.forEach(({ section: s, ref }, i) => {
    const label = plainLabel(s);
    const previous = paged[i - 1];
    const next = paged[i + 1];
    const text = s.text ? ` ${shorten(s.text, 100)}` : '';
    pages.push({
      page: sectionPage(ref),
      html: renderPage({
        language,
        title: `${label} – ${releaseTitle}`,
        description: `${t('sectionDescription', { section: label, title: document.title, edition: document.edition, version: release.version })}${text}`,
        path: (l) => portalPaths.section(release.id, ref, l),
        baseUrl,
        noindex,
        breadcrumbs: [...crumbs, { label: releaseTitle, href: readerPath }, { label }],
        main: html`<span class="caption">${document.title} · ${t('releaseLink', { version: release.version })}</span>
<h1>${numberAndTitle(s)}</h1>
${withdrawnBanner(t, release)}
<div class="body">${bodyOf(s, 1, document.figures, html`<p class="hint">${t('emptySection')}</p>`, language)}</div>
<nav class="pager" aria-label="${t('pager')}">
${previous ? html`<a rel="prev" href="${portalPaths.section(release.id, previous.ref, language)}">${t('previousSection', { section: plainLabel(previous.section) })}</a>` : html`<span></span>`}
<a href="${readerPath}#${portalPaths.sectionAnchor(ref)}">${t('wholeRelease')}</a>
${next ? html`<a rel="next" href="${portalPaths.section(release.id, next.ref, language)}">${t('nextSection', { section: plainLabel(next.section) })}</a>` : html`<span></span>`}
</nav>`,
      }),
    });
  });
  return pages;
}
