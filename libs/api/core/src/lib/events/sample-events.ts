import type { DomainEvent } from '@mps/shared-domain';

/** For specs: the n-th save of section `s<n>` of profile `p` in workspace `w`, with revision `r<n>`. */
export const sampleSectionSaved = (n: number): DomainEvent => ({
  type: 'SECTION_SAVED',
  workspaceId: 'w',
  profileId: 'p',
  sectionId: `s${n}`,
  revisionId: `r${n}`,
  actorId: null,
  at: new Date(0).toISOString(),
});
