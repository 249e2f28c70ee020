import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, BadUserInputError, ForbiddenError, isUuid, NotFoundError, parseInput } from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity } from '@mps/api-iam';
import { dataPointSchema, dataSliceSchema, differingFigures, resolveDifferingFiguresSchema, sliceKey } from '@mps/shared-domain';
import type { DataPointFields, Sex } from '@mps/shared-domain';
import { DataPointEntity, DifferingFigureResolutionEntity } from '../entities/data-point.entity';
import type { RecordDataPointInput, ResolveDifferingFiguresInput } from '../models/indicator.model';
import { IndicatorCatalogueService } from './indicator-catalogue.service';

const LABELS = {
  value: 'the value',
  unit: 'the unit',
  period: 'the period',
  sex: 'the sex',
  ageGroup: 'the age group',
  countryCode: 'the country',
  sourceType: 'the source type',
  sourceName: 'the source name',
  nationalDefinition: 'the national definition',
  comparability: 'the comparability',
  comparabilityNote: 'the comparability note',
  note: 'the note',
  footnote: 'the footnote',
  chosenDataPointId: 'the chosen figure',
};

/** One slice of differing figures with the coordinator's answer, if any. */
export interface DifferingSlice {
  indicatorId: string;
  period: string;
  sex: Sex;
  ageGroup: string;
  countryCode: string;
  figures: DataPointEntity[];
  resolution: DifferingFigureResolutionEntity | null;
}

/** The columns an upsert of a figure writes: everything but its identity and slice. */
export const FIGURE_UPDATE_COLUMNS = [
  'value',
  'data_gap',
  'unit',
  'source_type',
  'source_name',
  'national_definition',
  'comparability',
  'comparability_note',
  'note',
  'entered_by_id',
  'updated_at',
] as const;

/** Figures with their provenance, and differing figures (docs/domain.md rule 9). */
@Injectable()
export class DataPointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly catalogue: IndicatorCatalogueService,
  ) {}

  /** Figures of indicators, oldest period first, then disaggregation and organisation (for loaders). */
  forIndicators(indicatorIds: readonly string[]): Promise<DataPointEntity[]> {
    return this.dataSource.getRepository(DataPointEntity).find({
      where: { indicatorId: In([...indicatorIds]) },
      order: { period: 'ASC', sex: 'ASC', ageGroup: 'ASC', countryCode: 'ASC', organizationId: 'ASC' },
    });
  }

  /**
   * Enters one figure. An organisation gives one figure per slice: entering it again replaces the earlier one (same
   * id). Coordinators enter for any organisation of the workspace, focal points for their own (FORBIDDEN otherwise).
   */
  async record(actor: Actor, input: RecordDataPointInput): Promise<DataPointEntity> {
    const indicator = await this.catalogue.find(input.indicatorId);
    const access = await this.access.authorize(actor, 'recordDataPoint', indicator.workspaceId, 'Indicator');
    const organization = isUuid(input.organizationId)
      ? await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id: input.organizationId, workspaceId: indicator.workspaceId } })
      : null;
    if (!organization) throw new NotFoundError('Organisation');
    if (!this.access.canEnterDataFor(access, organization.id)) {
      throw new ForbiddenError('Focal points enter figures for their own organisation only.');
    }
    const fields = parseInput(dataPointSchema, { ...input, unit: input.unit ?? indicator.unit }, LABELS);
    return this.dataSource.transaction(async (manager) => {
      const { ids, replaced } = await this.upsert(manager, indicator.workspaceId, actor.userId, [
        { ...fields, indicatorId: indicator.id, organizationId: organization.id },
      ]);
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: indicator.workspaceId,
        action: 'data-point.recorded',
        subjectType: 'DataPoint',
        subjectId: ids[0]!,
        data: { indicatorCode: indicator.code, period: fields.period, organizationId: organization.id, value: fields.value, dataGap: fields.dataGap, replaced: replaced > 0 },
      });
      return manager.findOneOrFail(DataPointEntity, { where: { id: ids[0]! } });
    });
  }

  /**
   * Inserts figures, or replaces the figure the same organisation gave for the same slice, in batches of one
   * statement each (an import of 10,000 rows is 10 statements). Answers the ids in input order and how many replaced.
   */
  async upsert(
    manager: EntityManager,
    workspaceId: string,
    enteredById: string,
    figures: ReadonlyArray<DataPointFields & { indicatorId: string; organizationId: string }>,
  ): Promise<{ ids: string[]; replaced: number }> {
    const ids: string[] = [];
    let replaced = 0;
    const columns = [
      'workspace_id', 'indicator_id', 'organization_id', 'value', 'data_gap', 'unit', 'period', 'sex', 'age_group', 'country_code',
      'source_type', 'source_name', 'national_definition', 'comparability', 'comparability_note', 'note', 'entered_by_id',
    ];
    for (let start = 0; start < figures.length; start += 1000) {
      const batch = figures.slice(start, start + 1000);
      const params: unknown[] = [];
      const tuples = batch.map((f) => {
        const values = [
          workspaceId, f.indicatorId, f.organizationId, f.value, f.dataGap, f.unit, f.period, f.sex, f.ageGroup ?? '', f.countryCode ?? '',
          f.sourceType, f.sourceName, f.nationalDefinition, f.comparability, f.comparabilityNote, f.note, enteredById,
        ];
        const placeholders = values.map((v) => {
          params.push(v);
          return `$${params.length}`;
        });
        return `(${placeholders.join(', ')})`;
      });
      // xmax = 0 tells a fresh insert from an update of the row the same organisation gave for this slice.
      const rows: Array<{ id: string; inserted: boolean }> = await manager.query(
        `INSERT INTO data_points (${columns.join(', ')}) VALUES ${tuples.join(', ')}
         ON CONFLICT (indicator_id, period, sex, age_group, country_code, organization_id) DO UPDATE SET
           ${FIGURE_UPDATE_COLUMNS.map((c) => (c === 'updated_at' ? 'updated_at = now()' : `${c} = EXCLUDED.${c}`)).join(', ')}
         RETURNING id, (xmax = 0) AS inserted`,
        params,
      );
      for (const row of rows) {
        ids.push(row.id);
        if (!row.inserted) replaced++;
      }
    }
    return { ids, replaced };
  }

  /** The differing figures of a workspace (or of one indicator), with their answers; unresolved ones only if asked. */
  async differing(actor: Actor, workspaceId: string, options: { indicatorId?: string; unresolvedOnly?: boolean } = {}): Promise<DifferingSlice[]> {
    if (!isUuid(workspaceId)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'differingFigures', workspaceId);
    return this.differingIn(this.dataSource.manager, workspaceId, options);
  }

  async differingIn(manager: EntityManager, workspaceId: string, options: { indicatorId?: string; unresolvedOnly?: boolean } = {}): Promise<DifferingSlice[]> {
    // Only slices that two organisations supplied are candidates: the database narrows, the shared rule decides.
    const points: DataPointEntity[] = await manager
      .getRepository(DataPointEntity)
      .createQueryBuilder('p')
      .where('p.workspace_id = :workspaceId', { workspaceId })
      .andWhere(options.indicatorId ? 'p.indicator_id = :indicatorId' : 'TRUE', { indicatorId: options.indicatorId })
      .andWhere(
        `EXISTS (SELECT 1 FROM data_points o WHERE o.indicator_id = p.indicator_id AND o.period = p.period AND o.sex = p.sex
           AND o.age_group = p.age_group AND o.country_code = p.country_code AND o.organization_id <> p.organization_id)`,
      )
      .orderBy('p.period', 'ASC')
      .getMany();
    const groups = differingFigures(points.map((p) => ({ ...p, ageGroup: p.ageGroup || null, countryCode: p.countryCode || null, entity: p })));
    if (!groups.length) return [];
    const resolutions = await manager.getRepository(DifferingFigureResolutionEntity).find({
      where: { indicatorId: In([...new Set(groups.map((g) => g.figures[0]!.indicatorId))]) },
    });
    const byKey = new Map(resolutions.map((r) => [sliceKey({ ...r, ageGroup: r.ageGroup || null, countryCode: r.countryCode || null }), r]));
    return groups
      .map((g) => {
        const first = g.figures[0]!.entity;
        return {
          indicatorId: first.indicatorId,
          period: first.period,
          sex: first.sex,
          ageGroup: first.ageGroup,
          countryCode: first.countryCode,
          figures: g.figures.map((f) => f.entity),
          resolution: byKey.get(g.key) ?? null,
        };
      })
      .filter((slice) => !options.unresolvedOnly || slice.resolution === null);
  }

  /**
   * A coordinator's answer to differing figures: the figure the TWG uses, a footnote explaining the difference, or
   * both (BAD_USER_INPUT with neither). The chosen figure must be one of the slice's. A new answer replaces the
   * earlier one; every answer is audited with the figures it was given on.
   */
  async resolve(actor: Actor, input: ResolveDifferingFiguresInput): Promise<DifferingSlice> {
    const indicator = await this.catalogue.find(input.indicatorId);
    await this.access.authorize(actor, 'resolveDifferingFigures', indicator.workspaceId, 'Indicator');
    const slice = parseInput(dataSliceSchema, input, LABELS);
    const answer = parseInput(resolveDifferingFiguresSchema, input, LABELS);
    return this.dataSource.transaction(async (manager) => {
      const match = {
        indicatorId: indicator.id,
        period: slice.period,
        sex: slice.sex,
        ageGroup: slice.ageGroup ?? '',
        countryCode: slice.countryCode ?? '',
      };
      const figures = await manager.find(DataPointEntity, { where: match, order: { organizationId: 'ASC' }, lock: { mode: 'pessimistic_read' } });
      const found = (await this.differingIn(manager, indicator.workspaceId, { indicatorId: indicator.id })).find(
        (s) => s.period === match.period && s.sex === match.sex && s.ageGroup === match.ageGroup && s.countryCode === match.countryCode,
      );
      if (!found) throw new NotFoundError('Differing figures');
      if (answer.chosenDataPointId && !figures.some((f) => f.id === answer.chosenDataPointId)) {
        throw new BadUserInputError('Choose one of the figures given for this indicator, period and disaggregation.', 'chosenDataPointId');
      }
      await manager.query(
        `INSERT INTO differing_figure_resolutions
           (workspace_id, indicator_id, period, sex, age_group, country_code, chosen_data_point_id, footnote, resolved_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (indicator_id, period, sex, age_group, country_code) DO UPDATE SET
           chosen_data_point_id = EXCLUDED.chosen_data_point_id, footnote = EXCLUDED.footnote,
           resolved_by_id = EXCLUDED.resolved_by_id, resolved_at = now()`,
        [indicator.workspaceId, indicator.id, match.period, match.sex, match.ageGroup, match.countryCode, answer.chosenDataPointId, answer.footnote, actor.userId],
      );
      const resolution = await manager.findOneOrFail(DifferingFigureResolutionEntity, { where: match });
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: indicator.workspaceId,
        action: 'differing-figures.resolved',
        subjectType: 'DifferingFigures',
        subjectId: resolution.id,
        data: {
          indicatorCode: indicator.code,
          ...match,
          chosenDataPointId: answer.chosenDataPointId,
          footnote: answer.footnote,
          figures: figures.map((f) => ({ id: f.id, organizationId: f.organizationId, value: f.value, dataGap: f.dataGap })),
        },
      });
      return { ...found, resolution };
    });
  }

  /** The default manager, for reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
