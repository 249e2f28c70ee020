import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  optionalText,
  requiredText,
} from '@mps/api-core';
import { COUNTRY_CODE_RE, SLUG_RE } from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { CreateWorkspaceInput } from '../inputs/iam.inputs';
import { AccessService } from './access.service';
import type { Actor } from './actor';

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
      .find({ where: { userId: actor.userId, deactivatedAt: IsNull() }, select: { workspaceId: true } });
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
    const name = requiredText(input.name, 'name', 'Name');
    const slug = requiredText(input.slug, 'slug', 'Slug', 60).toLowerCase();
    if (!SLUG_RE.test(slug)) {
      throw new BadUserInputError('Slug may contain only lower-case letters, digits and single hyphens.', 'slug');
    }
    const countryCode = optionalText(input.countryCode, 'countryCode', 'Country code', 2)?.toUpperCase() ?? null;
    if (countryCode && !COUNTRY_CODE_RE.test(countryCode)) {
      throw new BadUserInputError('Country code must be two letters (ISO 3166-1 alpha-2), e.g. "MD".', 'countryCode');
    }
    if (input.kind === 'NATIONAL' && !countryCode) {
      throw new BadUserInputError('A national workspace needs a country code.', 'countryCode');
    }
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
