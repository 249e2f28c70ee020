import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@mps/api-core';
import type { EntityManager } from 'typeorm';
import type { ProfileDocument } from '@mps/api-releases';
import { INTERFACE_LANGUAGES } from '@mps/shared-domain';
import { PortalPageEntity } from '../portal-page.entity';
import { renderReleasePages } from '../render/release-pages';
import { etagOf, portalRenderer } from '../render/renderer';

/** Writes a release's portal pages (every language) inside the caller's transaction. */
@Injectable()
export class PortalPagesWriter {
  /** The renderer's identity with the public address the pages link to (stored with each page). */
  readonly renderer: string;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    this.renderer = portalRenderer(config.publicUrl);
  }

  /**
   * Replaces the release's pages with ones rendered from `document` (its status decides how they read). The caller
   * holds the release's row lock, so two writers of one release take turns and the last one reflects the last status.
   */
  async write(manager: EntityManager, document: ProfileDocument): Promise<number> {
    const release = document.release;
    if (!release || release.status === 'CANDIDATE') throw new Error('Only published or withdrawn releases have public pages.');
    const rows = INTERFACE_LANGUAGES.flatMap((language) =>
      renderReleasePages(document, language, this.config.publicUrl).map((p) => ({
        releaseId: release.id,
        language,
        page: p.page,
        html: p.html,
        etag: etagOf(p.html),
        releaseStatus: release.status,
        renderer: this.renderer,
      })),
    );
    await manager.delete(PortalPageEntity, { releaseId: release.id });
    // A few hundred pages at most (sections × languages); chunks keep each statement's parameters well below limits.
    for (let i = 0; i < rows.length; i += 100) await manager.insert(PortalPageEntity, rows.slice(i, i + 100));
    return rows.length;
  }
}
