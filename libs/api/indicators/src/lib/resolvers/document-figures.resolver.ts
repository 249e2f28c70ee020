import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@mps/api-iam';
import { IndicatorFigureModel } from '../models/document-figure.model';
import { DocumentFiguresService } from '../services/document-figures.service';

@Resolver(() => IndicatorFigureModel)
export class DocumentFiguresResolver {
  constructor(private readonly figures: DocumentFiguresService) {}

  @Query(() => [IndicatorFigureModel], {
    description: "The live figures of a draft profile's tables and charts, for the given indicator codes (catalogue order).",
  })
  profileIndicatorFigures(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
    @Args('codes', { type: () => [String] }) codes: string[],
  ): Promise<IndicatorFigureModel[]> {
    return this.figures.live(actor, profileId, codes);
  }
}
