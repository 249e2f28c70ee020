import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMPARABILITY_LEVELS, DATA_SOURCE_TYPES, GMG_PARTS, SEXES } from '@mps/shared-domain';
import type { Comparability, DataSourceType, GmgPart, Sex } from '@mps/shared-domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const GmgPartEnum = enumOf(GMG_PARTS);
registerEnumType(GmgPartEnum, { name: 'GmgPart', description: "Part of the Global Migration Group's common set: I legal instruments; II population; III development incl. remittances; IV migrant stocks, refugees, students abroad." });
export const DataSourceTypeEnum = enumOf(DATA_SOURCE_TYPES);
registerEnumType(DataSourceTypeEnum, { name: 'DataSourceType' });
export const ComparabilityEnum = enumOf(COMPARABILITY_LEVELS);
registerEnumType(ComparabilityEnum, { name: 'Comparability', description: 'How a figure compares with the international standards.' });
export const SexEnum = enumOf(SEXES);
registerEnumType(SexEnum, { name: 'Sex' });

@ObjectType('Indicator', { description: 'A catalogue entry. Its code is stable: tables, charts and frozen releases name indicators by code.' })
export class IndicatorModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field() definition!: string;
  @Field(() => String, { nullable: true, description: 'The UN Recommendations on Statistics of International Migration concept it maps to.' })
  internationalReference!: string | null;
  @Field(() => GmgPartEnum) gmgPart!: GmgPart;
  @Field(() => String, { nullable: true, description: 'SDG target, e.g. "10.7.2".' }) sdgTarget!: string | null;
  @Field(() => Int, { nullable: true, description: 'Global Compact for Migration objective (1-23).' }) gcmObjective!: number | null;
  @Field({ description: 'A starter entry still to be confirmed by the Technical Working Group.' }) toBeConfirmed!: boolean;
  @Field() updatedAt!: Date;
  workspaceId!: string;
}

@ObjectType('DataPoint', { description: 'One figure with its provenance and comparability (docs/domain.md rule 9).' })
export class DataPointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float, { nullable: true, description: 'Null exactly when the figure is a data gap.' }) value!: number | null;
  @Field({ description: 'No figure exists for this slice: a known gap in the data.' }) dataGap!: boolean;
  @Field() unit!: string;
  @Field({ description: '"2023", "2019-2023", "2023-Q2" or "2023-06".' }) period!: string;
  @Field(() => SexEnum) sex!: Sex;
  @Field(() => String, { nullable: true, description: 'Null: all ages.' }) ageGroup!: string | null;
  @Field(() => String, { nullable: true, description: 'Country of origin or destination (ISO 3166 alpha-2), as the definition says; null: all.' })
  countryCode!: string | null;
  @Field(() => DataSourceTypeEnum) sourceType!: DataSourceType;
  @Field() sourceName!: string;
  @Field(() => String, { nullable: true }) nationalDefinition!: string | null;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field(() => String, { nullable: true, description: 'Why the figure is not fully comparable.' }) comparabilityNote!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() updatedAt!: Date;
  organizationId!: string;
  workspaceId!: string;
}

@ObjectType('DifferingFiguresResolution')
export class DifferingFiguresResolutionModel {
  @Field(() => ID, { nullable: true }) chosenDataPointId!: string | null;
  @Field(() => String, { nullable: true }) footnote!: string | null;
  @Field() resolvedAt!: Date;
  resolvedById!: string;
}

@ObjectType('DifferingFigures', { description: 'Figures that two or more organisations supplied differently for one indicator, period and disaggregation.' })
export class DifferingFiguresModel {
  @Field(() => ID) indicatorId!: string;
  @Field() period!: string;
  @Field(() => SexEnum) sex!: Sex;
  @Field(() => String, { nullable: true }) ageGroup!: string | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => [DataPointModel], { description: 'Side by side, every figure of the slice.' }) figures!: DataPointModel[];
  @Field(() => DifferingFiguresResolutionModel, { nullable: true, description: "The coordinator's choice or footnote; null: not resolved yet." })
  resolution!: DifferingFiguresResolutionModel | null;
  workspaceId!: string;
}

@ObjectType('CatalogueEntry', { description: 'An indicator as a catalogue version adopted it.' })
export class CatalogueEntryModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field() definition!: string;
  @Field(() => String, { nullable: true }) internationalReference!: string | null;
  @Field(() => GmgPartEnum) gmgPart!: GmgPart;
}

@ObjectType('IndicatorCatalogueVersion')
export class IndicatorCatalogueVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field({ description: 'The decision that adopted it.' }) decision!: string;
  @Field({ description: 'ISO date, e.g. 2025-03-12.' }) adoptedOn!: string;
  @Field(() => [CatalogueEntryModel]) indicators!: CatalogueEntryModel[];
  @Field() recordedAt!: Date;
}

@ObjectType('ImportProblem', { description: 'One thing to fix in a data file.' })
export class ImportProblemModel {
  @Field(() => Int, { description: 'Spreadsheet row: the header is row 1.' }) row!: number;
  @Field(() => String, { nullable: true, description: "The column's header name; null: the whole row." }) column!: string | null;
  @Field() message!: string;
}

@ObjectType('ImportPreviewRow', { description: 'A valid row of a data file as it will be imported.' })
export class ImportPreviewRowModel {
  @Field(() => Int) row!: number;
  @Field() indicatorCode!: string;
  @Field() period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() dataGap!: boolean;
  @Field() unit!: string;
  @Field(() => SexEnum) sex!: Sex;
  @Field(() => String, { nullable: true }) ageGroup!: string | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field() organizationName!: string;
  @Field(() => DataSourceTypeEnum) sourceType!: DataSourceType;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field({ description: 'It replaces a figure the same organisation gave for this slice.' }) replaces!: boolean;
}

@ObjectType('IndicatorImportPreview', { description: 'What importing a file would do; nothing is written.' })
export class IndicatorImportPreviewModel {
  @Field() fileName!: string;
  @Field(() => Int, { description: 'Data rows read (the header not counted).' }) rowCount!: number;
  @Field(() => Int) addCount!: number;
  @Field(() => Int) replaceCount!: number;
  @Field(() => Int, { description: 'All problems; at most 500 are listed.' }) problemCount!: number;
  @Field(() => [ImportProblemModel]) problems!: ImportProblemModel[];
  @Field(() => [ImportPreviewRowModel], { description: 'The first 50 valid rows.' }) rows!: ImportPreviewRowModel[];
}

@ObjectType('IndicatorImport')
export class IndicatorImportModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => Int) addedCount!: number;
  @Field(() => Int) replacedCount!: number;
  @Field() importedAt!: Date;
}

@ObjectType('SeriesPoint', { description: 'A figure of a time series.' })
export class SeriesPointModel {
  @Field() period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() dataGap!: boolean;
  @Field() organizationName!: string;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field({ description: 'Another organisation supplied a different figure for this slice, and none was chosen.' }) differing!: boolean;
}

@ObjectType('EditionSeries', { description: 'The figures of an indicator as one published release froze them.' })
export class EditionSeriesModel {
  @Field(() => ID) releaseId!: string;
  @Field() version!: string;
  @Field() edition!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [SeriesPointModel]) points!: SeriesPointModel[];
}

@ObjectType('IndicatorSeries', { description: "An indicator's figures over time, for one disaggregation." })
export class IndicatorSeriesModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => [SeriesPointModel], { description: 'Current figures, oldest period first; where figures differ, the chosen one, else each.' })
  points!: SeriesPointModel[];
  @Field(() => [EditionSeriesModel], { description: 'Published releases of the workspace, oldest first.' }) editions!: EditionSeriesModel[];
}

@InputType()
export class IndicatorInput {
  @Field() name!: string;
  @Field() unit!: string;
  @Field() definition!: string;
  @Field(() => String, { nullable: true }) internationalReference?: string | null;
  @Field(() => GmgPartEnum) gmgPart!: GmgPart;
  @Field(() => String, { nullable: true }) sdgTarget?: string | null;
  @Field(() => Int, { nullable: true }) gcmObjective?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true: new entries are proposals until the TWG confirms them.' })
  toBeConfirmed?: boolean | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorInput {
  @Field(() => ID) workspaceId!: string;
  @Field({ description: 'Capital letters, digits, dots, hyphens, underscores; unique in the workspace and never changed.' }) code!: string;
}

@InputType()
export class AdoptIndicatorCatalogueInput {
  @Field(() => ID) workspaceId!: string;
  @Field() decision!: string;
  @Field({ description: 'ISO date.' }) adoptedOn!: string;
}

@InputType()
export class DisaggregationInput {
  @Field(() => SexEnum, { nullable: true, description: 'Default TOTAL.' }) sex?: Sex | null;
  @Field(() => String, { nullable: true }) ageGroup?: string | null;
  @Field(() => String, { nullable: true }) countryCode?: string | null;
}

@InputType()
export class RecordDataPointInput {
  @Field(() => ID) indicatorId!: string;
  @Field(() => ID, { description: 'The supplying organisation (focal points: their own).' }) organizationId!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => Boolean, { nullable: true }) dataGap?: boolean | null;
  @Field(() => String, { nullable: true, description: "Default: the indicator's unit." }) unit?: string | null;
  @Field() period!: string;
  @Field(() => SexEnum, { nullable: true }) sex?: Sex | null;
  @Field(() => String, { nullable: true }) ageGroup?: string | null;
  @Field(() => String, { nullable: true }) countryCode?: string | null;
  @Field(() => DataSourceTypeEnum) sourceType!: DataSourceType;
  @Field() sourceName!: string;
  @Field(() => String, { nullable: true }) nationalDefinition?: string | null;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field(() => String, { nullable: true }) comparabilityNote?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ResolveDifferingFiguresInput {
  @Field(() => ID) indicatorId!: string;
  @Field() period!: string;
  @Field(() => SexEnum, { nullable: true }) sex?: Sex | null;
  @Field(() => String, { nullable: true }) ageGroup?: string | null;
  @Field(() => String, { nullable: true }) countryCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'The figure the TWG uses.' }) chosenDataPointId?: string | null;
  @Field(() => String, { nullable: true, description: 'Explains the difference (shown with the figures).' }) footnote?: string | null;
}

@InputType()
export class IndicatorDataFileInput {
  @Field(() => ID) workspaceId!: string;
  @Field() fileName!: string;
  @Field({ description: 'The file, base64-encoded: CSV (UTF-8) or XLSX, at most 2 MB.' }) contentBase64!: string;
}
