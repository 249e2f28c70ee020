import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, UserEntity } from '@mps/api-iam';
import { ProfileEntity } from '@mps/api-profiles';
import { ReleaseDocumentService, ReleaseEntity, ReleasesService } from '@mps/api-releases';
import { DEFAULT_LOCALE, isLocale, type Locale, requestLocale } from '@mps/shared-domain';
import { buildExportOutline } from '../outline/export-outline';
import { EXPORT_WORDS } from '../outline/export-words';
import { RenderPool } from '../render/render-pool';
import { ByteCache } from './byte-cache';

export type ExportFormat = 'docx' | 'pdf';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A generated file and how the controller may let it be cached. */
export interface ExportFile {
  bytes: Buffer;
  /** The readable file name without its extension (the controller makes it safe for the header). */
  name: string;
  format: ExportFormat;
  /** Quoted strong validator of the bytes; null for drafts, which are never cached. */
  etag: string | null;
  /** public: published or withdrawn releases; private: candidates; none: drafts. */
  caching: 'public' | 'private' | 'none';
}

/** Generated release files kept in memory (published releases never change). */
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Word and PDF files of releases and of a profile's current draft. Decides who may download what (the
 * `exportRelease` and `exportProfileDraft` entries of OPERATIONS), builds the format-neutral outline and renders it
 * on a worker thread of the RenderPool (which bounds their number, their queue and their time). A release's files
 * are cached by release, status, format and language: its frozen text never changes, the status (on the title page
 * and in the page header) and the language of the fixed words are part of the key.
 */
@Injectable()
export class DocumentExportsService {
  private readonly cache = new ByteCache<ExportFile>(CACHE_BYTES);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly releases: ReleasesService,
    private readonly documents: ReleaseDocumentService,
    private readonly renderer: RenderPool,
  ) {}

  /**
   * Published and withdrawn releases to anyone (withdrawn ones marked so on every page, as the portal lists them);
   * a candidate only to members who read every draft; NOT_FOUND to everyone else, as if it did not exist.
   */
  async release(actor: Actor | null, id: string, format: ExportFormat, locale: Locale = DEFAULT_LOCALE): Promise<ExportFile> {
    const release = await this.releases.find(id);
    if (release.status === 'CANDIDATE') {
      if (!actor) throw new NotFoundError('Release');
      const access = await this.access.authorize(actor, 'exportRelease', release.workspaceId, 'Release');
      if (!this.releases.mayRead(access, release)) throw new NotFoundError('Release');
    }
    return this.cache.get(`${release.id}:${release.status}:${format}:${locale}`, () => this.renderRelease(release, format, locale));
  }

  /**
   * The language of a file: the one asked for (`?lang=`, which the web app and the portal's links send), else the
   * signed-in person's interface language (users.locale), else the first of Accept-Language's that the app speaks,
   * else English.
   */
  async language(actor: Actor | null, asked: unknown, acceptLanguage: string | undefined): Promise<Locale> {
    if (isLocale(asked) || !actor) return requestLocale(asked, null, acceptLanguage);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId }, select: { id: true, locale: true } });
    return requestLocale(asked, user?.locale, acceptLanguage);
  }

  /** The current draft of every non-archived section, for members who read every draft (not contributors). */
  async draft(actor: Actor, id: string, format: ExportFormat, locale: Locale = DEFAULT_LOCALE): Promise<ExportFile> {
    const profile = isUuid(id) ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id } }) : null;
    if (!profile) throw new NotFoundError('Profile');
    await this.access.authorize(actor, 'exportProfileDraft', profile.workspaceId, 'Profile');
    const outline = buildExportOutline(await this.documents.forDraft(profile), locale);
    const day = new Date().toISOString().slice(0, 10);
    return {
      bytes: await this.renderer.render(format, outline),
      name: `${profile.title} ${profile.edition} ${EXPORT_WORDS[locale].fileDraft} ${day}`,
      format,
      etag: null,
      caching: 'none',
    };
  }

  private async renderRelease(release: ReleaseEntity, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const document = await this.documents.forRelease(release);
    const bytes = await this.renderer.render(format, buildExportOutline(document, locale));
    return {
      bytes,
      name: `${document.title} ${document.edition} ${EXPORT_WORDS[locale].fileRelease} ${release.version}`,
      format,
      etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`,
      caching: release.status === 'CANDIDATE' ? 'private' : 'public',
    };
  }
}
