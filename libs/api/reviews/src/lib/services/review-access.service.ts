import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, NotFoundError } from '@mps/api-core';
import { AccessService, Actor, WorkspaceAccess } from '@mps/api-iam';
import { OperationName, PERMISSIONS } from '@mps/shared-domain';
import { ReviewCycleEntity } from '../entities/review-cycle.entity';

export interface CycleContext {
  cycle: ReviewCycleEntity;
  access: WorkspaceAccess;
}

/**
 * The one place for review-specific access rules (docs/domain.md rule 2), on top of AccessService's role table:
 * contributors read the sections and cycles their organisation takes part in (as participant or required
 * signatory), open or closed, and comment only while a cycle of theirs is OPEN.
 */
@Injectable()
export class ReviewAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Whether the caller reads the whole workspace's drafts (coordinators, focal points, observers, platform admins). */
  readsEverything(access: WorkspaceAccess): boolean {
    return this.access.canReadSections(access);
  }

  /** The organisation whose participation limits what the caller reads, or null when they read everything. */
  participatingOrganizationId(access: WorkspaceAccess): string | null | 'none' {
    if (this.readsEverything(access)) return null;
    if (access.membership && access.can(PERMISSIONS.WORKSPACE_READ_PARTICIPATING)) return access.membership.organizationId;
    return 'none';
  }

  /** Sections of a profile in cycles (open or closed) where the organisation participates or signs. */
  async readableSectionIds(profileId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: Array<{ section_id: string }> = await manager.query(
      `SELECT DISTINCT s.section_id
         FROM review_cycle_sections s
         JOIN review_cycles c ON c.id = s.review_cycle_id
         JOIN review_cycle_organizations o ON o.review_cycle_id = c.id
        WHERE c.profile_id = $1 AND o.organization_id = $2`,
      [profileId, organizationId],
    );
    return new Set(rows.map((r) => r.section_id));
  }

  /** Whether the organisation takes part (participant or signatory) in the cycle. */
  async takesPart(reviewCycleId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM review_cycle_organizations WHERE review_cycle_id = $1 AND organization_id = $2',
      [reviewCycleId, organizationId],
    );
    return rows.length > 0;
  }

  /** The ids of the profile's cycles the caller may see: all, or those their organisation takes part in. */
  async visibleCycleIds(access: WorkspaceAccess, profileId: string): Promise<'all' | Set<string>> {
    const organizationId = this.participatingOrganizationId(access);
    if (organizationId === null) return 'all';
    if (organizationId === 'none') return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM review_cycles c JOIN review_cycle_organizations o ON o.review_cycle_id = c.id
        WHERE c.profile_id = $1 AND o.organization_id = $2`,
      [profileId, organizationId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Loads a cycle for an operation: NOT_FOUND outside its workspace, and for contributors outside it. */
  async loadCycle(actor: Actor, id: string, operation: OperationName): Promise<CycleContext> {
    const cycle = isUuid(id) ? await this.dataSource.getRepository(ReviewCycleEntity).findOne({ where: { id } }) : null;
    if (!cycle) throw new NotFoundError('Review cycle');
    const access = await this.access.authorize(actor, operation, cycle.workspaceId, 'Review cycle');
    const organizationId = this.participatingOrganizationId(access);
    if (organizationId === 'none') throw new NotFoundError('Review cycle');
    if (organizationId !== null && !(await this.takesPart(cycle.id, organizationId))) throw new NotFoundError('Review cycle');
    return { cycle, access };
  }
}
