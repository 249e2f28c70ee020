import type { EntityManager } from 'typeorm';
import type { ProfileDocument } from '../services/release-document.service';

/**
 * What releases needs from whoever shows releases to the public (the portal), declared here and implemented there, so
 * that portal -> releases stays the only direction (as SectionReviewPort does for profiles and reviews, docs/adr/0007).
 * Both calls run inside the transaction that publishes or withdraws the release, under its row lock: what the public
 * sees commits with the change, or neither does. A thrown error rolls the change back.
 */
export abstract class ReleasePublicationPort {
  /** The release was just published: `document` is it as frozen, with its new status and date. */
  abstract onPublished(manager: EntityManager, document: ProfileDocument): Promise<void>;

  /** The release was just withdrawn: `document` carries the withdrawal's date and reason. */
  abstract onWithdrawn(manager: EntityManager, document: ProfileDocument): Promise<void>;
}
