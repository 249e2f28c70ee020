import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OrganizationEntity, WorkspaceEntity } from '@mps/api-iam';
import { ProfileEntity, RevisionEntity } from '@mps/api-profiles';
import { ContentJson, DocumentFigure, OrganizationKind } from '@mps/shared-domain';
import { FrozenHeading, ReleaseEntity, ReleaseFrameEntity, ReleaseSectionEntity, ReleaseStatusValue } from '../entities/release.entity';
import { ReleaseDataPort } from '../ports/release-data.port';
import { ReleaseGateService } from './release-gate.service';

/**
 * One section of a document to render: its place in the outline and its text (null: no text yet; in a release, a
 * chapter heading, which has no revision).
 */
export interface DocumentSection {
  sectionId: string;
  /** The section's identity across editions (standard outline key), when it has one. */
  key: string | null;
  /** Outline number ('' for unnumbered front matter). */
  number: string;
  title: string;
  /** 0 for chapters and front matter. */
  depth: number;
  revisionId: string | null;
  revisionNumber: number | null;
  content: ContentJson | null;
  html: string | null;
  text: string | null;
}

/**
 * Everything a reader needs to render a release or a profile's current draft (portal pages, Word and PDF): loaded
 * once, in outline order. It decides nothing about who may read it; callers authorise first.
 */
export interface ProfileDocument {
  kind: 'RELEASE' | 'DRAFT';
  profileId: string;
  title: string;
  edition: string;
  workspace: { id: string; name: string; slug: string; countryCode: string | null };
  /** The Technical Working Group's organisations, by name. */
  organizations: Array<{ id: string; name: string; acronym: string | null; kind: OrganizationKind }>;
  /** Null for a draft. */
  release: {
    id: string;
    version: string;
    status: ReleaseStatusValue;
    notes: string | null;
    preparedAt: Date;
    publishedAt: Date | null;
    withdrawnAt: Date | null;
    withdrawalReason: string | null;
  } | null;
  /** The date the document stands for: publication (else preparation) of a release, now for a draft. */
  asOf: Date;
  sections: DocumentSection[];
  /**
   * The indicator figures the document shows (tables and charts in its text, Key data, the Annex): frozen for a
   * release, live for a draft. Absent where a caller built a document without them (renderers then show none).
   */
  figures?: DocumentFigure[];
}

@Injectable()
export class ReleaseDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: ReleaseGateService,
    private readonly data: ReleaseDataPort,
  ) {}

  /**
   * A release as frozen: its sections' numbers, titles and revisions at preparation. `manager`: read inside that
   * transaction (publishing renders the public pages in the transaction that publishes).
   */
  async forRelease(release: ReleaseEntity, manager: EntityManager = this.dataSource.manager): Promise<ProfileDocument> {
    const profile = await manager.findOneOrFail(ProfileEntity, { where: { id: release.profileId } });
    const rows = await manager.find(ReleaseSectionEntity, {
      where: { releaseId: release.id },
      order: { position: 'ASC' },
      relations: { revision: true, section: true },
    });
    const frozen = await manager.findOneOrFail(ReleaseFrameEntity, { where: { releaseId: release.id } });
    const placed = [
      ...rows.map((row) => ({ position: row.position, section: this.section(row.sectionId, row.section?.key ?? null, row.number, row.title, row.depth, row.revision ?? null) })),
      ...frozen.headings.map((h) => ({ position: h.position, section: this.section(h.sectionId, h.key, h.number, h.title, h.depth, null) })),
    ].sort((a, b) => a.position - b.position);
    return {
      ...(await this.frozenFrame(release, frozen, profile, manager)),
      release: {
        id: release.id,
        version: release.version,
        status: release.status,
        notes: release.notes,
        preparedAt: release.preparedAt,
        publishedAt: release.publishedAt,
        withdrawnAt: release.withdrawnAt,
        withdrawalReason: release.withdrawalReason,
      },
      asOf: release.publishedAt ?? release.preparedAt,
      sections: placed.map((p) => p.section),
      figures: await this.data.figures(manager, { kind: 'RELEASE', releaseId: release.id }),
    };
  }

  /** A profile's current draft: every non-archived section in outline order at its current revision. */
  async forDraft(profile: ProfileEntity): Promise<ProfileDocument> {
    const manager = this.dataSource.manager;
    const outline = await this.gate.outline(manager, profile);
    const revisionIds = outline.map((r) => r.section.currentRevisionId).filter((id): id is string => id !== null);
    const revisions = revisionIds.length ? await manager.find(RevisionEntity, { where: { id: In(revisionIds) } }) : [];
    const byId = new Map(revisions.map((r) => [r.id, r]));
    const sections = outline.map(({ section, number, depth }) =>
      this.section(section.id, section.key, number, section.title, depth, section.currentRevisionId ? byId.get(section.currentRevisionId) ?? null : null),
    );
    const figures = await this.data.figures(manager, { kind: 'DRAFT', workspaceId: profile.workspaceId, profileId: profile.id });
    return { ...(await this.frame(profile, 'DRAFT', manager)), release: null, asOf: new Date(), sections, figures };
  }

  /**
   * Freezes what the release says around its sections (title, edition, workspace name, organisations) as they are now,
   * with the chapter headings between them; called in the transaction that prepares it.
   */
  async freezeFrame(manager: EntityManager, releaseId: string, profile: ProfileEntity, headings: FrozenHeading[]): Promise<void> {
    const live = await this.frame(profile, 'RELEASE', manager);
    await manager.insert(ReleaseFrameEntity, {
      releaseId,
      title: live.title,
      edition: live.edition,
      workspaceName: live.workspace.name,
      organizations: live.organizations,
      headings,
    });
  }

  /** A release's frame as frozen at preparation; only the workspace's identity (id, slug, country) is read live. */
  private async frozenFrame(release: ReleaseEntity, frozen: ReleaseFrameEntity, profile: ProfileEntity, manager: EntityManager) {
    const workspace = await manager.findOneOrFail(WorkspaceEntity, { where: { id: release.workspaceId } });
    return {
      kind: 'RELEASE' as const,
      profileId: profile.id,
      title: frozen.title,
      edition: frozen.edition,
      workspace: { id: workspace.id, name: frozen.workspaceName, slug: workspace.slug, countryCode: workspace.countryCode },
      organizations: frozen.organizations,
    };
  }

  private async frame(profile: ProfileEntity, kind: ProfileDocument['kind'], manager: EntityManager) {
    const workspace = await manager.findOneOrFail(WorkspaceEntity, { where: { id: profile.workspaceId } });
    const organizations = await manager.find(OrganizationEntity, { where: { workspaceId: profile.workspaceId }, order: { name: 'ASC' } });
    return {
      kind,
      profileId: profile.id,
      title: profile.title,
      edition: profile.edition,
      workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug, countryCode: workspace.countryCode },
      organizations: organizations.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym, kind: o.kind })),
    };
  }

  private section(sectionId: string, key: string | null, number: string, title: string, depth: number, revision: RevisionEntity | null): DocumentSection {
    return {
      sectionId,
      key,
      number,
      title,
      depth,
      revisionId: revision?.id ?? null,
      revisionNumber: revision?.number ?? null,
      content: (revision?.content as ContentJson | undefined) ?? null,
      html: revision?.html ?? null,
      text: revision?.text ?? null,
    };
  }
}
