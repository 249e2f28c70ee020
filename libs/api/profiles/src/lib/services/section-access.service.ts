import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ForbiddenError, isUuid, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, WorkspaceAccess } from '@mps/api-iam';
import { OperationName, orderOutline, PERMISSIONS } from '@mps/shared-domain';
import { ProfileEntity } from '../entities/profile.entity';
import { SectionAssignmentEntity } from '../entities/section-assignment.entity';
import { SectionEntity } from '../entities/section.entity';
import { SectionModel } from '../models/profile.model';
import { outlineStyleOf, toSectionModel } from '../models/section.mapper';
import { SectionReviewPort } from '../ports/section-review.port';

export interface SectionContext {
  section: SectionEntity;
  profile: ProfileEntity;
  access: WorkspaceAccess;
}

/** Loads a section for an operation and applies the access rules (one place: AccessService). */
@Injectable()
export class SectionAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reviews: SectionReviewPort,
  ) {}

  async load(actor: Actor, sectionId: string, operation: OperationName): Promise<SectionContext> {
    const section = isUuid(sectionId)
      ? await this.dataSource.getRepository(SectionEntity).findOne({ where: { id: sectionId } })
      : null;
    if (!section) throw new NotFoundError('Section');
    const profile = await this.dataSource.getRepository(ProfileEntity).findOneOrFail({ where: { id: section.profileId } });
    const access = await this.access.authorize(actor, operation, profile.workspaceId, 'Section');
    if (!(await this.mayRead(access, section))) throw new NotFoundError('Section');
    return { section, profile, access };
  }

  /**
   * Whether the admitted caller may read this section: everyone who reads the workspace's drafts, and members who
   * read only what they take part in (contributors) for the sections of their review cycles.
   */
  async mayRead(access: WorkspaceAccess, section: Pick<SectionEntity, 'id' | 'profileId'>): Promise<boolean> {
    if (this.access.canReadSections(access)) return true;
    if (!access.membership || !access.can(PERMISSIONS.WORKSPACE_READ_PARTICIPATING)) return false;
    return (await this.reviews.readableSectionIds(section.profileId, access.membership.organizationId)).has(section.id);
  }

  /** The ids of a profile's sections the caller may read, or 'all'. */
  async readableSectionIds(access: WorkspaceAccess, profileId: string): Promise<'all' | ReadonlySet<string>> {
    if (this.access.canReadSections(access)) return 'all';
    if (!access.membership || !access.can(PERMISSIONS.WORKSPACE_READ_PARTICIPATING)) return new Set();
    return this.reviews.readableSectionIds(profileId, access.membership.organizationId);
  }

  /** Like load, for saving: focal points only for sections assigned to their organisation. */
  async loadForEditing(actor: Actor, sectionId: string, operation: OperationName): Promise<SectionContext> {
    const context = await this.load(actor, sectionId, operation);
    if (!this.access.canEditSection(context.access, await this.assignedOrganizationIds(sectionId))) {
      throw new ForbiddenError('Only focal points of the organisations assigned to this section, and coordinators, may save it.');
    }
    return context;
  }

  async assignedOrganizationIds(sectionId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(SectionAssignmentEntity).find({ where: { sectionId } });
    return rows.map((r) => r.organizationId);
  }

  /**
   * The section as GraphQL shows it, with its outline number (computed from its profile's tree, read through
   * `manager` when called inside a transaction).
   */
  async model(section: SectionEntity, profile: ProfileEntity, manager: EntityManager = this.dataSource.manager): Promise<SectionModel> {
    if (section.archivedAt) return toSectionModel(section, profile, '', 0);
    const siblings = await manager.find(SectionEntity, { where: { profileId: profile.id, archivedAt: IsNull() } });
    const placed = orderOutline(siblings, outlineStyleOf(profile)).find((o) => o.node.id === section.id);
    return toSectionModel(section, profile, placed?.number ?? '', placed?.depth ?? 0);
  }
}
