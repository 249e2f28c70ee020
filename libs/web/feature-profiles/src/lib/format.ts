/** "A.5 Return migration", or the title alone for unnumbered sections. */
export function sectionLabel(section: { number: string; title: string }): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** Organisation acronyms (or names when there is no acronym), e.g. "MIA, NBS". */
export function organisationShortNames(orgs: ReadonlyArray<{ name: string; acronym: string | null }>): string {
  return orgs.map((o) => o.acronym || o.name).join(', ');
}
