import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMPARISON_FLAGS } from '@mps/shared-domain';
import type { Comparability, ComparisonFlag, DataSourceType } from '@mps/shared-domain';
import { ComparabilityEnum, DataSourceTypeEnum } from './indicator.model';

export const ComparisonFlagEnum = Object.fromEntries(COMPARISON_FLAGS.map((v) => [v, v])) as { [K in ComparisonFlag]: K };
registerEnumType(ComparisonFlagEnum, {
  name: 'ComparisonFlag',
  description: 'Why a cell of a regional comparison cannot be read at face value.',
  valuesMap: {
    DEFINITION_DIFFERS_BETWEEN_COUNTRIES: { description: 'The country defines the indicator otherwise than most member countries.' },
    DIFFERS_FROM_REFERENCE: {
      description: 'The country maps the indicator to another international reference than the regional catalogue, or marked the figure partly comparable.',
    },
    NOT_COMPARABLE: { description: 'The country marked the figure not comparable with the international standard.' },
    DIFFERING_NATIONAL_FIGURES: { description: 'National organisations gave different figures and the country chose none.' },
    GAP: { description: 'The country recorded a known gap in the data.' },
    NO_FIGURE: { description: "The country's published releases hold no figure for this indicator and period." },
  },
});

@ObjectType('RegionalMember', { description: 'A national workspace listed as a member country of a regional workspace.' })
export class RegionalMemberModel {
  @Field(() => ID, { description: 'The member (national) workspace.' }) workspaceId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2.' }) countryCode!: string | null;
  @Field({ description: 'Its place on the public portal.' }) slug!: string;
  @Field(() => Date, { nullable: true, description: 'When it was listed; null for a candidate not listed yet.' }) addedAt!: Date | null;
}

@ObjectType('RegionalRelease', { description: 'A published release whose frozen figures a regional comparison reads.' })
export class RegionalReleaseModel {
  @Field(() => ID) id!: string;
  @Field() version!: string;
  @Field({ description: "The profile's edition." }) edition!: string;
  @Field({ description: "The profile's title." }) profileTitle!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('RegionalCountry')
export class RegionalCountryModel {
  @Field(() => ID) workspaceId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => [RegionalReleaseModel], { description: 'The latest published release of each of its profiles; empty: nothing published.' })
  releases!: RegionalReleaseModel[];
}

@ObjectType('RegionalDefinition', { description: 'The definition a country used for an indicator.' })
export class RegionalDefinitionModel {
  @Field(() => ID) workspaceId!: string;
  @Field() definition!: string;
  @Field(() => String, { nullable: true }) internationalReference!: string | null;
}

@ObjectType('RegionalComparisonIndicator')
export class RegionalComparisonIndicatorModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => String, { nullable: true, description: "The regional catalogue's international reference; null when the regional catalogue has none." })
  internationalReference!: string | null;
  @Field({ description: 'Member countries define the indicator in more than one way.' }) definitionsDiffer!: boolean;
  @Field(() => [RegionalDefinitionModel], { description: 'Each country’s definition(s), in country order.' }) definitions!: RegionalDefinitionModel[];
}

@ObjectType('RegionalFigure', { description: 'One frozen national figure of a comparison cell.' })
export class RegionalFigureModel {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() dataGap!: boolean;
  @Field() unit!: string;
  @Field() organizationName!: string;
  @Field(() => DataSourceTypeEnum) sourceType!: DataSourceType;
  @Field() sourceName!: string;
  @Field({ description: 'The national definition used, else the country’s catalogue definition.' }) definition!: string;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field(() => String, { nullable: true }) comparabilityNote!: string | null;
  @Field(() => String, { nullable: true }) footnote!: string | null;
}

@ObjectType('RegionalComparisonCell', { description: 'A country, an indicator and a period.' })
export class RegionalComparisonCellModel {
  @Field() indicatorCode!: string;
  @Field(() => ID) workspaceId!: string;
  @Field() period!: string;
  @Field(() => ID, { nullable: true, description: 'The release the figures come from; null when there is none.' }) releaseId!: string | null;
  @Field(() => String, { nullable: true }) releaseVersion!: string | null;
  @Field(() => [RegionalFigureModel], { description: 'One figure; several where national figures differ; none when there is no figure.' })
  figures!: RegionalFigureModel[];
  @Field(() => [ComparisonFlagEnum]) flags!: ComparisonFlag[];
}

@ObjectType('RegionalComparisonChoice', { description: 'An indicator some member country has published, to choose from.' })
export class RegionalComparisonChoiceModel {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('RegionalComparison', { description: "Member countries' published figures side by side (issue 11 item 8)." })
export class RegionalComparisonModel {
  @Field(() => ID) workspaceId!: string;
  @Field(() => [RegionalCountryModel]) countries!: RegionalCountryModel[];
  @Field(() => [RegionalComparisonChoiceModel], { description: 'Every indicator the members have published, in code order.' })
  available!: RegionalComparisonChoiceModel[];
  @Field(() => [RegionalComparisonIndicatorModel], { description: 'The indicators asked for that members have published, in the order asked.' })
  indicators!: RegionalComparisonIndicatorModel[];
  @Field(() => [String], { description: 'Periods with a figure of some country, oldest first.' }) periods!: string[];
  @Field(() => [RegionalComparisonCellModel], { description: 'Every indicator x country x period, in that order.' }) cells!: RegionalComparisonCellModel[];
}
