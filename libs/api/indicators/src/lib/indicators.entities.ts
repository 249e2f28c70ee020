import { DataPointEntity, DifferingFigureResolutionEntity, IndicatorImportEntity } from './entities/data-point.entity';
import { IndicatorCatalogueVersionEntity, IndicatorEntity, ProfileCatalogueVersionEntity } from './entities/indicator.entity';
import { RegionalMemberEntity } from './entities/regional-member.entity';
import { ReleaseIndicatorValueEntity } from './entities/release-indicator-value.entity';

export const INDICATORS_ENTITIES: Array<new () => object> = [
  IndicatorEntity,
  IndicatorCatalogueVersionEntity,
  ProfileCatalogueVersionEntity,
  DataPointEntity,
  DifferingFigureResolutionEntity,
  IndicatorImportEntity,
  ReleaseIndicatorValueEntity,
  RegionalMemberEntity,
];
