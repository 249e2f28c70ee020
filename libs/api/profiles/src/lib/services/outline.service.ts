import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService, BadUserInputError, EventBus, isUuid, NotFoundError, parseInput } from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity } from '@mps/api-iam';
import { sectionSchema, type DomainEvent, type OutlineEventType } from '@mps/shared-domain';
import { ProfileEntity } from '../entities/profile.entity';
import { SectionAssignmentEntity } from '../entities/section-assignment.entity';
import { SectionEntity } from '../entities/section.entity';
import { SectionModel } from '../models/profile.model';
import { AddSectionInput, MoveSectionInput } from '../models/section.inputs';
import { SectionWorkPort } from '../ports/section-work.port';
import { SectionAccessService } from './section-access.service';

/** How BAD_USER_INPUT messages name each argument. */
const SECTION_LABELS = { title: 'the section title' };

/**
 * Editing a profile's outline: add, rename, move, archive, assign. Changes to
 * one profile's outline are serialized by locking the profile row, so two
 * coordinators reordering at once cannot corrupt positions.
 */
@Injectable()
export class OutlineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sections: SectionAccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly work: SectionWorkPort,
  ) {}

  async add(actor: Actor, input: AddSectionInput): Promise<SectionModel> {
    const profile = isUuid(input.profileId)
      ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id: input.profileId } })
      : null;
    if (!profile) throw new NotFoundError('Profile');
    await this.access.authorize(actor, 'addSection', profile.workspaceId, 'Profile');
    const { title } = parseInput(sectionSchema, { title: input.title }, SECTION_LABELS);
    return this.announce(actor, profile, 'SECTION_ADDED', async (manager) => {
      await this.lockProfile(manager, profile.id);
      const parentId = await this.requireParent(manager, profile.id, input.parentId ?? null);
      const siblings = await this.siblings(manager, profile.id, parentId);
      const position = this.clampPosition(input.position, siblings.length);
      await this.writePositions(manager, [...siblings.slice(0, position), null, ...siblings.slice(position)]);
      const section = await manager.save(
        SectionEntity,
        manager.create(SectionEntity, {
          profileId: profile.id,
          parentId,
          key: null,
          title,
          position,
          numbering: input.numbered === false ? 'UNNUMBERED' : 'NUMBERED',
          archivedAt: null,
          currentRevisionId: null,
        }),
      );
      await this.record(manager, actor, profile, 'section.added', section.id, { title, parentId, position });
      return section;
    });
  }

  async rename(actor: Actor, sectionId: string, titleInput: string): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, sectionId, 'renameSection');
    const { title } = parseInput(sectionSchema, { title: titleInput }, SECTION_LABELS);
    return this.announce(actor, profile, 'SECTION_RENAMED', async (manager) => {
      await manager.update(SectionEntity, { id: section.id }, { title });
      await this.record(manager, actor, profile, 'section.renamed', section.id, { before: section.title, after: title });
      return { ...section, title };
    });
  }

  async move(actor: Actor, input: MoveSectionInput): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, input.sectionId, 'moveSection');
    if (section.archivedAt) throw new BadUserInputError('An archived section cannot be moved.', 'sectionId');
    return this.announce(actor, profile, 'SECTION_MOVED', async (manager) => {
      await this.lockProfile(manager, profile.id);
      const parentId = await this.requireParent(manager, profile.id, input.parentId ?? null);
      if (parentId && (await this.isSelfOrDescendant(manager, section.id, parentId))) {
        throw new BadUserInputError('A section cannot be moved inside itself or one of its subsections.', 'parentId');
      }
      const oldSiblings = (await this.siblings(manager, profile.id, section.parentId)).filter((s) => s.id !== section.id);
      const newSiblings =
        parentId === section.parentId ? oldSiblings : (await this.siblings(manager, profile.id, parentId)).filter((s) => s.id !== section.id);
      const position = this.clampPosition(input.position, newSiblings.length);
      if (parentId !== section.parentId) await this.writePositions(manager, oldSiblings);
      const moved = { ...section, parentId, position };
      await manager.update(SectionEntity, { id: section.id }, { parentId, position });
      await this.writePositions(manager, [...newSiblings.slice(0, position), moved, ...newSiblings.slice(position)]);
      await this.record(manager, actor, profile, 'section.moved', section.id, {
        before: { parentId: section.parentId, position: section.position },
        after: { parentId, position },
      });
      return moved;
    });
  }

  /** Archives a section with its subsections; their revisions stay readable. */
  async archive(actor: Actor, sectionId: string): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, sectionId, 'archiveSection');
    if (section.archivedAt) return this.sections.model(section, profile);
    return this.announce(actor, profile, 'SECTION_ARCHIVED', async (manager, consequences) => {
      await this.lockProfile(manager, profile.id);
      const ids: string[] = (
        await manager.query(
          `WITH RECURSIVE tree AS (SELECT id FROM sections WHERE id = $1
             UNION ALL SELECT s.id FROM sections s JOIN tree t ON s.parent_id = t.id)
           SELECT id FROM tree`,
          [section.id],
        )
      ).map((r: { id: string }) => r.id);
      const archivedAt = new Date();
      await manager.update(SectionEntity, { id: In(ids), archivedAt: IsNull() }, { archivedAt });
      await this.writePositions(
        manager,
        (await this.siblings(manager, profile.id, section.parentId)).filter((s) => s.id !== section.id),
      );
      await this.record(manager, actor, profile, 'section.archived', section.id, { sectionIds: ids });
      // Nobody drafts an archived section: its organisations' tasks are cancelled with it.
      consequences.push(...(await this.work.onSectionsChanged(manager, { workspaceId: profile.workspaceId, profileId: profile.id, sectionIds: ids, actorId: actor.userId })));
      return { ...section, archivedAt };
    });
  }

  async assign(actor: Actor, sectionId: string, organizationIds: string[]): Promise<SectionModel> {
    const { section, profile } = await this.sections.load(actor, sectionId, 'assignSection');
    const unique = [...new Set(organizationIds)];
    const found = unique.every(isUuid)
      ? await this.dataSource
          .getRepository(OrganizationEntity)
          .count({ where: { id: In(unique), workspaceId: profile.workspaceId } })
      : -1;
    if (found !== unique.length) throw new NotFoundError('Organisation');
    return this.announce(actor, profile, 'SECTION_ASSIGNED', async (manager, consequences) => {
      const before = (await manager.find(SectionAssignmentEntity, { where: { sectionId } })).map((a) => a.organizationId);
      await manager.delete(SectionAssignmentEntity, { sectionId });
      if (unique.length) await manager.insert(SectionAssignmentEntity, unique.map((organizationId) => ({ sectionId, organizationId })));
      await this.record(manager, actor, profile, 'section.assigned', section.id, { before, after: unique });
      // Each assigned organisation gets its "Draft" task, and one that lost the section has its task cancelled.
      consequences.push(...(await this.work.onSectionsChanged(manager, { workspaceId: profile.workspaceId, profileId: profile.id, sectionIds: [section.id], actorId: actor.userId })));
      return section;
    });
  }

  private lockProfile(manager: EntityManager, profileId: string) {
    return manager.query('SELECT id FROM profiles WHERE id = $1 FOR UPDATE', [profileId]);
  }

  private async requireParent(manager: EntityManager, profileId: string, parentId: string | null): Promise<string | null> {
    // Only null means "top level": an empty id names no section, like any other unknown id.
    if (parentId === null) return null;
    const parent = isUuid(parentId)
      ? await manager.findOne(SectionEntity, { where: { id: parentId, profileId, archivedAt: IsNull() } })
      : null;
    if (!parent) throw new NotFoundError('Parent section');
    return parent.id;
  }

  private siblings(manager: EntityManager, profileId: string, parentId: string | null): Promise<SectionEntity[]> {
    return manager.find(SectionEntity, {
      where: { profileId, parentId: parentId ?? IsNull(), archivedAt: IsNull() },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  /** Rewrites positions 0..n-1 in the given order; `null` leaves a slot for a row about to be inserted. */
  private async writePositions(manager: EntityManager, ordered: Array<SectionEntity | null>): Promise<void> {
    for (const [position, section] of ordered.entries()) {
      if (section && section.position !== position) await manager.update(SectionEntity, { id: section.id }, { position });
    }
  }

  private clampPosition(position: number | null | undefined, count: number): number {
    if (position === null || position === undefined) return count;
    if (!Number.isInteger(position) || position < 0) throw new BadUserInputError('Position must be 0 or more.', 'position');
    return Math.min(position, count);
  }

  private async isSelfOrDescendant(manager: EntityManager, sectionId: string, candidateId: string): Promise<boolean> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE tree AS (SELECT id FROM sections WHERE id = $1
         UNION ALL SELECT s.id FROM sections s JOIN tree t ON s.parent_id = t.id)
       SELECT id FROM tree WHERE id = $2`,
      [sectionId, candidateId],
    );
    return rows.length > 0;
  }

  /**
   * Runs the change in one transaction and returns the section as GraphQL shows it (numbered within the outline as
   * committed); then tells live subscribers, with the events of what the change caused (tasks).
   */
  private async announce(
    actor: Actor,
    profile: ProfileEntity,
    type: OutlineEventType,
    change: (manager: EntityManager, consequences: DomainEvent[]) => Promise<SectionEntity>,
  ): Promise<SectionModel> {
    const consequences: DomainEvent[] = [];
    const model = await this.dataSource.transaction(async (manager) => {
      consequences.length = 0; // a retried transaction starts over
      return this.sections.model(await change(manager, consequences), profile, manager);
    });
    this.events.publish({
      type,
      workspaceId: profile.workspaceId,
      profileId: profile.id,
      sectionId: model.id,
      actorId: actor.userId,
      at: new Date().toISOString(),
    });
    for (const event of consequences) this.events.publish(event);
    return model;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    profile: ProfileEntity,
    action: string,
    sectionId: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.userId,
      workspaceId: profile.workspaceId,
      action,
      subjectType: 'Section',
      subjectId: sectionId,
      data: { profileId: profile.id, ...data },
    });
  }
}
