import { InterfaceLanguage, portalPaths } from '@mps/shared-domain';
import { html, SafeHtml } from './html';
import { message } from './messages';
import { PORTAL_CSS_PATH } from './portal-css';

export interface PageFrame {
  language: InterfaceLanguage;
  /** The <title>: what search engines and tabs show. */
  title: string;
  /** The meta description, at most ~160 characters (longer ones are cut at a word). */
  description: string;
  /** Root-relative canonical address. */
  canonical: string;
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

/** A whole portal page: no script, one stylesheet, landmarks, a skip link, breadcrumbs. */
export function renderPage(frame: PageFrame): string {
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => message(frame.language, key, params);
  const crumbs = frame.breadcrumbs.length
    ? html`<nav class="crumbs" aria-label="${t('breadcrumbs')}"><ol>${frame.breadcrumbs.map((c, i) =>
        c.href && i < frame.breadcrumbs.length - 1 ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`,
      )}</ol></nav>`
    : '';
  return `<!DOCTYPE html>\n${html`<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – ${t('siteName')}</title>
<meta name="description" content="${shorten(frame.description)}">
${frame.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${frame.canonical}">
<link rel="stylesheet" href="${PORTAL_CSS_PATH}">
</head>
<body>
<a class="skip-link" href="#main">${t('skipLink')}</a>
<header class="site-header"><div class="inner">
<a class="brand" href="${portalPaths.home()}">${t('siteName')}<span class="portal-name">${t('portalName')}</span></a>
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
