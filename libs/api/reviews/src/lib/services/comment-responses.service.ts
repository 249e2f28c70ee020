import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AccessService, Actor, UserEntity } from '@mps/api-iam';
import { outlineStyleOf, ProfileEntity, SectionEntity } from '@mps/api-profiles';
import { DEFAULT_LOCALE, type Locale, orderOutline, requestLocale } from '@mps/shared-domain';
import { CommentEntity } from '../entities/comment.entity';
import { ReviewCycleEntity } from '../entities/review-cycle.entity';
import { COMMENT_RESPONSE_WORDS } from './comment-response-words';
import { ReviewAccessService } from './review-access.service';

/** One line of the comment-response matrix, as the downloads write it. */
export interface CommentResponseRow {
  number: number;
  section: string;
  organization: string;
  author: string;
  passage: string;
  comment: string;
  suggestedWording: string;
  suggestionOutcome: string;
  disposition: string;
  reason: string;
  answeredInRevision: string;
  resolved: string;
}

/** Marks a passage the section's text no longer holds (in English); its last known quote follows. */
export const ORPHANED_MARKER = COMMENT_RESPONSE_WORDS.en.textRemoved;

/**
 * The comment-response matrix of a cycle (docs/domain.md rule 6): its opening comments from organisations taking
 * part in it, in outline order then time, each with passage, suggestion and disposition. For coordinators and focal
 * points only (the `exportCommentResponses` entry of OPERATIONS), on screen and as downloads.
 */
@Injectable()
export class CommentResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reviewAccess: ReviewAccessService,
  ) {}

  /** Loads a cycle for its matrix: NOT_FOUND when the caller may not see the cycle, FORBIDDEN when they see it only. */
  async loadCycle(actor: Actor, cycleId: string): Promise<ReviewCycleEntity> {
    const { cycle } = await this.reviewAccess.loadCycle(actor, cycleId, 'reviewCycle');
    await this.authorize(actor, cycle);
    return cycle;
  }

  /** The downloads' language: `?lang=`, else the person's interface language (users.locale), else Accept-Language's. */
  async language(actor: Actor, asked: unknown, acceptLanguage: string | undefined): Promise<Locale> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId }, select: { id: true, locale: true } });
    return requestLocale(asked, user?.locale, acceptLanguage);
  }

  async authorize(actor: Actor, cycle: Pick<ReviewCycleEntity, 'workspaceId'>): Promise<void> {
    await this.access.authorize(actor, 'exportCommentResponses', cycle.workspaceId, 'Review cycle');
  }

  /** The matrix's comments, in outline order, then oldest first. */
  async threads(cycle: Pick<ReviewCycleEntity, 'id' | 'profileId'>): Promise<CommentEntity[]> {
    const threads: CommentEntity[] = await this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.review_cycle_id = :id AND c.parent_id IS NULL', { id: cycle.id })
      .andWhere('c.organization_id IN (SELECT organization_id FROM review_cycle_organizations WHERE review_cycle_id = :id)')
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const order = await this.outlineOrder(cycle.profileId);
    const place = (sectionId: string) => order.get(sectionId)?.index ?? Number.MAX_SAFE_INTEGER;
    // A stable sort keeps time order within a section.
    return threads.sort((a, b) => place(a.sectionId) - place(b.sectionId));
  }

  /** The matrix as rows of words, for the downloads, the words the API writes in `locale`. */
  async rows(cycle: Pick<ReviewCycleEntity, 'id' | 'profileId'>, locale: Locale = DEFAULT_LOCALE): Promise<CommentResponseRow[]> {
    const w = COMMENT_RESPONSE_WORDS[locale];
    const threads = await this.threads(cycle);
    if (threads.length === 0) return [];
    const order = await this.outlineOrder(cycle.profileId);
    const sections = await this.dataSource.getRepository(SectionEntity).findBy({ id: In([...new Set(threads.map((t) => t.sectionId))]) });
    const sectionTitle = new Map(sections.map((s) => [s.id, s.title]));
    const names = async (table: 'organizations' | 'users', column: 'name' | 'display_name', ids: string[]) =>
      new Map(
        ((await this.dataSource.query(`SELECT id, ${column} AS name FROM ${table} WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]])) as Array<{
          id: string;
          name: string;
        }>).map((r) => [r.id, r.name]),
      );
    const organizations = await names('organizations', 'name', threads.map((t) => t.organizationId));
    const authors = await names('users', 'display_name', threads.map((t) => t.authorId));
    const revisionNumbers = new Map(
      ((await this.dataSource.query('SELECT id, number FROM revisions WHERE id = ANY($1::uuid[])', [
        threads.map((t) => t.suggestionRevisionId).filter((id): id is string => id !== null),
      ])) as Array<{ id: string; number: number }>).map((r) => [r.id, r.number]),
    );
    return threads.map((t, i) => {
      const number = order.get(t.sectionId)?.number;
      const title = sectionTitle.get(t.sectionId) ?? '';
      const outcome = t.suggestionStatus ? w.suggestion[t.suggestionStatus as keyof typeof w.suggestion] ?? t.suggestionStatus : '';
      return {
        number: i + 1,
        section: number ? `${number} ${title}` : title,
        organization: organizations.get(t.organizationId) ?? '',
        author: authors.get(t.authorId) ?? '',
        passage: t.anchorQuote === null ? '' : t.anchorOrphaned ? `${w.textRemoved} ${t.anchorQuote}` : t.anchorQuote,
        comment: t.body,
        suggestedWording: t.suggestion ?? '',
        suggestionOutcome: t.suggestionStatus === 'DECLINED' && t.suggestionDeclineReason ? `${outcome}: ${t.suggestionDeclineReason}` : outcome,
        disposition: t.disposition ? w.disposition[t.disposition as keyof typeof w.disposition] ?? t.disposition : '',
        reason: t.dispositionReason ?? '',
        answeredInRevision: t.suggestionRevisionId ? String(revisionNumbers.get(t.suggestionRevisionId) ?? '') : '',
        resolved: t.resolvedAt ? w.yes : w.no,
      };
    });
  }

  /** Each non-archived section's place and number in the profile's outline. */
  private async outlineOrder(profileId: string): Promise<Map<string, { index: number; number: string }>> {
    const profile = await this.dataSource.getRepository(ProfileEntity).findOneByOrFail({ id: profileId });
    const sections = await this.dataSource.getRepository(SectionEntity).find({ where: { profileId, archivedAt: IsNull() } });
    return new Map(orderOutline(sections, outlineStyleOf(profile)).map((o, index) => [o.node.id, { index, number: o.number }]));
  }
}
