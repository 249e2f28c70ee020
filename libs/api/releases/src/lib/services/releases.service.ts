import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AuditService,
  ConflictError,
  EventBus,
  FailedPreconditionError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { AccessService, Actor, UserEntity, WorkspaceAccess, WorkspaceEntity } from '@mps/api-iam';
import { ProfileEntity, RevisionEntity } from '@mps/api-profiles';
import {
  DEFAULT_LOCALE,
  DomainEvent,
  isLocale,
  type Locale,
  prepareReleaseSchema,
  RELEASE_BLOCKER_WORDS,
  ReleaseBlocker,
  withdrawReleaseSchema,
} from '@mps/shared-domain';
import { ReleaseEntity, ReleaseFrameEntity, ReleaseSectionEntity } from '../entities/release.entity';
import { PrepareReleaseInput } from '../models/release.model';
import { ReleasePublicationPort } from '../ports/release-publication.port';
import { ReleaseDocumentService } from './release-document.service';
import { ReleaseDataPort } from '../ports/release-data.port';
import { ReleaseGateService } from './release-gate.service';


/** Releases (docs/domain.md rule 7): the gate, preparing (freezing), publishing, withdrawing, and reading them. */
@Injectable()
export class ReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly gate: ReleaseGateService,
    private readonly documents: ReleaseDocumentService,
    private readonly publication: ReleasePublicationPort,
    private readonly data: ReleaseDataPort,
  ) {}

  async profile(id: string): Promise<ProfileEntity> {
    const profile = isUuid(id) ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id } }) : null;
    if (!profile) throw new NotFoundError('Profile');
    return profile;
  }

  /** What blocks a release of the profile now, in outline order (empty: ready), in the asking person's language. */
  async readiness(actor: Actor, profileId: string): Promise<ReleaseBlocker[]> {
    const profile = await this.profile(profileId);
    await this.access.authorize(actor, 'releaseReadiness', profile.workspaceId, 'Profile');
    const manager = this.dataSource.manager;
    return this.gate.blockers(manager, profile, await this.gate.outline(manager, profile), await this.localeOf(actor));
  }

  /** The person's interface language (users.locale), English when they chose none: the blockers' sentences are in it. */
  async localeOf(actor: Actor): Promise<Locale> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId }, select: { id: true, locale: true } });
    return isLocale(user?.locale) ? user.locale : DEFAULT_LOCALE;
  }

  /**
   * Freezes the current revision of every non-archived section with text, in outline order with its number and title
   * as they are, and the chapter headings between them, when the gate is met (else FAILED_PRECONDITION with the blockers). The sections are read with
   * FOR SHARE: a save or a sign-off (which lock the section FOR UPDATE) waits until the release has committed, so the
   * gate and the frozen revisions are the same snapshot. The indicator figures are frozen in the same transaction
   * through ReleaseDataPort.
   */
  async prepare(actor: Actor, input: PrepareReleaseInput): Promise<ReleaseEntity> {
    const profile = await this.profile(input.profileId);
    await this.access.authorize(actor, 'prepareRelease', profile.workspaceId, 'Profile');
    const { version, notes } = parseInput(prepareReleaseSchema, { version: input.version, notes: input.notes }, {
      version: 'the version',
      notes: 'the notes',
    });
    const locale = await this.localeOf(actor);
    let release: ReleaseEntity;
    try {
      release = await this.dataSource.transaction(async (manager) => {
        await this.refuseExistingVersion(manager, profile.id, version);
        await manager.query(`SELECT id FROM sections WHERE profile_id = $1 FOR SHARE`, [profile.id]);
        const outline = await this.gate.outline(manager, profile);
        const blockers = await this.gate.blockers(manager, profile, outline, locale);
        if (blockers.length) {
          throw new FailedPreconditionError(
            `The profile cannot be released yet: ${blockers.length} ${blockers.length === 1 ? 'thing blocks' : 'things block'} it.`,
            blockers.map((b) => b.message),
          );
        }
        const saved = await manager.save(
          ReleaseEntity,
          manager.create(ReleaseEntity, {
            profileId: profile.id,
            workspaceId: profile.workspaceId,
            version,
            notes,
            status: 'CANDIDATE',
            preparedById: actor.userId,
          }),
        );
        // Each row keeps its place in the whole outline: the sections with text are frozen with their revisions, and
        // the rest (the gate passed, so they are chapter headings covered by their subsections) go in the frame.
        const placed = outline.map((row, position) => ({ row, position }));
        const frozen = placed.filter(({ row }) => row.section.currentRevisionId !== null);
        await manager.insert(
          ReleaseSectionEntity,
          frozen.map(({ row, position }) => ({
            releaseId: saved.id,
            sectionId: row.section.id,
            revisionId: row.section.currentRevisionId!,
            number: row.number,
            title: row.section.title,
            depth: row.depth,
            position,
          })),
        );
        const headings = placed
          .filter(({ row }) => row.section.currentRevisionId === null)
          .map(({ row, position }) => ({ sectionId: row.section.id, key: row.section.key, number: row.number, title: row.section.title, depth: row.depth, position }));
        await this.documents.freezeFrame(manager, saved.id, profile, headings);
        // The figures the release shows are frozen with its texts: a later data change never alters the release.
        const { frozenFigures } = await this.data.freeze(manager, { id: saved.id, workspaceId: profile.workspaceId, profileId: profile.id });
        await this.audit.record(manager, {
          actorId: actor.userId,
          workspaceId: profile.workspaceId,
          action: 'release.prepared',
          subjectType: 'Release',
          subjectId: saved.id,
          data: {
            profileId: profile.id,
            version,
            sections: frozen.map(({ row }) => ({ sectionId: row.section.id, revisionId: row.section.currentRevisionId })),
            frozenFigures,
          },
        });
        return saved;
      });
    } catch (error) {
      // Two prepares of the same version at once: the unique index lets one in, the other is CONFLICT.
      if (isUniqueViolation(error, 'ux_releases_profile_version')) throw this.versionConflict(version);
      throw error;
    }
    this.publishEvent('RELEASE_PREPARED', actor, release);
    return release;
  }

  async publish(actor: Actor, id: string): Promise<ReleaseEntity> {
    const found = await this.find(id);
    await this.access.authorize(actor, 'publishRelease', found.workspaceId, 'Release');
    const release = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, found.id);
      if (current.status !== 'CANDIDATE') {
        throw new FailedPreconditionError(`Release ${current.version} cannot be published.`, [
          RELEASE_BLOCKER_WORDS[await this.localeOf(actor)].notCandidate(current.version, current.status === 'PUBLISHED'),
        ]);
      }
      const publishedAt = new Date();
      await manager.update(ReleaseEntity, { id: current.id }, { status: 'PUBLISHED', publishedById: actor.userId, publishedAt });
      const published = { ...current, status: 'PUBLISHED' as const, publishedById: actor.userId, publishedAt };
      await this.publication.onPublished(manager, await this.documents.forRelease(published, manager));
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: current.workspaceId,
        action: 'release.published',
        subjectType: 'Release',
        subjectId: current.id,
        data: { profileId: current.profileId, version: current.version },
      });
      return published;
    });
    this.publishEvent('RELEASE_PUBLISHED', actor, release);
    return release;
  }

  async withdraw(actor: Actor, id: string, reasonInput: string): Promise<ReleaseEntity> {
    const found = await this.find(id);
    await this.access.authorize(actor, 'withdrawRelease', found.workspaceId, 'Release');
    const { reason } = parseInput(withdrawReleaseSchema, { reason: reasonInput }, { reason: 'the reason' });
    const release = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, found.id);
      if (current.status !== 'PUBLISHED') {
        throw new FailedPreconditionError(`Release ${current.version} cannot be withdrawn.`, [
          RELEASE_BLOCKER_WORDS[await this.localeOf(actor)].notPublished(current.version, current.status === 'CANDIDATE'),
        ]);
      }
      const withdrawnAt = new Date();
      await manager.update(
        ReleaseEntity,
        { id: current.id },
        { status: 'WITHDRAWN', withdrawnById: actor.userId, withdrawnAt, withdrawalReason: reason },
      );
      const withdrawn = { ...current, status: 'WITHDRAWN' as const, withdrawnById: actor.userId, withdrawnAt, withdrawalReason: reason };
      await this.publication.onWithdrawn(manager, await this.documents.forRelease(withdrawn, manager));
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: current.workspaceId,
        action: 'release.withdrawn',
        subjectType: 'Release',
        subjectId: current.id,
        data: { profileId: current.profileId, version: current.version },
      });
      return withdrawn;
    });
    this.publishEvent('RELEASE_WITHDRAWN', actor, release);
    return release;
  }

  /** A release for a member of its workspace; candidates only for those who read every draft (else NOT_FOUND). */
  async get(actor: Actor, id: string): Promise<ReleaseEntity> {
    const release = await this.find(id);
    const access = await this.access.authorize(actor, 'release', release.workspaceId, 'Release');
    if (!this.mayRead(access, release)) throw new NotFoundError('Release');
    return release;
  }

  mayRead(access: WorkspaceAccess, release: Pick<ReleaseEntity, 'status'>): boolean {
    return release.status !== 'CANDIDATE' || this.access.canReadSections(access);
  }

  /** Anyone: a published or withdrawn release; anything else is NOT_FOUND. */
  async getPublic(id: string): Promise<ReleaseEntity> {
    const release = await this.find(id);
    if (release.status === 'CANDIDATE') throw new NotFoundError('Release');
    return release;
  }

  /** Anyone: published and withdrawn releases, newest first, of one country's national workspaces when given. */
  async listPublic(countryCode: string | null | undefined): Promise<ReleaseEntity[]> {
    const query = this.dataSource
      .getRepository(ReleaseEntity)
      .createQueryBuilder('r')
      .where('r.status IN (:...statuses)', { statuses: ['PUBLISHED', 'WITHDRAWN'] })
      .orderBy('r.published_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(500);
    const code = countryCode?.trim().toUpperCase();
    if (code) {
      query.andWhere(
        `r.workspace_id IN (SELECT w.id FROM ${this.dataSource.getMetadata(WorkspaceEntity).tableName} w WHERE w.country_code = :code)`,
        { code },
      );
    }
    return query.getMany();
  }

  listForProfiles(profileIds: readonly string[]): Promise<ReleaseEntity[]> {
    return this.dataSource
      .getRepository(ReleaseEntity)
      .find({ where: { profileId: In([...profileIds]) }, order: { preparedAt: 'DESC', id: 'ASC' } });
  }

  /** The frozen sections of releases, in release order, with their revisions and section keys. */
  async sectionsOf(releaseIds: readonly string[]): Promise<Array<{ row: ReleaseSectionEntity; revision: RevisionEntity; key: string | null }>> {
    const rows = await this.dataSource
      .getRepository(ReleaseSectionEntity)
      .find({ where: { releaseId: In([...releaseIds]) }, order: { position: 'ASC' }, relations: { revision: true, section: true } });
    return rows.map((row) => ({ row, revision: row.revision!, key: row.section?.key ?? null }));
  }

  /** What releases say around their sections (title, edition, organisations), as frozen at preparation. */
  framesOf(releaseIds: readonly string[]): Promise<ReleaseFrameEntity[]> {
    return this.dataSource.getRepository(ReleaseFrameEntity).find({ where: { releaseId: In([...releaseIds]) } });
  }

  async find(id: string): Promise<ReleaseEntity> {
    const release = isUuid(id) ? await this.dataSource.getRepository(ReleaseEntity).findOne({ where: { id } }) : null;
    if (!release) throw new NotFoundError('Release');
    return release;
  }

  private async lock(manager: EntityManager, id: string): Promise<ReleaseEntity> {
    return manager.findOneOrFail(ReleaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async refuseExistingVersion(manager: EntityManager, profileId: string, version: string): Promise<void> {
    if (await manager.exists(ReleaseEntity, { where: { profileId, version } })) throw this.versionConflict(version);
  }

  private versionConflict(version: string): ConflictError {
    return new ConflictError(`This profile already has a release ${version}: choose another version.`, { field: 'version' });
  }

  private publishEvent(type: 'RELEASE_PREPARED' | 'RELEASE_PUBLISHED' | 'RELEASE_WITHDRAWN', actor: Actor, release: ReleaseEntity): void {
    const event: DomainEvent = {
      type,
      workspaceId: release.workspaceId,
      actorId: actor.userId,
      at: new Date().toISOString(),
      profileId: release.profileId,
      sectionId: null,
      releaseId: release.id,
    };
    this.events.publish(event);
  }
}
