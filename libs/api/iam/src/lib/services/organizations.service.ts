import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  ConflictError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { organizationSchema, renameOrganizationSchema } from '@mps/shared-domain';
import { OrganizationEntity } from '../entities/organization.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { CreateOrganizationInput } from '../inputs/iam.inputs';
import { AccessService } from './access.service';
import type { Actor } from './actor';

/** How BAD_USER_INPUT messages name each argument. */
const ORGANIZATION_LABELS = { name: 'the name', acronym: 'the acronym', kind: 'the kind' };

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (!isUuid(input.workspaceId)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'createOrganization', input.workspaceId);
    const { name, acronym } = parseInput(organizationSchema, input, ORGANIZATION_LABELS);
    return this.withDuplicateCheck(name, () =>
      this.dataSource.transaction(async (manager) => {
        const exists = await manager.exists(WorkspaceEntity, { where: { id: input.workspaceId } });
        if (!exists) throw new NotFoundError('Workspace');
        const organization = await manager.save(
          OrganizationEntity,
          manager.create(OrganizationEntity, { workspaceId: input.workspaceId, name, acronym, kind: input.kind }),
        );
        await this.record(manager, actor, organization, 'organization.created', { name, acronym, kind: input.kind });
        return organization;
      }),
    );
  }

  async rename(actor: Actor, id: string, nameInput: string, acronymInput?: string | null): Promise<OrganizationEntity> {
    const organization = await this.findInWorkspaceOf(actor, id);
    await this.access.authorize(actor, 'renameOrganization', organization.workspaceId, 'Organisation');
    const { name, acronym } = parseInput(
      renameOrganizationSchema,
      { name: nameInput, acronym: acronymInput },
      ORGANIZATION_LABELS,
    );
    return this.withDuplicateCheck(name, () =>
      this.dataSource.transaction(async (manager) => {
        const before = { name: organization.name, acronym: organization.acronym };
        await manager.update(OrganizationEntity, { id }, { name, acronym });
        await this.record(manager, actor, organization, 'organization.renamed', { before, after: { name, acronym } });
        return { ...organization, name, acronym };
      }),
    );
  }

  /** Loads an organisation for a caller; NOT_FOUND when it is not in a workspace they can see. */
  private async findInWorkspaceOf(actor: Actor, id: string): Promise<OrganizationEntity> {
    const organization = isUuid(id)
      ? await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id } })
      : null;
    if (!organization || !(await this.access.accessTo(actor, organization.workspaceId))) {
      throw new NotFoundError('Organisation');
    }
    return organization;
  }

  private async withDuplicateCheck<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`An organisation named "${name}" already exists in this workspace.`);
      }
      throw error;
    }
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    organization: OrganizationEntity,
    action: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.userId,
      workspaceId: organization.workspaceId,
      action,
      subjectType: 'Organization',
      subjectId: organization.id,
      data,
    });
  }
}
