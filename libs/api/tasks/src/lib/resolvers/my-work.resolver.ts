import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@mps/api-core';
import { Actor, CurrentActor } from '@mps/api-iam';
import { MyWorkModel } from '../models/my-work.model';
import { MyWorkService } from '../services/my-work.service';

@Resolver(() => MyWorkModel)
export class MyWorkResolver {
  constructor(private readonly work: MyWorkService) {}

  @Query(() => MyWorkModel, { description: "The caller's home screen in a workspace: what they must do, for their role, in one round trip." })
  myWork(@CurrentActor() actor: Actor, @Args('workspaceId', { type: () => ID }) workspaceId: string, @Context() ctx: GqlContext): Promise<MyWorkModel> {
    return this.work.forWorkspace(actor, workspaceId, ctx.loaders);
  }
}
