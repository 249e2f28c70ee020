import type { DataPointEntity, DifferingFigureResolutionEntity } from '../entities/data-point.entity';
import type { IndicatorCatalogueVersionEntity, IndicatorEntity } from '../entities/indicator.entity';
import type { DataPointModel, DifferingFiguresResolutionModel, IndicatorCatalogueVersionModel, IndicatorModel } from './indicator.model';

// Entities never reach GraphQL: these pick what the API shows ('' for "all" becomes null).
export const toIndicatorModel = (i: IndicatorEntity): IndicatorModel => ({
  id: i.id,
  code: i.code,
  name: i.name,
  unit: i.unit,
  definition: i.definition,
  internationalReference: i.internationalReference,
  gmgPart: i.gmgPart,
  sdgTarget: i.sdgTarget,
  gcmObjective: i.gcmObjective,
  toBeConfirmed: i.toBeConfirmed,
  updatedAt: i.updatedAt,
  workspaceId: i.workspaceId,
});

export const toDataPointModel = (p: DataPointEntity): DataPointModel => ({
  id: p.id,
  indicatorId: p.indicatorId,
  value: p.value,
  dataGap: p.dataGap,
  unit: p.unit,
  period: p.period,
  sex: p.sex,
  ageGroup: p.ageGroup || null,
  countryCode: p.countryCode || null,
  sourceType: p.sourceType,
  sourceName: p.sourceName,
  nationalDefinition: p.nationalDefinition,
  comparability: p.comparability,
  comparabilityNote: p.comparabilityNote,
  note: p.note,
  updatedAt: p.updatedAt,
  organizationId: p.organizationId,
  workspaceId: p.workspaceId,
});

export const toResolutionModel = (r: DifferingFigureResolutionEntity): DifferingFiguresResolutionModel => ({
  chosenDataPointId: r.chosenDataPointId,
  footnote: r.footnote,
  resolvedAt: r.resolvedAt,
  resolvedById: r.resolvedById,
});

export const toCatalogueVersionModel = (v: IndicatorCatalogueVersionEntity): IndicatorCatalogueVersionModel => ({
  id: v.id,
  number: v.number,
  decision: v.decision,
  adoptedOn: v.adoptedOn,
  indicators: v.indicators.map((e) => ({
    code: e.code,
    name: e.name,
    unit: e.unit,
    definition: e.definition,
    internationalReference: e.internationalReference,
    gmgPart: e.gmgPart,
  })),
  recordedAt: v.recordedAt,
});
