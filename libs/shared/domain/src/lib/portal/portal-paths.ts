/**
 * The public portal's addresses (served by the API at PORTAL_PREFIX, readable without signing in). One place, so the
 * server that renders the pages and the web app that links to them agree.
 */

import { LOCALES, type Locale } from '../i18n/locales';

/**
 * The interface languages: every published release is rendered once per language. The first is the default. The
 * portal speaks every language of the app (LOCALES).
 */
export const INTERFACE_LANGUAGES: readonly Locale[] = LOCALES;
export type InterfaceLanguage = Locale;
export const DEFAULT_INTERFACE_LANGUAGE: InterfaceLanguage = INTERFACE_LANGUAGES[0];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

export const PORTAL_PREFIX = '/portal';

/**
 * A section's reference in portal addresses and anchors: its key (kept across editions) when it has one, else its id.
 * Keys are letters, digits, dots, dashes and underscores; anything else would not survive a URL or an HTML id.
 */
export function portalSectionRef(section: { key: string | null; sectionId: string }): string {
  return section.key && /^[A-Za-z0-9._-]{1,200}$/.test(section.key) ? section.key : section.sectionId;
}

const withLanguage = (path: string, language: InterfaceLanguage | undefined) =>
  language && language !== DEFAULT_INTERFACE_LANGUAGE ? `${path}${path.includes('?') ? '&' : '?'}lang=${language}` : path;

export const portalPaths = {
  home: (language?: InterfaceLanguage) => withLanguage(PORTAL_PREFIX, language),
  /** A country's or region's page: its profiles and their published releases. */
  place: (workspaceSlug: string, language?: InterfaceLanguage) =>
    withLanguage(`${PORTAL_PREFIX}/places/${encodeURIComponent(workspaceSlug)}`, language),
  release: (releaseId: string, language?: InterfaceLanguage) => withLanguage(`${PORTAL_PREFIX}/releases/${releaseId}`, language),
  /** The anchor of a section in the release reader. */
  sectionAnchor: (sectionRef: string) => `section-${sectionRef}`,
  section: (releaseId: string, sectionRef: string, language?: InterfaceLanguage) =>
    withLanguage(`${PORTAL_PREFIX}/releases/${releaseId}/sections/${encodeURIComponent(sectionRef)}`, language),
  compare: (fromReleaseId: string, toReleaseId?: string, language?: InterfaceLanguage) =>
    withLanguage(
      `${PORTAL_PREFIX}/compare?from=${encodeURIComponent(fromReleaseId)}${toReleaseId ? `&to=${encodeURIComponent(toReleaseId)}` : ''}`,
      language,
    ),
  /** The Word and PDF downloads of a published release (the exports domain serves them), its fixed words in `language`. */
  download: (releaseId: string, format: 'docx' | 'pdf', language?: InterfaceLanguage) =>
    `/exports/releases/${releaseId}.${format}${language ? `?lang=${language}` : ''}`,
  /** The indicator annex of a published release as open data, with source, definition and comparability (no sign-in). */
  openData: (releaseId: string, format: 'csv' | 'json') => `/open-data/releases/${releaseId}/indicators.${format}`,
};
