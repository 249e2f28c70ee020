import { Context, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { FieldAccess, GqlContext, selectedFieldNames, UnauthenticatedError } from '@mps/api-core';
import { toMembershipModel, toUserModel } from '../models/mappers';
import { MembershipModel } from '../models/membership.model';
import { UserModel } from '../models/user.model';
import { AccessService } from '../services/access.service';
import { Actor, CurrentActor } from '../services/actor';
import { IamLoaders } from '../services/iam-loaders.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly loaders: IamLoaders,
    private readonly access: AccessService,
  ) {}

  @Query(() => UserModel)
  async me(@CurrentActor() actor: Actor, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<UserModel> {
    // The guard's session check already read the session's user (live session, existing user): a query asking only
    // who is signed in needs no second statement.
    if ([...selectedFieldNames(info)].every((field) => field === 'id' || field === '__typename')) return { id: actor.userId } as UserModel;
    const user = await this.loaders.user(ctx.loaders, actor.userId);
    if (!user) throw new UnauthenticatedError();
    return toUserModel(user);
  }

  /** Only your own: another person's language is theirs to know. */
  @ResolveField(() => String, {
    nullable: true,
    description: 'Your interface language (en, fr, es, ru or ar), also used for your e-mails and downloads; null until you choose one, and for anyone but you.',
  })
  @FieldAccess('Only the caller’s own; null for another person')
  async locale(@Parent() user: UserModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<string | null> {
    if (user.id !== actor.userId) return null;
    return (await this.loaders.user(ctx.loaders, user.id))?.locale ?? null;
  }

  /** All of your own memberships; of another person, only those in workspaces you can see. */
  @ResolveField(() => [MembershipModel], { description: 'Active memberships the caller may see.' })
  @FieldAccess('Filtered to workspaces the caller is admitted to, unless it is the caller')
  async memberships(
    @Parent() user: UserModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<MembershipModel[]> {
    const memberships = await this.loaders.activeMembershipsOfUser(ctx.loaders, user.id);
    if (user.id === actor.userId || actor.isPlatformAdmin) return memberships.map((m) => toMembershipModel(m));
    const visible = [];
    for (const m of memberships) {
      if (await this.access.accessTo(actor, m.workspaceId)) visible.push(toMembershipModel(m));
    }
    return visible;
  }
}
