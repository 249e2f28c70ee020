import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntity, type ReleaseStatusValue } from '@mps/api-releases';

/**
 * One page of the public portal rendered from a release (its reader, or one of its sections), in one interface
 * language. Written in the transaction that publishes the release and rewritten in the one that withdraws it; served
 * as stored. Instances keep nothing on disk, so every instance serves the same bytes and the same ETag.
 */
@Entity({ name: 'portal_pages' })
export class PortalPageEntity {
  @PrimaryColumn({ type: 'uuid', name: 'release_id' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'fk_portal_pages_release' })
  release?: ReleaseEntity;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  /** 'release' for the reader, 'section/<ref>' for one section (see portalSectionRef). */
  @PrimaryColumn({ type: 'text' })
  page!: string;

  @Column({ type: 'text' })
  html!: string;

  /** Strong ETag of `html`, quotes included. */
  @Column({ type: 'text' })
  etag!: string;

  /** The release's status the page was rendered for (a withdrawn release's pages say so). */
  @Column({ type: 'text', name: 'release_status' })
  releaseStatus!: ReleaseStatusValue;

  /**
   * Which renderer wrote it (a hash of the templates, styles and messages): pages of an older renderer are rendered
   * again at start-up, so a deployment that changes the look changes every page.
   */
  @Column({ type: 'text' })
  renderer!: string;

  @Column({ type: 'timestamptz', name: 'rendered_at', default: () => 'now()' })
  renderedAt!: Date;
}

export const PORTAL_ENTITIES = [PortalPageEntity];
