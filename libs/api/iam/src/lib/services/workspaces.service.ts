import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService, ConflictError, isUniqueViolation, isUuid, NotFoundError, parseInput } from '@mps/api-core';
import { workspaceSchema } from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { CreateWorkspaceInput } from '../inputs/iam.inputs';
import { AccessService } from './access.service';
import type { Actor } from './actor';

/** How BAD_USER_INPUT messages name each argument. */
const WORKSPACE_LABELS = { name: 'the name', slug: 'the slug', kind: 'the kind', countryCode: 'the country code' };

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's workspaces; every workspace for a platform admin. */
  async listFor(actor: Actor): Promise<WorkspaceEntity[]> {
    const repo = this.dataSource.getRepository(WorkspaceEntity);
    if (actor.isPlatformAdmin) return repo.find({ order: { name: 'ASC' } });
    const memberships = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { userId: actor.userId, status: 'ACTIVE' }, select: { workspaceId: true } });
    if (memberships.length === 0) return [];
    return repo.find({ where: { id: In(memberships.map((m) => m.workspaceId)) }, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<WorkspaceEntity> {
    if (!isUuid(id)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'workspace', id);
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOne({ where: { id } });
    if (!workspace) throw new NotFoundError('Workspace');
    return workspace;
  }

  async create(actor: Actor, input: CreateWorkspaceInput): Promise<WorkspaceEntity> {
    const { name, slug, countryCode } = parseInput(workspaceSchema, input, WORKSPACE_LABELS);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const workspace = await manager.save(
          WorkspaceEntity,
          manager.create(WorkspaceEntity, { name, slug, kind: input.kind, countryCode }),
        );
        await this.audit.record(manager, {
          actorId: actor.userId,
          workspaceId: workspace.id,
          action: 'workspace.created',
          subjectType: 'Workspace',
          subjectId: workspace.id,
          data: { name, slug, kind: input.kind, countryCode },
        });
        return workspace;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A workspace with the slug "${slug}" already exists.`);
      throw error;
    }
  }
}
