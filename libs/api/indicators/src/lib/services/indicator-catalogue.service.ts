import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, ConflictError, isUniqueViolation, isUuid, NotFoundError, parseInput } from '@mps/api-core';
import { AccessService, Actor, WorkspaceEntity } from '@mps/api-iam';
import { ProfileEntity } from '@mps/api-profiles';
import { adoptCatalogueSchema, indicatorSchema } from '@mps/shared-domain';
import { IndicatorCatalogueVersionEntity, IndicatorEntity, ProfileCatalogueVersionEntity } from '../entities/indicator.entity';
import type { AdoptIndicatorCatalogueInput, CreateIndicatorInput, IndicatorInput } from '../models/indicator.model';

const LABELS = {
  code: 'the code',
  name: 'the name',
  unit: 'the unit',
  definition: 'the definition',
  internationalReference: 'the international reference',
  gmgPart: 'the GMG part',
  sdgTarget: 'the SDG target',
  gcmObjective: 'the GCM objective',
  decision: 'the decision',
  adoptedOn: 'the date of adoption',
};

/** Catalogue order: GMG part, then code. Tables, the annex and open data list indicators in this order. */
const CATALOGUE_ORDER = { gmgPart: 'ASC', code: 'ASC' } as const;

/** The indicator catalogue of a workspace and its adopted versions (docs/domain.md rule 9). */
@Injectable()
export class IndicatorCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, workspaceId: string): Promise<IndicatorEntity[]> {
    await this.access.authorize(actor, 'indicators', await this.workspaceIdOf(workspaceId));
    return this.dataSource.getRepository(IndicatorEntity).find({ where: { workspaceId }, order: CATALOGUE_ORDER });
  }

  async get(actor: Actor, id: string, operation: 'indicator' | 'indicatorSeries' = 'indicator'): Promise<IndicatorEntity> {
    const indicator = await this.find(id);
    await this.access.authorize(actor, operation, indicator.workspaceId, 'Indicator');
    return indicator;
  }

  async find(id: string): Promise<IndicatorEntity> {
    const indicator = isUuid(id) ? await this.dataSource.getRepository(IndicatorEntity).findOne({ where: { id } }) : null;
    if (!indicator) throw new NotFoundError('Indicator');
    return indicator;
  }

  /** Indicators by code, for renderers that name indicators by their stable code (tables and charts in sections). */
  byCodes(workspaceId: string, codes: readonly string[]): Promise<IndicatorEntity[]> {
    return this.dataSource
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .where('i.workspace_id = :workspaceId AND i.code = ANY(:codes)', { workspaceId, codes: [...codes] })
      .orderBy('i.gmg_part')
      .addOrderBy('i.code')
      .getMany();
  }

  async create(actor: Actor, input: CreateIndicatorInput): Promise<IndicatorEntity> {
    const workspaceId = await this.workspaceIdOf(input.workspaceId);
    await this.access.authorize(actor, 'createIndicator', workspaceId);
    const fields = parseInput(indicatorSchema, { ...input, toBeConfirmed: input.toBeConfirmed ?? true }, LABELS);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(IndicatorEntity, manager.create(IndicatorEntity, { ...fields, workspaceId }));
        await this.audit.record(manager, {
          actorId: actor.userId,
          workspaceId,
          action: 'indicator.created',
          subjectType: 'Indicator',
          subjectId: saved.id,
          data: { code: saved.code, name: saved.name },
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_indicators_workspace_code')) {
        throw new ConflictError(`The catalogue already has an indicator ${fields.code}: choose another code.`, { field: 'code' });
      }
      throw error;
    }
  }

  /** Everything but the code, which tables, charts and frozen releases refer to. */
  async update(actor: Actor, id: string, input: IndicatorInput): Promise<IndicatorEntity> {
    const indicator = await this.find(id);
    await this.access.authorize(actor, 'updateIndicator', indicator.workspaceId, 'Indicator');
    const { code: _code, ...fields } = parseInput(
      indicatorSchema,
      { ...input, code: indicator.code, toBeConfirmed: input.toBeConfirmed ?? indicator.toBeConfirmed },
      LABELS,
    );
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(IndicatorEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      await manager.update(IndicatorEntity, { id }, fields);
      const changed = Object.keys(fields).filter((k) => (before as unknown as Record<string, unknown>)[k] !== (fields as Record<string, unknown>)[k]);
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: indicator.workspaceId,
        action: 'indicator.updated',
        subjectType: 'Indicator',
        subjectId: id,
        data: { code: indicator.code, changed },
      });
      return manager.findOneOrFail(IndicatorEntity, { where: { id } });
    });
  }

  async versions(actor: Actor, workspaceId: string): Promise<IndicatorCatalogueVersionEntity[]> {
    await this.access.authorize(actor, 'indicatorCatalogueVersions', await this.workspaceIdOf(workspaceId));
    return this.dataSource.getRepository(IndicatorCatalogueVersionEntity).find({ where: { workspaceId }, order: { number: 'DESC' } });
  }

  /**
   * Records the catalogue as it is now as the next version, adopted by a decision on a date. The version keeps a copy
   * of every entry, so later edits of the catalogue never change what was adopted. Versions are numbered under a lock
   * of the workspace row, so two adoptions at once get 1 and 2, never 1 twice.
   */
  async adopt(actor: Actor, input: AdoptIndicatorCatalogueInput): Promise<IndicatorCatalogueVersionEntity> {
    const workspaceId = await this.workspaceIdOf(input.workspaceId);
    await this.access.authorize(actor, 'adoptIndicatorCatalogue', workspaceId);
    const { decision, adoptedOn } = parseInput(adoptCatalogueSchema, input, LABELS);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM workspaces WHERE id = $1 FOR UPDATE`, [workspaceId]);
      const indicators = await manager.find(IndicatorEntity, { where: { workspaceId }, order: CATALOGUE_ORDER });
      const [{ next }] = await manager.query(
        `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM indicator_catalogue_versions WHERE workspace_id = $1`,
        [workspaceId],
      );
      const saved = await manager.save(
        IndicatorCatalogueVersionEntity,
        manager.create(IndicatorCatalogueVersionEntity, {
          workspaceId,
          number: Number(next),
          decision,
          adoptedOn,
          recordedById: actor.userId,
          indicators: indicators.map((i) => ({
            code: i.code,
            name: i.name,
            unit: i.unit,
            definition: i.definition,
            internationalReference: i.internationalReference,
            gmgPart: i.gmgPart,
            sdgTarget: i.sdgTarget,
            gcmObjective: i.gcmObjective,
          })),
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId,
        action: 'indicator-catalogue.adopted',
        subjectType: 'IndicatorCatalogueVersion',
        subjectId: saved.id,
        data: { number: saved.number, decision, adoptedOn, indicators: indicators.length },
      });
      return saved;
    });
  }

  /** Records which adopted version a profile follows (a later choice replaces the earlier one). */
  async follow(actor: Actor, profileId: string, versionId: string): Promise<IndicatorCatalogueVersionEntity> {
    const profile = isUuid(profileId) ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id: profileId } }) : null;
    if (!profile) throw new NotFoundError('Profile');
    await this.access.authorize(actor, 'followCatalogueVersion', profile.workspaceId, 'Profile');
    const version = isUuid(versionId)
      ? await this.dataSource.getRepository(IndicatorCatalogueVersionEntity).findOne({ where: { id: versionId, workspaceId: profile.workspaceId } })
      : null;
    if (!version) throw new NotFoundError('Catalogue version');
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(ProfileCatalogueVersionEntity, { profileId: profile.id, catalogueVersionId: version.id }, ['profileId']);
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: profile.workspaceId,
        action: 'profile.catalogue-version-followed',
        subjectType: 'Profile',
        subjectId: profile.id,
        data: { catalogueVersionId: version.id, number: version.number },
      });
    });
    return version;
  }

  async followedVersions(profileIds: readonly string[]): Promise<Array<{ profileId: string; version: IndicatorCatalogueVersionEntity }>> {
    if (!profileIds.length) return [];
    const rows = await this.dataSource
      .getRepository(ProfileCatalogueVersionEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.catalogueVersion', 'v')
      .where('p.profile_id = ANY(:ids)', { ids: [...profileIds] })
      .getMany();
    return rows.map((r) => ({ profileId: r.profileId, version: r.catalogueVersion! }));
  }

  /** A workspace id that names no workspace is NOT_FOUND before any access check (never a database error). */
  private async workspaceIdOf(id: string): Promise<string> {
    if (!isUuid(id) || !(await this.dataSource.getRepository(WorkspaceEntity).exists({ where: { id } }))) {
      throw new NotFoundError('Workspace');
    }
    return id;
  }
}
