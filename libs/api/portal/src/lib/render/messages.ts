import type { InterfaceLanguage } from '@mps/shared-domain';

/**
 * The portal's own words, per interface language (stored texts such as titles and sections are shown as written).
 * English is the reference: every other language must have the same keys (the type says so).
 */
const EN = {
  siteName: 'Migration Profile Studio',
  portalName: 'Public portal',
  skipLink: 'Skip to main content',
  breadcrumbs: 'Breadcrumbs',
  homeTitle: 'Migration Profiles',
  homeLead: 'The published Migration Profiles of each country and region: evidence reports on migration and development, validated by each government’s Technical Working Group.',
  homeDescription: 'Read the published Migration Profiles of each country and region, section by section, and compare their releases.',
  homeEmpty: 'No Migration Profile has been published yet.',
  placesHeading: 'Countries and regions',
  releaseCount: '{count} published releases',
  releaseCountOne: '1 published release',
  withdrawnCount: '{count} withdrawn',
  national: 'Country',
  regional: 'Region',
  placeDescription: 'The published Migration Profiles of {place}: every release, with its sections and the changes between releases.',
  placeLead: 'Migration Profiles of {place}, newest edition first. A withdrawn release stays listed, marked withdrawn.',
  edition: 'Edition {edition}',
  releasesOf: 'Releases of the {edition} edition',
  releaseColumn: 'Release',
  publishedColumn: 'Published',
  statusColumn: 'Status',
  published: 'Published',
  withdrawn: 'Withdrawn',
  releaseLink: 'Release {version}',
  releaseTitle: '{title}, release {version}',
  releaseDescription: '{title} ({edition} edition), release {version}, published {date}. {sections} sections.',
  version: 'Version',
  publishedOn: 'Published',
  withdrawnOn: 'Withdrawn',
  notes: 'Release notes',
  twg: 'Technical Working Group',
  twgLead: 'Prepared and validated by the Technical Working Group of {place}:',
  contents: 'Contents',
  downloads: 'Download',
  downloadWord: 'Word document (.docx)',
  downloadPdf: 'PDF document (.pdf)',
  openDataCsv: 'Indicator figures, open data (.csv)',
  openDataJson: 'Indicator figures, open data (.json)',
  compareWith: 'Compare with another release',
  withdrawnBanner: 'This release was withdrawn on {date}.',
  withdrawnReason: 'Reason: {reason}',
  withdrawnNoDownload: 'It stays readable here for reference; it is no longer the published version.',
  sectionLink: 'Link to this section',
  sectionPageLink: 'Open this section on its own page',
  backToContents: 'Back to contents',
  wholeRelease: 'The whole release',
  previousSection: 'Previous: {section}',
  nextSection: 'Next: {section}',
  pager: 'Other sections of this release',
  sectionDescription: '{section}, from {title} ({edition} edition), release {version}.',
  emptySection: 'This section has no text in this release.',
  compareTitle: 'Compare releases',
  compareLatest: 'Compare the latest releases, {from} and {to}',
  compareDescription: 'Section by section differences between two releases of the Migration Profiles of {place}.',
  compareLead: 'Choose two releases of {place}: of the same edition, or of two editions. Sections are matched across editions; what was added is underlined, what was removed is struck through.',
  compareFrom: 'Older release',
  compareTo: 'Newer release',
  compareSubmit: 'Compare',
  compareChoose: 'Choose a second release to compare with release {version}.',
  compareOnlyOne: '{place} has no other release to compare with yet.',
  compareHeading: 'Release {from} compared with release {to}',
  compareHeadingEditions: 'Release {from} ({fromEdition} edition) compared with release {to} ({toEdition} edition)',
  compareSummary: 'Sections changed: {changed}. Added: {added}. Removed: {removed}. Unchanged: {unchanged}.',
  changedSections: 'Changed sections',
  noDifferences: 'The two releases have the same text.',
  sectionAdded: 'New in {version}',
  sectionRemoved: 'Not in {version}',
  sectionChanged: 'Changed',
  sectionUnchanged: 'No changes',
  sectionRenamed: 'Was “{title}”',
  showUnchanged: 'Show the text',
  wordsChanged: 'words added: {added}, removed: {removed}',
  added: 'Added:',
  removed: 'Removed:',
  moved: '(moved)',
  legend: 'Added text is underlined and marked “Added”; removed text is struck through and marked “Removed”.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no published page at this address. It may have been mistyped, or the release it names is not published.',
  notFoundHome: 'See all published Migration Profiles',
  signIn: 'Technical Working Group members: sign in',
  footer: 'Published releases never change: a correction is a new release.',
  language: 'Language',
} as const;

export type MessageKey = keyof typeof EN;
type Catalogue = Record<MessageKey, string>;

export const MESSAGES: Record<InterfaceLanguage, Catalogue> = { en: EN };

/** The message in `language`, with `{name}` replaced by `params.name` (plain text: templates escape it). */
export function message(language: InterfaceLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Dates as the language writes them ("2 December 2026"), in UTC so that every instance renders the same page. */
export function formatDate(language: InterfaceLanguage, date: Date): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
