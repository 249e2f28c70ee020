import { formatList } from '@mps/web-ui';
/** "A.5 Return migration", or the title alone for unnumbered sections; the shared rule never repeats the number. */
export { sectionLabel, sectionTitleParts } from '@mps/shared-domain';

/** Organisation acronyms (or names when there is no acronym), e.g. "MIA, NBS". */
export function organisationShortNames(orgs: ReadonlyArray<{ name: string; acronym: string | null }>): string {
  return formatList(orgs.map((o) => o.acronym || o.name));
}
