import { Global, Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ReleaseDataPort, ReleasesModule } from '@mps/api-releases';
import { OpenDataController } from './http/open-data.controller';
import { DocumentFiguresResolver } from './resolvers/document-figures.resolver';
import {
  DataPointResolver,
  DifferingFiguresResolver,
  IndicatorResolver,
  ProfileCatalogueVersionResolver,
} from './resolvers/indicator.resolver';
import { DataPointsService } from './services/data-points.service';
import { DocumentFiguresService } from './services/document-figures.service';
import { IndicatorCatalogueService } from './services/indicator-catalogue.service';
import { IndicatorImportService } from './services/indicator-import.service';
import { IndicatorSeriesService } from './services/indicator-series.service';
import { OpenDataService } from './services/open-data.service';
import { ReleaseDataFreezer } from './services/release-data.freezer';
import { RegionalComparisonService } from './services/regional-comparison.service';
import { RegionalResolver } from './resolvers/regional.resolver';

/**
 * What releases asks of indicators (ReleaseDataPort: freeze the figures a release shows), provided globally so that
 * releases injects it without importing this library (docs/adr/0016). Its providers need only the database and iam.
 */
@Global()
@Module({
  imports: [IamModule],
  providers: [IndicatorCatalogueService, DataPointsService, ReleaseDataFreezer, { provide: ReleaseDataPort, useExisting: ReleaseDataFreezer }],
  exports: [ReleaseDataPort, ReleaseDataFreezer, IndicatorCatalogueService, DataPointsService],
})
export class IndicatorsPortModule {}

/** The indicator catalogue, data points with provenance and comparability, imports, open data and time series. */
@Module({
  imports: [IamModule, ReleasesModule, IndicatorsPortModule],
  providers: [
    IndicatorImportService,
    IndicatorSeriesService,
    OpenDataService,
    RegionalComparisonService,
    IndicatorResolver,
    RegionalResolver,
    DataPointResolver,
    DifferingFiguresResolver,
    ProfileCatalogueVersionResolver,
    DocumentFiguresService,
    DocumentFiguresResolver,
  ],
  controllers: [OpenDataController],
  exports: [IndicatorSeriesService],
})
export class IndicatorsModule {}
