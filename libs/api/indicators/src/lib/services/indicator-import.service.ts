import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, BadUserInputError, isUuid, NotFoundError, requiredText } from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity, WorkspaceAccess, WorkspaceEntity } from '@mps/api-iam';
import { IMPORT_LIMITS, PERMISSIONS, readImportRows } from '@mps/shared-domain';
import type { ImportedFigure, ImportProblem } from '@mps/shared-domain';
import { IndicatorImportEntity } from '../entities/data-point.entity';
import { IndicatorEntity } from '../entities/indicator.entity';
import type { IndicatorDataFileInput, IndicatorImportPreviewModel } from '../models/indicator.model';
import { readDataFile } from './data-file.reader';
import { DataPointsService } from './data-points.service';

interface CheckedFile {
  fileName: string;
  rowCount: number;
  figures: ImportedFigure[];
  problems: ImportProblem[];
  organizations: Map<string, OrganizationEntity>;
  /** Slices (with organisation) that already have a figure: importing them replaces it. */
  existing: Set<string>;
}

const figureKey = (f: { indicatorId: string; period: string; sex: string; ageGroup: string | null; countryCode: string | null; organizationId: string }) =>
  [f.indicatorId, f.period, f.sex, f.ageGroup ?? '', f.countryCode ?? '', f.organizationId].join('|');

/**
 * Importing a CSV or XLSX data file (docs/domain.md rule 9): a preview that writes nothing and reports every problem
 * by row and column, and the import itself, which checks the file again with the same code and writes every row in
 * one transaction, or nothing at all.
 */
@Injectable()
export class IndicatorImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly dataPoints: DataPointsService,
  ) {}

  async preview(actor: Actor, input: IndicatorDataFileInput): Promise<IndicatorImportPreviewModel> {
    const workspaceId = await this.workspaceIdOf(input.workspaceId);
    const access = await this.access.authorize(actor, 'indicatorImportPreview', workspaceId);
    const checked = await this.check(this.dataSource.manager, access, input);
    const replaces = (f: ImportedFigure) => checked.existing.has(figureKey(f));
    const replaceCount = checked.figures.filter(replaces).length;
    return {
      fileName: checked.fileName,
      rowCount: checked.rowCount,
      addCount: checked.figures.length - replaceCount,
      replaceCount,
      problemCount: checked.problems.length,
      problems: checked.problems.slice(0, IMPORT_LIMITS.maxProblemsListed),
      rows: checked.figures.slice(0, 50).map((f) => ({
        row: f.row,
        indicatorCode: f.indicatorCode,
        period: f.period,
        value: f.value,
        dataGap: f.dataGap,
        unit: f.unit,
        sex: f.sex,
        ageGroup: f.ageGroup,
        countryCode: f.countryCode,
        organizationName: checked.organizations.get(f.organizationId)?.name ?? '',
        sourceType: f.sourceType,
        comparability: f.comparability,
        replaces: replaces(f),
      })),
    };
  }

  /**
   * Every row or none: any problem refuses the whole file (BAD_USER_INPUT on `file`, the first problems in
   * extensions.problems) and nothing is written. The catalogue rows are locked FOR SHARE while the figures go in.
   */
  async import(actor: Actor, input: IndicatorDataFileInput): Promise<IndicatorImportEntity> {
    const workspaceId = await this.workspaceIdOf(input.workspaceId);
    const access = await this.access.authorize(actor, 'importIndicatorData', workspaceId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM indicators WHERE workspace_id = $1 FOR SHARE`, [workspaceId]);
      const checked = await this.check(manager, access, input);
      if (checked.problems.length) {
        const error = new BadUserInputError(
          `The file has ${checked.problems.length} ${checked.problems.length === 1 ? 'problem' : 'problems'}: nothing was imported. Fix them and import the file again.`,
          'file',
        );
        Object.assign(error.extensions, { problems: checked.problems.slice(0, 100) });
        throw error;
      }
      if (!checked.figures.length) throw new BadUserInputError('The file has a header but no figures: nothing was imported.', 'file');
      const { replaced } = await this.dataPoints.upsert(manager, workspaceId, actor.userId, checked.figures);
      const saved = await manager.save(
        IndicatorImportEntity,
        manager.create(IndicatorImportEntity, {
          workspaceId,
          fileName: checked.fileName,
          addedCount: checked.figures.length - replaced,
          replacedCount: replaced,
          importedById: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId,
        action: 'indicator-data.imported',
        subjectType: 'IndicatorImport',
        subjectId: saved.id,
        data: { fileName: saved.fileName, added: saved.addedCount, replaced: saved.replacedCount },
      });
      return saved;
    });
  }

  private async check(manager: EntityManager, access: WorkspaceAccess, input: IndicatorDataFileInput): Promise<CheckedFile> {
    const fileName = requiredText(input.fileName, 'fileName', 'The file name', 255);
    const file = await readDataFile(fileName, input.contentBase64 ?? '');
    const workspaceId = access.workspaceId;
    const [indicators, organizations] = await Promise.all([
      manager.find(IndicatorEntity, { where: { workspaceId } }),
      manager.find(OrganizationEntity, { where: { workspaceId } }),
    ]);
    const ownOrganizationId = access.membership?.organizationId ?? null;
    const { figures, problems, rowCount } = readImportRows(file.header, file.rows, {
      indicators: new Map(indicators.map((i) => [i.code, { id: i.id, unit: i.unit }])),
      organizations,
      onlyOrganizationId: access.can(PERMISSIONS.DATA_ENTER_ANY) ? null : ownOrganizationId,
      defaultOrganizationId: ownOrganizationId,
    });
    const existing = new Set<string>();
    if (figures.length) {
      const rows: Array<{ k: string }> = await manager.query(
        `SELECT concat_ws('|', indicator_id, period, sex, age_group, country_code, organization_id) AS k FROM data_points WHERE workspace_id = $1`,
        [workspaceId],
      );
      for (const row of rows) existing.add(row.k);
    }
    return { fileName, rowCount, figures, problems, organizations: new Map(organizations.map((o) => [o.id, o])), existing };
  }

  private async workspaceIdOf(id: string): Promise<string> {
    if (!isUuid(id) || !(await this.dataSource.getRepository(WorkspaceEntity).exists({ where: { id } }))) throw new NotFoundError('Workspace');
    return id;
  }
}
