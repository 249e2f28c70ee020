import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '@mps/api-core';
import { WorkspaceEntity } from '@mps/api-iam';
import { ReleaseDocumentService, ReleaseEntity } from '@mps/api-releases';
import { INTERFACE_LANGUAGES, InterfaceLanguage } from '@mps/shared-domain';
import { PortalPageEntity } from '../portal-page.entity';
import { CompareChoice, renderComparePage } from '../render/compare-page';
import { PlaceProfile, renderHomePage, renderPlacePage } from '../render/list-pages';
import { READER_PAGE, sectionPage } from '../render/release-pages';
import { etagOf } from '../render/renderer';
import { PortalPagesWriter } from './portal-pages.service';

/** A page to send: its bytes (rendered lazily, so a revalidation with a matching ETag renders nothing). */
export interface PortalAnswer {
  etag: string;
  kind: 'release' | 'list' | 'compare';
  render: () => string | Promise<string>;
}

const PUBLIC = ['PUBLISHED', 'WITHDRAWN'];
/** Longest section reference looked up (keys and ids are far shorter). */
const MAX_REF = 200;

/**
 * What the portal shows, to anyone: only releases that are PUBLISHED or WITHDRAWN, and the places and profiles that
 * have one. Every read filters on that status in SQL, so a candidate, a draft profile or a workspace without a public
 * release answers null (404) exactly like an id that does not exist.
 */
@Injectable()
export class PortalService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Portal');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: ReleaseDocumentService,
    private readonly writer: PortalPagesWriter,
  ) {}

  /** Pages missing or rendered by another renderer (published before this version, a new language) are rendered now. */
  async onApplicationBootstrap(): Promise<void> {
    const stale = await this.staleReleaseIds();
    let rendered = 0;
    for (const id of stale) {
      try {
        if (await this.renderRelease(id)) rendered++;
      } catch (error) {
        // One release that fails to render must not stop the server: its pages are tried again on first request.
        this.logger.error(`Could not render the portal pages of release ${id}: ${(error as Error).message}`);
      }
    }
    if (rendered) this.logger.log(`Rendered the portal pages of ${rendered} release(s)`);
  }

  /** Public releases whose reader is missing in a language, or stale (another renderer, another status). */
  async staleReleaseIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM releases r
        WHERE r.status = ANY($1)
          AND (SELECT count(*) FROM portal_pages p
                WHERE p.release_id = r.id AND p.page = $2 AND p.renderer = $3 AND p.release_status = r.status
                  AND p.language = ANY($4)) < $5
        ORDER BY r.published_at`,
      [PUBLIC, READER_PAGE, this.writer.renderer, [...INTERFACE_LANGUAGES], INTERFACE_LANGUAGES.length],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Renders one public release's pages if they are still missing or stale, under the release's row lock (publishing and
   * withdrawing hold it too), so two instances starting together, or a withdrawal at the same moment, take turns and
   * the pages always match the release's latest status. True when it wrote pages.
   */
  async renderRelease(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const release = await manager.findOne(ReleaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!release || !PUBLIC.includes(release.status)) return false;
      const current = await manager.count(PortalPageEntity, {
        where: INTERFACE_LANGUAGES.map((language) => ({ releaseId: id, language, page: READER_PAGE, renderer: this.writer.renderer, releaseStatus: release.status })),
      });
      if (current === INTERFACE_LANGUAGES.length) return false;
      await this.writer.write(manager, await this.documents.forRelease(release, manager));
      return true;
    });
  }

  /** A stored page of a public release: the reader, or one section by its reference. */
  async releasePage(releaseId: string, language: InterfaceLanguage, sectionRef: string | null): Promise<PortalAnswer | null> {
    if (!isUuid(releaseId) || (sectionRef !== null && (sectionRef.length === 0 || sectionRef.length > MAX_REF))) return null;
    const page = sectionRef === null ? READER_PAGE : sectionPage(sectionRef);
    const find = async () =>
      (await this.dataSource.query(
        `SELECT p.html, p.etag FROM portal_pages p JOIN releases r ON r.id = p.release_id
          WHERE p.release_id = $1 AND p.language = $2 AND p.page = $3 AND r.status = ANY($4)`,
        [releaseId, language, page, PUBLIC],
      )) as Array<{ html: string; etag: string }>;
    let [row] = await find();
    // Not rendered yet (a start-up pass still running, or one that failed): render it now, then serve what is stored.
    if (!row && (await this.staleReleaseIds()).includes(releaseId)) {
      await this.renderRelease(releaseId);
      [row] = await find();
    }
    if (!row) return null;
    return { etag: row.etag, kind: 'release', render: () => row.html };
  }

  async homePage(language: InterfaceLanguage): Promise<PortalAnswer> {
    const rows: Array<{ name: string; slug: string; kind: 'NATIONAL' | 'REGIONAL'; published: string; withdrawn: string; latest: Date | null }> =
      await this.dataSource.query(
        `SELECT w.name, w.slug, w.kind,
                count(*) FILTER (WHERE r.status = 'PUBLISHED') AS published,
                count(*) FILTER (WHERE r.status = 'WITHDRAWN') AS withdrawn,
                max(r.published_at) FILTER (WHERE r.status = 'PUBLISHED') AS latest
           FROM workspaces w JOIN releases r ON r.workspace_id = w.id
          WHERE r.status = ANY($1)
          GROUP BY w.id ORDER BY w.name, w.id`,
        [PUBLIC],
      );
    const places = rows.map((r) => ({
      name: r.name,
      slug: r.slug,
      kind: r.kind,
      published: Number(r.published),
      withdrawn: Number(r.withdrawn),
      latestPublishedAt: r.latest,
    }));
    const body = renderHomePage(language, places, this.writer.config.publicUrl);
    return { etag: etagOf(body), kind: 'list', render: () => body };
  }

  async placePage(slug: string, language: InterfaceLanguage): Promise<PortalAnswer | null> {
    if (slug.length > MAX_REF) return null;
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOne({ where: { slug } });
    if (!workspace) return null;
    const rows: Array<{ profileId: string; title: string; edition: string; id: string; version: string; status: 'PUBLISHED' | 'WITHDRAWN'; publishedAt: Date | null; withdrawnAt: Date | null }> =
      await this.dataSource.query(
        `SELECT p.id AS "profileId", p.title, p.edition, r.id, r.version, r.status, r.published_at AS "publishedAt", r.withdrawn_at AS "withdrawnAt"
           FROM releases r JOIN profiles p ON p.id = r.profile_id
          WHERE r.workspace_id = $1 AND r.status = ANY($2)
          ORDER BY p.created_at DESC, p.id, r.published_at DESC, r.id`,
        [workspace.id, PUBLIC],
      );
    if (!rows.length) return null;
    const profiles = new Map<string, PlaceProfile>();
    for (const row of rows) {
      const profile = profiles.get(row.profileId) ?? { title: row.title, edition: row.edition, releases: [] };
      profile.releases.push({ id: row.id, version: row.version, status: row.status, publishedAt: row.publishedAt, withdrawnAt: row.withdrawnAt });
      profiles.set(row.profileId, profile);
    }
    const body = renderPlacePage(language, { name: workspace.name, slug: workspace.slug, kind: workspace.kind }, [...profiles.values()], this.writer.config.publicUrl);
    return { etag: etagOf(body), kind: 'list', render: () => body };
  }

  /**
   * Two public releases of one workspace (one profile, or two editions), section by section. Without `toId`, the form
   * to choose the second. The ETag is known before the diff is computed: releases never change but for their status.
   */
  async comparePage(fromId: string, toId: string | null, language: InterfaceLanguage): Promise<PortalAnswer | null> {
    if (!isUuid(fromId) || (toId !== null && !isUuid(toId))) return null;
    const releases = this.dataSource.getRepository(ReleaseEntity);
    const from = await releases.findOne({ where: { id: fromId } });
    if (!from || !PUBLIC.includes(from.status)) return null;
    const to = toId ? await releases.findOne({ where: { id: toId } }) : null;
    if (toId && (!to || !PUBLIC.includes(to.status) || to.workspaceId !== from.workspaceId)) return null;
    const choiceRows: Array<CompareChoice & { status: string; title: string }> = await this.dataSource.query(
      `SELECT r.id, p.title, p.edition, r.version, r.status, r.status = 'WITHDRAWN' AS withdrawn
         FROM releases r JOIN profiles p ON p.id = r.profile_id
        WHERE r.workspace_id = $1 AND r.status = ANY($2)
        ORDER BY p.created_at DESC, p.id, r.published_at DESC, r.id`,
      [from.workspaceId, PUBLIC],
    );
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneOrFail({ where: { id: from.workspaceId } });
    const etag = etagOf(
      JSON.stringify([this.writer.renderer, language, from.id, from.status, to?.id, to?.status, workspace.name, workspace.slug, choiceRows.map((c) => [c.id, c.status, c.title, c.edition])]),
    );
    return {
      etag,
      kind: 'compare',
      render: async () =>
        renderComparePage({
          language,
          place: { name: workspace.name, slug: workspace.slug },
          from: await this.documents.forRelease(from),
          to: to ? await this.documents.forRelease(to) : null,
          choices: choiceRows.map(({ id, edition, version, withdrawn }) => ({ id, edition, version, withdrawn })),
          baseUrl: this.writer.config.publicUrl,
        }),
    };
  }
}
