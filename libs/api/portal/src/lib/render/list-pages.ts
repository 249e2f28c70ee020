import type { WorkspaceKind } from '@mps/shared-domain';
import { InterfaceLanguage, portalPaths } from '@mps/shared-domain';
import { html } from '@mps/api-core';
import { renderPage } from './layout';
import { formatDate } from './messages';
import { translator } from './release-pages';

export interface PlaceSummary {
  name: string;
  slug: string;
  kind: WorkspaceKind;
  published: number;
  withdrawn: number;
  latestPublishedAt: Date | null;
}

export interface PlaceProfile {
  title: string;
  edition: string;
  releases: Array<{ id: string; version: string; status: 'PUBLISHED' | 'WITHDRAWN'; publishedAt: Date | null; withdrawnAt: Date | null }>;
}

/** /portal: the countries and regions that have published releases. */
export function renderHomePage(language: InterfaceLanguage, places: PlaceSummary[], baseUrl = ''): string {
  const t = translator(language);
  return renderPage({
    language,
    title: t('homeTitle'),
    description: t('homeDescription'),
    path: (l) => portalPaths.home(l),
    baseUrl,
    breadcrumbs: [],
    main: html`<h1>${t('homeTitle')}</h1>
<p class="lead">${t('homeLead')}</p>
<h2>${t('placesHeading')}</h2>
${places.length
  ? html`<ul class="places">${places.map(
      (p) => html`<li><a href="${portalPaths.place(p.slug, language)}">${p.name}</a>
<p class="hint">${p.kind === 'REGIONAL' ? t('regional') : t('national')} · ${p.published === 1 ? t('releaseCountOne') : t('releaseCount', { count: p.published })}${p.withdrawn ? ` · ${t('withdrawnCount', { count: p.withdrawn })}` : ''}${p.latestPublishedAt ? ` · ${formatDate(language, p.latestPublishedAt)}` : ''}</p></li>`,
    )}</ul>`
  : html`<p>${t('homeEmpty')}</p>`}`,
  });
}

/** /portal/places/:slug: a country's or region's profiles (newest edition first) and their public releases. */
export function renderPlacePage(
  language: InterfaceLanguage,
  place: { name: string; slug: string; kind: WorkspaceKind },
  profiles: PlaceProfile[],
  baseUrl = '',
): string {
  const t = translator(language);
  // The two latest published releases, whatever their editions: the comparison most readers want first.
  const latest = profiles
    .flatMap((p) => p.releases)
    .filter((r) => r.status === 'PUBLISHED' && r.publishedAt)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || a.id.localeCompare(b.id));
  return renderPage({
    language,
    title: place.name,
    description: t('placeDescription', { place: place.name }),
    path: (l) => portalPaths.place(place.slug, l),
    baseUrl,
    breadcrumbs: [{ label: t('homeTitle'), href: portalPaths.home(language) }, { label: place.name }],
    main: html`<span class="caption">${place.kind === 'REGIONAL' ? t('regional') : t('national')}</span>
<h1>${place.name}</h1>
<p class="lead">${t('placeLead', { place: place.name })}</p>
${latest.length > 1 ? html`<p><a href="${portalPaths.compare(latest[1].id, latest[0].id, language)}">${t('compareLatest', { from: latest[1].version, to: latest[0].version })}</a></p>` : ''}
${profiles.map(
  (profile) => html`<h2>${profile.title} <span class="caption">${t('edition', { edition: profile.edition })}</span></h2>
<table>
<caption class="visually-hidden">${t('releasesOf', { edition: profile.edition })}</caption>
<thead><tr><th scope="col">${t('releaseColumn')}</th><th scope="col">${t('publishedColumn')}</th><th scope="col">${t('statusColumn')}</th></tr></thead>
<tbody>${profile.releases.map(
    (r) => html`<tr><td><a href="${portalPaths.release(r.id, language)}">${t('releaseLink', { version: r.version })}</a></td>
<td>${r.publishedAt ? formatDate(language, r.publishedAt) : '–'}</td>
<td>${r.status === 'WITHDRAWN'
      ? html`<span class="tag withdrawn">${t('withdrawn')}</span>${r.withdrawnAt ? html` <span class="hint">${formatDate(language, r.withdrawnAt)}</span>` : ''}`
      : html`<span class="tag">${t('published')}</span>`}</td></tr>`,
  )}</tbody></table>`,
)}`,
  });
}

/** Any address under /portal that shows nothing published: unknown, malformed, a draft's or a candidate's. */
export function renderNotFoundPage(language: InterfaceLanguage, baseUrl = ''): string {
  const t = translator(language);
  return renderPage({
    language,
    title: t('notFoundTitle'),
    description: t('notFoundBody'),
    baseUrl,
    noindex: true,
    breadcrumbs: [],
    main: html`<h1>${t('notFoundTitle')}</h1><p>${t('notFoundBody')}</p><p><a href="${portalPaths.home(language)}">${t('notFoundHome')}</a></p>`,
  });
}
