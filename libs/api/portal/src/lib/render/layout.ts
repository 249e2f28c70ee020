import { DEFAULT_INTERFACE_LANGUAGE, INTERFACE_LANGUAGES, InterfaceLanguage, LOCALE_NATIVE_NAMES, localeDirection, portalPaths } from '@mps/shared-domain';
import { html, SafeHtml } from '@mps/api-core';
import { message } from './messages';
import { PORTAL_CSS_PATH } from './portal-css';

export interface PageFrame {
  language: InterfaceLanguage;
  /** The <title>: what search engines and tabs show. */
  title: string;
  /** The meta description, at most ~160 characters (longer ones are cut at a word). */
  description: string;
  /**
   * The page's root-relative address in each language (the canonical link, the hreflang alternates and the language
   * menu); absent on pages that have no address of their own (not found): the menu then leads to the home page.
   */
  path?: (language: InterfaceLanguage) => string;
  /** The public address of the product (PUBLIC_URL), which makes the canonical and alternate links absolute. */
  baseUrl?: string;
  breadcrumbs: Array<{ label: string; href?: string }>;
  /** Withdrawn releases and not-found pages stay out of search engines. */
  noindex?: boolean;
  main: SafeHtml;
}

const DESCRIPTION_LENGTH = 160;

export function shorten(text: string, length = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).trimEnd()}…`;
}

/** PUBLIC_URL without a trailing slash, so that it joins a root-relative path. */
export const siteOrigin = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

/**
 * A whole portal page: no script, one stylesheet, landmarks, a skip link, breadcrumbs, the page's language and
 * direction, its canonical address and its address in every other language (hreflang, x-default: the default
 * language), and a menu of the languages, each named in itself.
 */
export function renderPage(frame: PageFrame): string {
  const origin = siteOrigin(frame.baseUrl ?? '');
  const path = frame.path ?? ((language: InterfaceLanguage) => portalPaths.home(language));
  const links = frame.path
    ? html`<link rel="canonical" href="${origin}${path(frame.language)}">
${INTERFACE_LANGUAGES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${origin}${path(l)}">
`)}<link rel="alternate" hreflang="x-default" href="${origin}${path(DEFAULT_INTERFACE_LANGUAGE)}">`
    : '';
  const menu = html`<nav class="languages" aria-label="${message(frame.language, 'language')}"><ul>${INTERFACE_LANGUAGES.map((l) =>
    l === frame.language
      ? html`<li><a href="${path(l)}" lang="${l}" hreflang="${l}" aria-current="true">${LOCALE_NATIVE_NAMES[l]}</a></li>`
      : html`<li><a href="${path(l)}" lang="${l}" hreflang="${l}" dir="${localeDirection(l)}">${LOCALE_NATIVE_NAMES[l]}</a></li>`,
  )}</ul></nav>`;
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => message(frame.language, key, params);
  const crumbs = frame.breadcrumbs.length
    ? html`<nav class="crumbs" aria-label="${t('breadcrumbs')}"><ol>${frame.breadcrumbs.map((c, i) =>
        c.href && i < frame.breadcrumbs.length - 1 ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`,
      )}</ol></nav>`
    : '';
  return `<!DOCTYPE html>\n${html`<html lang="${frame.language}" dir="${localeDirection(frame.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – ${t('siteName')}</title>
<meta name="description" content="${shorten(frame.description)}">
${frame.noindex ? html`<meta name="robots" content="noindex">` : ''}
${links}
<link rel="stylesheet" href="${PORTAL_CSS_PATH}">
</head>
<body>
<a class="skip-link" href="#main">${t('skipLink')}</a>
<header class="site-header"><div class="inner">
<a class="brand" href="${portalPaths.home()}">${t('siteName')}<span class="portal-name">${t('portalName')}</span></a>
${menu}
<a href="/login">${t('signIn')}</a>
</div></header>
${crumbs}
<main id="main" tabindex="-1">
${frame.main}
</main>
<footer class="site-footer"><div class="inner"><p>${t('footer')}</p><p><a href="${portalPaths.home()}">${t('homeTitle')}</a></p></div></footer>
</body>
</html>
`}`;
}
