import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ForbiddenError, NotFoundError } from '@mps/api-core';
import { Actor, UserEntity } from '@mps/api-iam';
import { Locale, orderOutline, requestLocale } from '@mps/shared-domain';
import { RevisionEntity } from '../entities/revision.entity';
import { SectionEntity } from '../entities/section.entity';
import { outlineStyleOf } from '../models/section.mapper';
import { SectionAccessService } from './section-access.service';

export interface SectionPreviewEntry {
  id: string;
  number: string;
  title: string;
  depth: number;
}

/** What the server paints of a section page before the web app runs (docs/adr/0031). */
export interface SectionPreview {
  profile: { id: string; title: string; edition: string };
  section: SectionPreviewEntry;
  /** The current revision's HTML (renderContent's, stored with the revision), or null before the first save. */
  html: string | null;
  /** The sections of the profile the reader may read, in outline order. */
  outline: SectionPreviewEntry[];
  /** The reader's interface language (users.locale, else Accept-Language's): the page's lang and direction. */
  language: Locale;
}

/**
 * A section page's content for its first paint: the same section, outline and text the profile screen shows, under
 * the same access rules (SectionAccessService). Nothing the person may not read: null instead of an error, so the
 * page is then simply painted by the app, which says what is wrong.
 */
@Injectable()
export class SectionPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sections: SectionAccessService,
  ) {}

  async preview(actor: Actor, profileId: string, sectionId: string, acceptLanguage?: string): Promise<SectionPreview | null> {
    let context: Awaited<ReturnType<SectionAccessService['load']>>;
    try {
      context = await this.sections.load(actor, sectionId, 'section');
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
      throw error;
    }
    const { section, profile, access } = context;
    if (profile.id !== profileId || section.archivedAt) return null;
    const [siblings, readable, revision, reader] = await Promise.all([
      this.dataSource.getRepository(SectionEntity).find({
        where: { profileId, archivedAt: IsNull() },
        select: { id: true, parentId: true, position: true, numbering: true, title: true },
      }),
      this.sections.readableSectionIds(access, profileId),
      section.currentRevisionId
        ? this.dataSource.getRepository(RevisionEntity).findOne({ where: { id: section.currentRevisionId }, select: { id: true, html: true } })
        : null,
      this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId }, select: { id: true, locale: true } }),
    ]);
    const outline = orderOutline(siblings, outlineStyleOf(profile))
      .filter(({ node }) => readable === 'all' || readable.has(node.id))
      .map(({ node, number, depth }) => ({ id: node.id, number, title: node.title, depth }));
    const entry = outline.find((o) => o.id === section.id);
    if (!entry) return null;
    return {
      profile: { id: profile.id, title: profile.title, edition: profile.edition },
      section: entry,
      html: revision?.html ?? null,
      outline,
      language: requestLocale(null, reader?.locale, acceptLanguage),
    };
  }
}
