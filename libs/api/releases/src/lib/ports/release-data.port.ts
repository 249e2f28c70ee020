import type { EntityManager } from 'typeorm';
import type { DocumentFigure } from '@mps/shared-domain';

/** The release being prepared, as the port sees it (inside the prepare transaction, before its audit event). */
export interface ReleaseBeingPrepared {
  id: string;
  workspaceId: string;
  profileId: string;
}

/**
 * What a release freezes besides its section texts: the indicator figures it shows (docs/domain.md rule 7 and 9).
 * Declared here and implemented by the indicators domain, which depends on releases and never the reverse
 * (docs/adr/0016-indicators-freeze-into-releases.md, like SectionReviewPort in docs/adr/0007). The provider is global.
 */
export abstract class ReleaseDataPort {
  /**
   * Copies the figures the release uses into the release, in the prepare transaction, so that a later change to the
   * catalogue or the data never changes a release. Answers how many figures it froze (for the audit event).
   */
  abstract freeze(manager: EntityManager, release: ReleaseBeingPrepared): Promise<{ frozenFigures: number }>;

  /**
   * The figures a document shows (tables and charts in its sections, Key data, the Annex): for a release the ones it
   * froze, for a draft the live ones worked out exactly as preparing a release would freeze them. Catalogue order.
   */
  abstract figures(manager: EntityManager, of: FiguresOf): Promise<DocumentFigure[]>;
}

/** Whose figures: a release's frozen ones, or a profile's live ones. */
export type FiguresOf = { kind: 'RELEASE'; releaseId: string } | { kind: 'DRAFT'; workspaceId: string; profileId: string };
