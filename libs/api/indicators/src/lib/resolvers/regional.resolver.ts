import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@mps/api-iam';
import { RegionalComparisonModel, RegionalMemberModel } from '../models/regional.model';
import { RegionalComparisonService } from '../services/regional-comparison.service';

/** Regional workspaces: their member countries and the comparison of what those countries published. */
@Resolver(() => RegionalComparisonModel)
export class RegionalResolver {
  constructor(private readonly regional: RegionalComparisonService) {}

  @Query(() => [RegionalMemberModel], { description: 'The member countries of a regional workspace, by name.' })
  regionalMembers(@CurrentActor() actor: Actor, @Args('workspaceId', { type: () => ID }) workspaceId: string): Promise<RegionalMemberModel[]> {
    return this.regional.members(actor, workspaceId);
  }

  @Query(() => [RegionalMemberModel], { description: 'National workspaces with a published release, not yet members.' })
  regionalMemberCandidates(@CurrentActor() actor: Actor, @Args('workspaceId', { type: () => ID }) workspaceId: string): Promise<RegionalMemberModel[]> {
    return this.regional.candidates(actor, workspaceId);
  }

  @Mutation(() => RegionalMemberModel)
  addRegionalMember(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID, description: 'The regional workspace.' }) workspaceId: string,
    @Args('memberWorkspaceId', { type: () => ID, description: 'A national workspace with a published release.' }) memberWorkspaceId: string,
  ): Promise<RegionalMemberModel> {
    return this.regional.add(actor, workspaceId, memberWorkspaceId);
  }

  @Mutation(() => RegionalMemberModel, { description: 'Takes a member country off the list; answers the country taken off.' })
  removeRegionalMember(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('memberWorkspaceId', { type: () => ID }) memberWorkspaceId: string,
  ): Promise<RegionalMemberModel> {
    return this.regional.remove(actor, workspaceId, memberWorkspaceId);
  }

  @Query(() => RegionalComparisonModel, {
    description: "Member countries' published figures (latest published release of each profile; never drafts), totals only, with flags.",
  })
  regionalComparison(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('indicatorCodes', { type: () => [String], description: `Empty: only the countries and the indicators to choose from.` }) indicatorCodes: string[],
    @Args('period', { type: () => String, nullable: true, description: 'Only this period; default every period.' }) period?: string | null,
  ): Promise<RegionalComparisonModel> {
    return this.regional.comparison(actor, workspaceId, indicatorCodes, period);
  }
}
