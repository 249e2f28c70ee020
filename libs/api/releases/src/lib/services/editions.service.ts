import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AuditService, EventBus, FailedPreconditionError, parseInput } from '@mps/api-core';
import { AccessService, Actor } from '@mps/api-iam';
import { ProfileEntity, ProfilesService, RevisionEntity, SectionAssignmentEntity, SectionEntity, SectionWorkPort } from '@mps/api-profiles';
import { DomainEvent, RELEASE_BLOCKER_WORDS, startNextEditionSchema } from '@mps/shared-domain';
import { ProfileEditionEntity, ReleaseSectionEntity } from '../entities/release.entity';
import { StartNextEditionInput } from '../models/release.model';
import { ReleasesService } from './releases.service';

/**
 * Editions (docs/domain.md: "a section keeps its identity across renumbering and across editions"): the next edition
 * is a new profile in the same workspace, started from a published release of the previous one.
 */
@Injectable()
export class EditionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly profiles: ProfilesService,
    private readonly releases: ReleasesService,
    private readonly work: SectionWorkPort,
    private readonly events: EventBus,
  ) {}

  /**
   * Copies the previous edition's outline as it is now (non-archived sections: keys, titles, order, numbering,
   * assignments; a section the release froze takes the title it had then) and makes each frozen text the first
   * revision of its section, authored by the caller. A section without a key gets one (on both editions), so that
   * every section can be matched across editions by its key.
   */
  async startNextEdition(actor: Actor, input: StartNextEditionInput): Promise<ProfileEntity> {
    const release = await this.releases.find(input.releaseId);
    await this.access.authorize(actor, 'startNextEdition', release.workspaceId, 'Release');
    const fields = parseInput(startNextEditionSchema, input, { releaseId: 'the release', title: 'the title', edition: 'the edition' });
    if (release.status !== 'PUBLISHED') {
      throw new FailedPreconditionError('Start the next edition from a published release.', [
        RELEASE_BLOCKER_WORDS[await this.releases.localeOf(actor)].nextEditionFrom(release.version, release.status === 'CANDIDATE'),
      ]);
    }
    let consequences: DomainEvent[] = [];
    const started = await this.dataSource.transaction(async (manager) => {
      const source = await manager.findOneOrFail(ProfileEntity, { where: { id: release.profileId } });
      const profile = await this.profiles.insertProfile(
        manager,
        actor.userId,
        { workspaceId: source.workspaceId, title: fields.title, edition: fields.edition },
        null,
      );
      // The new edition numbers its outline like the previous one (insertProfile without a template means DECIMAL).
      await manager.update(ProfileEntity, { id: profile.id }, { templateKey: source.templateKey, outlineStyle: source.outlineStyle });
      profile.templateKey = source.templateKey;
      profile.outlineStyle = source.outlineStyle;

      const sections = await manager.find(SectionEntity, { where: { profileId: source.id, archivedAt: IsNull() } });
      const frozen = await manager.find(ReleaseSectionEntity, { where: { releaseId: release.id } });
      const frozenBySection = new Map(frozen.map((f) => [f.sectionId, f]));
      const revisions = frozen.length
        ? await manager.find(RevisionEntity, { where: { id: In(frozen.map((f) => f.revisionId)) } })
        : [];
      const revisionById = new Map(revisions.map((r) => [r.id, r]));
      const assignments = sections.length
        ? await manager.find(SectionAssignmentEntity, { where: { sectionId: In(sections.map((s) => s.id)) } })
        : [];
      for (const section of sections.filter((s) => s.key === null)) {
        section.key = `custom.${section.id}`;
        await manager.update(SectionEntity, { id: section.id, key: IsNull() }, { key: section.key });
      }

      const newIdOf = new Map<string, string>();
      const pending = [...sections];
      // Parents before children: insert in waves of sections whose parent is already copied (or at the top).
      while (pending.length) {
        const ready = pending.filter((s) => s.parentId === null || newIdOf.has(s.parentId) || !sections.some((p) => p.id === s.parentId));
        if (ready.length === 0) break;
        for (const section of ready) {
          pending.splice(pending.indexOf(section), 1);
          const copy = await manager.save(
            SectionEntity,
            manager.create(SectionEntity, {
              profileId: profile.id,
              parentId: section.parentId ? (newIdOf.get(section.parentId) ?? null) : null,
              key: section.key,
              title: frozenBySection.get(section.id)?.title ?? section.title,
              position: section.position,
              numbering: section.numbering,
            }),
          );
          newIdOf.set(section.id, copy.id);
        }
      }
      const copiedAssignments = assignments
        .filter((a) => newIdOf.has(a.sectionId))
        .map((a) => ({ sectionId: newIdOf.get(a.sectionId)!, organizationId: a.organizationId }));
      if (copiedAssignments.length) await manager.insert(SectionAssignmentEntity, copiedAssignments);
      // The carried-over assignments give their organisations the new edition's "Draft" tasks, like any assignment.
      consequences = await this.work.onSectionsChanged(manager, {
        workspaceId: profile.workspaceId,
        profileId: profile.id,
        sectionIds: [...new Set(copiedAssignments.map((a) => a.sectionId))],
        actorId: actor.userId,
      });

      const summary = `Carried over from release ${release.version}`;
      for (const f of frozen) {
        const sectionId = newIdOf.get(f.sectionId);
        const old = revisionById.get(f.revisionId);
        if (!sectionId || !old) continue; // a section archived since the release stays out of the next edition
        const revision = await manager.save(
          RevisionEntity,
          manager.create(RevisionEntity, {
            sectionId,
            number: 1,
            content: old.content,
            html: old.html,
            text: old.text,
            contentHash: old.contentHash,
            summary,
            authorId: actor.userId,
            restoredFromId: null,
          }),
        );
        await manager.update(SectionEntity, { id: sectionId }, { currentRevisionId: revision.id });
        await this.audit.record(manager, {
          actorId: actor.userId,
          workspaceId: profile.workspaceId,
          action: 'section.saved',
          subjectType: 'Section',
          subjectId: sectionId,
          data: { revisionId: revision.id, number: 1, beforeHash: null, afterHash: old.contentHash, carriedOverFromRevisionId: old.id },
        });
      }
      await manager.insert(ProfileEditionEntity, { profileId: profile.id, previousProfileId: source.id, basedOnReleaseId: release.id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'profile.next-edition-started',
        subjectType: 'Profile',
        subjectId: profile.id,
        data: { previousProfileId: source.id, basedOnReleaseId: release.id, sections: newIdOf.size, texts: frozen.length },
      });
      return profile;
    });
    for (const event of consequences) this.events.publish(event);
    return started;
  }

  /** Which profile and release each of `profileIds` was started from (absent: a first edition). */
  async editionsOf(profileIds: readonly string[]): Promise<ProfileEditionEntity[]> {
    return this.dataSource.getRepository(ProfileEditionEntity).find({ where: { profileId: In([...profileIds]) } });
  }
}
