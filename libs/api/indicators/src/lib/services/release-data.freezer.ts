import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FiguresOf, ReleaseBeingPrepared, ReleaseDataPort } from '@mps/api-releases';
import { DocumentFigure, sliceKey } from '@mps/shared-domain';
import { DataPointEntity } from '../entities/data-point.entity';
import { CatalogueSnapshotEntry, IndicatorEntity, ProfileCatalogueVersionEntity } from '../entities/indicator.entity';
import { FrozenSelection, ReleaseIndicatorValueEntity } from '../entities/release-indicator-value.entity';
import { DataPointsService } from './data-points.service';

/**
 * Freezes the figures a release shows, inside the release's prepare transaction (ReleaseDataPort). A release shows
 * the annex of core indicators: every figure of the indicators of the catalogue version its profile follows, or of
 * the whole catalogue when it follows none, with the words of that version (or the catalogue) copied beside them.
 */
@Injectable()
export class ReleaseDataFreezer extends ReleaseDataPort {
  constructor(private readonly dataPoints: DataPointsService) {
    super();
  }

  async freeze(manager: EntityManager, release: ReleaseBeingPrepared): Promise<{ frozenFigures: number }> {
    // FOR SHARE: a figure entered while the release is being prepared waits until it has committed.
    await manager.query(`SELECT id FROM data_points WHERE workspace_id = $1 FOR SHARE`, [release.workspaceId]);
    const rows = (await this.collect(manager, release)).map((row, position): ReleaseIndicatorValueEntity => ({ ...row, releaseId: release.id, position }));
    for (let start = 0; start < rows.length; start += 500) {
      await manager.insert(ReleaseIndicatorValueEntity, rows.slice(start, start + 500));
    }
    return { frozenFigures: rows.length };
  }

  /** A release's frozen figures, or a draft's live ones worked out as `freeze` would freeze them now. */
  async figures(manager: EntityManager, of: FiguresOf): Promise<DocumentFigure[]> {
    const rows =
      of.kind === 'RELEASE'
        ? await manager.find(ReleaseIndicatorValueEntity, { where: { releaseId: of.releaseId }, order: { position: 'ASC' } })
        : await this.collect(manager, { workspaceId: of.workspaceId, profileId: of.profileId });
    return rows.map(toDocumentFigure);
  }

  /** The figures a release of the profile would freeze now, in release order, with the words they are shown with. */
  private async collect(manager: EntityManager, release: Omit<ReleaseBeingPrepared, 'id'>): Promise<LiveFigure[]> {
    const followed = await manager.findOne(ProfileCatalogueVersionEntity, {
      where: { profileId: release.profileId },
      relations: { catalogueVersion: true },
    });
    const indicators = await manager.find(IndicatorEntity, { where: { workspaceId: release.workspaceId }, order: { gmgPart: 'ASC', code: 'ASC' } });
    const words = new Map<string, CatalogueSnapshotEntry>();
    if (followed?.catalogueVersion) for (const entry of followed.catalogueVersion.indicators) words.set(entry.code, entry);
    else for (const i of indicators) words.set(i.code, i);
    const shown = indicators.filter((i) => words.has(i.code));
    if (!shown.length) return [];
    const points = await manager
      .getRepository(DataPointEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.organization', 'o')
      .where('p.indicator_id = ANY(:ids)', { ids: shown.map((i) => i.id) })
      .orderBy('p.period', 'ASC')
      .addOrderBy('p.sex', 'ASC')
      .addOrderBy('p.age_group', 'ASC')
      .addOrderBy('p.country_code', 'ASC')
      .addOrderBy('o.name', 'ASC')
      .getMany();
    const differing = await this.dataPoints.differingIn(manager, release.workspaceId);
    const sliceOf = (p: { indicatorId: string; period: string; sex: DataPointEntity['sex']; ageGroup: string; countryCode: string }) =>
      sliceKey({ ...p, ageGroup: p.ageGroup || null, countryCode: p.countryCode || null });
    const answers = new Map(differing.map((d) => [sliceOf(d), d]));
    const order = new Map(shown.map((i, index) => [i.id, index]));
    const codeOf = new Map(shown.map((i) => [i.id, i.code]));
    const sorted = [...points].sort((a, b) => order.get(a.indicatorId)! - order.get(b.indicatorId)!);
    return sorted.map((p): LiveFigure => {
      const entry = words.get(codeOf.get(p.indicatorId)!)!;
      const slice = answers.get(sliceOf(p));
      let selection: FrozenSelection = 'SINGLE';
      if (slice) {
        const chosen = slice.resolution?.chosenDataPointId ?? null;
        selection = chosen === null ? 'DIFFERING' : chosen === p.id ? 'CHOSEN' : 'NOT_CHOSEN';
      }
      return {
        indicatorCode: entry.code,
        indicatorName: entry.name,
        gmgPart: entry.gmgPart,
        definition: entry.definition,
        internationalReference: entry.internationalReference,
        value: p.value,
        dataGap: p.dataGap,
        unit: p.unit,
        period: p.period,
        sex: p.sex,
        ageGroup: p.ageGroup,
        countryCode: p.countryCode,
        organizationName: p.organization!.name,
        sourceType: p.sourceType,
        sourceName: p.sourceName,
        nationalDefinition: p.nationalDefinition,
        comparability: p.comparability,
        comparabilityNote: p.comparabilityNote,
        note: p.note,
        selection,
        footnote: slice?.resolution?.footnote ?? null,
      };
    });
  }
}

type LiveFigure = Omit<ReleaseIndicatorValueEntity, 'releaseId' | 'position' | 'release'>;

const toDocumentFigure = (f: LiveFigure): DocumentFigure => ({
  indicatorCode: f.indicatorCode,
  indicatorName: f.indicatorName,
  gmgPart: f.gmgPart,
  definition: f.definition,
  unit: f.unit,
  period: f.period,
  sex: f.sex,
  ageGroup: f.ageGroup,
  countryCode: f.countryCode,
  value: f.value,
  dataGap: f.dataGap,
  organizationName: f.organizationName,
  sourceName: f.sourceName,
  comparability: f.comparability,
  selection: f.selection,
  footnote: f.footnote,
});
