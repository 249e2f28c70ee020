import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, groupByKeys, NotFoundError } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, OrganizationModel, toOrganizationModel } from '@mps/api-iam';
import { ProfileModel } from '@mps/api-profiles';
import type { DataPointEntity } from '../entities/data-point.entity';
import type { IndicatorCatalogueVersionEntity } from '../entities/indicator.entity';
import { toCatalogueVersionModel, toDataPointModel, toIndicatorModel, toResolutionModel } from '../models/indicator.mappers';
import {
  AdoptIndicatorCatalogueInput,
  CreateIndicatorInput,
  DataPointModel,
  DifferingFiguresModel,
  DisaggregationInput,
  IndicatorCatalogueVersionModel,
  IndicatorDataFileInput,
  IndicatorImportModel,
  IndicatorImportPreviewModel,
  IndicatorInput,
  IndicatorModel,
  IndicatorSeriesModel,
  RecordDataPointInput,
  ResolveDifferingFiguresInput,
} from '../models/indicator.model';
import { DataPointsService, DifferingSlice } from '../services/data-points.service';
import { IndicatorCatalogueService } from '../services/indicator-catalogue.service';
import { IndicatorImportService } from '../services/indicator-import.service';
import { IndicatorSeriesService } from '../services/indicator-series.service';

export const toDifferingModel = (workspaceId: string, s: DifferingSlice): DifferingFiguresModel => ({
  indicatorId: s.indicatorId,
  period: s.period,
  sex: s.sex,
  ageGroup: s.ageGroup || null,
  countryCode: s.countryCode || null,
  figures: s.figures.map(toDataPointModel),
  resolution: s.resolution ? toResolutionModel(s.resolution) : null,
  workspaceId,
});

@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(
    private readonly catalogue: IndicatorCatalogueService,
    private readonly figures: DataPointsService,
    private readonly imports: IndicatorImportService,
    private readonly seriesService: IndicatorSeriesService,
  ) {}

  @Query(() => [IndicatorModel], { description: 'The catalogue, in GMG part then code order.' })
  async indicators(@CurrentActor() actor: Actor, @Args('workspaceId', { type: () => ID }) workspaceId: string): Promise<IndicatorModel[]> {
    return (await this.catalogue.list(actor, workspaceId)).map(toIndicatorModel);
  }

  @Query(() => IndicatorModel)
  async indicator(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<IndicatorModel> {
    return toIndicatorModel(await this.catalogue.get(actor, id));
  }

  @Query(() => [IndicatorCatalogueVersionModel], { description: 'Adopted versions of the catalogue, newest first.' })
  async indicatorCatalogueVersions(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<IndicatorCatalogueVersionModel[]> {
    return (await this.catalogue.versions(actor, workspaceId)).map(toCatalogueVersionModel);
  }

  @Query(() => [DifferingFiguresModel], { description: 'Slices that organisations supplied with different figures.' })
  async differingFigures(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('unresolvedOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unresolvedOnly: boolean,
  ): Promise<DifferingFiguresModel[]> {
    const slices = await this.figures.differing(actor, workspaceId, { unresolvedOnly });
    return slices.map((s) => toDifferingModel(workspaceId, s));
  }

  @Query(() => IndicatorSeriesModel)
  async indicatorSeries(
    @CurrentActor() actor: Actor,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('disaggregation', { type: () => DisaggregationInput, nullable: true, description: 'Default: the total.' })
    disaggregation?: DisaggregationInput | null,
  ): Promise<IndicatorSeriesModel> {
    const series = await this.seriesService.series(actor, indicatorId, disaggregation);
    return { indicator: toIndicatorModel(series.indicator), points: series.points, editions: series.editions };
  }

  @Query(() => IndicatorImportPreviewModel, { description: 'Checks a data file row by row; nothing is written.' })
  async indicatorImportPreview(@CurrentActor() actor: Actor, @Args('input') input: IndicatorDataFileInput): Promise<IndicatorImportPreviewModel> {
    return this.imports.preview(actor, input);
  }

  @Mutation(() => IndicatorModel)
  async createIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreateIndicatorInput): Promise<IndicatorModel> {
    return toIndicatorModel(await this.catalogue.create(actor, input));
  }

  @Mutation(() => IndicatorModel)
  async updateIndicator(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: IndicatorInput,
  ): Promise<IndicatorModel> {
    return toIndicatorModel(await this.catalogue.update(actor, id, input));
  }

  @Mutation(() => IndicatorCatalogueVersionModel)
  async adoptIndicatorCatalogue(@CurrentActor() actor: Actor, @Args('input') input: AdoptIndicatorCatalogueInput): Promise<IndicatorCatalogueVersionModel> {
    return toCatalogueVersionModel(await this.catalogue.adopt(actor, input));
  }

  @Mutation(() => IndicatorCatalogueVersionModel)
  async followCatalogueVersion(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
    @Args('catalogueVersionId', { type: () => ID }) catalogueVersionId: string,
  ): Promise<IndicatorCatalogueVersionModel> {
    return toCatalogueVersionModel(await this.catalogue.follow(actor, profileId, catalogueVersionId));
  }

  @Mutation(() => DataPointModel, { description: 'Enters a figure; the same organisation entering the same slice again replaces its figure.' })
  async recordDataPoint(@CurrentActor() actor: Actor, @Args('input') input: RecordDataPointInput): Promise<DataPointModel> {
    return toDataPointModel(await this.figures.record(actor, input));
  }

  @Mutation(() => IndicatorImportModel, { description: 'Imports every row of a data file, or none (BAD_USER_INPUT with extensions.problems).' })
  async importIndicatorData(@CurrentActor() actor: Actor, @Args('input') input: IndicatorDataFileInput): Promise<IndicatorImportModel> {
    const saved = await this.imports.import(actor, input);
    return { id: saved.id, fileName: saved.fileName, addedCount: saved.addedCount, replacedCount: saved.replacedCount, importedAt: saved.importedAt };
  }

  @Mutation(() => DifferingFiguresModel)
  async resolveDifferingFigures(@CurrentActor() actor: Actor, @Args('input') input: ResolveDifferingFiguresInput): Promise<DifferingFiguresModel> {
    const slice = await this.figures.resolve(actor, input);
    return toDifferingModel(slice.figures[0]!.workspaceId, slice);
  }

  @ResolveField('dataPoints', () => [DataPointModel], { description: 'Every figure of the indicator, oldest period first.' })
  @FieldAccess('Indicators are only returned to readers of their workspace; their figures are workspace content too')
  async indicatorDataPoints(@Parent() indicator: IndicatorModel, @Context() ctx: GqlContext): Promise<DataPointModel[]> {
    const rows = await ctx.loaders
      .get<string, DataPointEntity[]>('indicators.dataPoints', async (ids) =>
        groupByKeys(ids, await this.figures.forIndicators(ids), (p) => p.indicatorId),
      )
      .load(indicator.id);
    return rows.map(toDataPointModel);
  }

  @ResolveField('differingFigures', () => [DifferingFiguresModel], { description: "This indicator's differing figures, resolved or not." })
  @FieldAccess('Indicators are only returned to readers of their workspace; their figures are workspace content too')
  async indicatorDifferingFigures(@Parent() indicator: IndicatorModel): Promise<DifferingFiguresModel[]> {
    const slices = await this.figures.differingIn(this.manager, indicator.workspaceId, { indicatorId: indicator.id });
    return slices.map((s) => toDifferingModel(indicator.workspaceId, s));
  }

  private get manager() {
    return this.figures.manager;
  }
}

@Resolver(() => DataPointModel)
export class DataPointResolver {
  constructor(private readonly iam: IamLoaders) {}

  @ResolveField(() => OrganizationModel, { description: 'The organisation that supplied the figure.' })
  @FieldAccess('Figures are only returned to readers of their workspace, who see its organisations')
  async organization(@Parent() point: DataPointModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    const organization = await this.iam.organization(ctx.loaders, point.organizationId);
    if (!organization) throw new NotFoundError('Organisation');
    return toOrganizationModel(organization);
  }
}

@Resolver(() => DifferingFiguresModel)
export class DifferingFiguresResolver {
  constructor(private readonly catalogue: IndicatorCatalogueService) {}

  @ResolveField(() => IndicatorModel)
  @FieldAccess('Differing figures are only returned to readers of their workspace; the indicator is in the same workspace')
  async indicator(@Parent() slice: DifferingFiguresModel, @Context() ctx: GqlContext): Promise<IndicatorModel> {
    const indicator = await ctx.loaders
      .get<string, IndicatorModel>('indicators.byId', async (ids) => Promise.all(ids.map(async (id) => toIndicatorModel(await this.catalogue.find(id)))))
      .load(slice.indicatorId);
    return indicator;
  }
}

@Resolver(() => ProfileModel)
export class ProfileCatalogueVersionResolver {
  constructor(private readonly catalogue: IndicatorCatalogueService) {}

  @ResolveField(() => IndicatorCatalogueVersionModel, { nullable: true, description: 'The adopted indicator catalogue version this profile follows.' })
  @FieldAccess('Profiles are only returned to members of their workspace; the catalogue version belongs to it')
  async catalogueVersion(@Parent() profile: ProfileModel, @Context() ctx: GqlContext): Promise<IndicatorCatalogueVersionModel | null> {
    const [row] = await ctx.loaders
      .get<string, Array<{ profileId: string; version: IndicatorCatalogueVersionEntity }>>('indicators.followedVersion', async (ids) =>
        groupByKeys(ids, await this.catalogue.followedVersions(ids), (r) => r.profileId),
      )
      .load(profile.id);
    return row ? toCatalogueVersionModel(row.version) : null;
  }
}
