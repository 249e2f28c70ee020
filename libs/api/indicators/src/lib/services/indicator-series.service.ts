import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseInput } from '@mps/api-core';
import { Actor, OrganizationEntity } from '@mps/api-iam';
import { dataSliceSchema } from '@mps/shared-domain';
import type { Comparability, Sex } from '@mps/shared-domain';
import { DataPointEntity } from '../entities/data-point.entity';
import type { IndicatorEntity } from '../entities/indicator.entity';
import type { DisaggregationInput, EditionSeriesModel, SeriesPointModel } from '../models/indicator.model';
import { DataPointsService } from './data-points.service';
import { IndicatorCatalogueService } from './indicator-catalogue.service';

export interface IndicatorSeries {
  indicator: IndicatorEntity;
  points: SeriesPointModel[];
  editions: EditionSeriesModel[];
}

/**
 * An indicator over time (issue 11 item 6), for one disaggregation: the current figures across periods, and the
 * figures each published release of the workspace froze, matched by the indicator's stable code. Where organisations
 * differ, the chosen figure stands alone; without a choice every figure is given, marked as differing.
 */
@Injectable()
export class IndicatorSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: IndicatorCatalogueService,
    private readonly dataPoints: DataPointsService,
  ) {}

  async series(actor: Actor, indicatorId: string, disaggregation: DisaggregationInput | null | undefined): Promise<IndicatorSeries> {
    const indicator = await this.catalogue.get(actor, indicatorId, 'indicatorSeries');
    const slice = parseInput(dataSliceSchema.omit({ period: true }), disaggregation ?? {}, {
      sex: 'the sex',
      ageGroup: 'the age group',
      countryCode: 'the country',
    });
    const match = { sex: slice.sex as Sex, ageGroup: slice.ageGroup ?? '', countryCode: slice.countryCode ?? '' };
    const [points, differing, organizations] = await Promise.all([
      this.dataSource.getRepository(DataPointEntity).find({ where: { indicatorId: indicator.id, ...match }, order: { period: 'ASC' } }),
      this.dataPoints.differingIn(this.dataSource.manager, indicator.workspaceId, { indicatorId: indicator.id }),
      this.dataSource.getRepository(OrganizationEntity).find({ where: { workspaceId: indicator.workspaceId } }),
    ]);
    const orgName = new Map(organizations.map((o) => [o.id, o.acronym ?? o.name]));
    const byPeriod = new Map(
      differing.filter((d) => d.sex === match.sex && d.ageGroup === match.ageGroup && d.countryCode === match.countryCode).map((d) => [d.period, d]),
    );
    const live: SeriesPointModel[] = [];
    for (const p of points) {
      const slice = byPeriod.get(p.period);
      const chosen = slice?.resolution?.chosenDataPointId ?? null;
      if (chosen && chosen !== p.id) continue;
      live.push({
        period: p.period,
        value: p.value,
        dataGap: p.dataGap,
        organizationName: orgName.get(p.organizationId) ?? '',
        comparability: p.comparability,
        differing: Boolean(slice) && !chosen,
      });
    }
    const frozen: Array<{
      release_id: string;
      version: string;
      edition: string;
      published_at: Date | null;
      period: string;
      value: number | null;
      data_gap: boolean;
      organization_name: string;
      comparability: Comparability;
      selection: string;
    }> = await this.dataSource.query(
      `SELECT r.id AS release_id, r.version, p.edition, r.published_at, v.period, v.value, v.data_gap, v.organization_name,
              v.comparability, v.selection
         FROM release_indicator_values v
         JOIN releases r ON r.id = v.release_id
         JOIN profiles p ON p.id = r.profile_id
        WHERE r.workspace_id = $1 AND r.status = 'PUBLISHED' AND v.indicator_code = $2
          AND v.sex = $3 AND v.age_group = $4 AND v.country_code = $5 AND v.selection <> 'NOT_CHOSEN'
        ORDER BY r.published_at ASC, r.id, v.position`,
      [indicator.workspaceId, indicator.code, match.sex, match.ageGroup, match.countryCode],
    );
    const editions = new Map<string, EditionSeriesModel>();
    for (const row of frozen) {
      let edition = editions.get(row.release_id);
      if (!edition) {
        edition = { releaseId: row.release_id, version: row.version, edition: row.edition, publishedAt: row.published_at, points: [] };
        editions.set(row.release_id, edition);
      }
      edition.points.push({
        period: row.period,
        value: row.value,
        dataGap: row.data_gap,
        organizationName: row.organization_name,
        comparability: row.comparability,
        differing: row.selection === 'DIFFERING',
      });
    }
    return { indicator, points: live, editions: [...editions.values()] };
  }
}
