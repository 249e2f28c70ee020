import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Comparability, FigureSelection, GmgPart, Sex } from '@mps/shared-domain';
import { FROZEN_SELECTIONS } from '../entities/release-indicator-value.entity';
import { ComparabilityEnum, GmgPartEnum, SexEnum } from './indicator.model';

export const FigureSelectionEnum = Object.fromEntries(FROZEN_SELECTIONS.map((v) => [v, v])) as { [K in FigureSelection]: K };
registerEnumType(FigureSelectionEnum, {
  name: 'FigureSelection',
  description: 'How a figure stands against the other figures of its slice: SINGLE; CHOSEN or NOT_CHOSEN by a coordinator; DIFFERING with none chosen.',
});

@ObjectType('IndicatorFigure', {
  description: 'A figure as a profile shows it in its tables and charts, with the words it is shown with (by indicator code).',
})
export class IndicatorFigureModel {
  @Field() indicatorCode!: string;
  @Field() indicatorName!: string;
  @Field(() => GmgPartEnum) gmgPart!: GmgPart;
  @Field() definition!: string;
  @Field() unit!: string;
  @Field() period!: string;
  @Field(() => SexEnum) sex!: Sex;
  @Field({ description: "'' : all ages." }) ageGroup!: string;
  @Field({ description: "'' : all countries." }) countryCode!: string;
  @Field(() => Float, { nullable: true, description: 'Null exactly when the figure is a data gap.' }) value!: number | null;
  @Field() dataGap!: boolean;
  @Field() organizationName!: string;
  @Field() sourceName!: string;
  @Field(() => ComparabilityEnum) comparability!: Comparability;
  @Field(() => FigureSelectionEnum) selection!: FigureSelection;
  @Field(() => String, { nullable: true, description: "A coordinator's explanation of differing figures." }) footnote!: string | null;
}
