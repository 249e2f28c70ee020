import { Args, Context, Field, ID, ObjectType, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, eventStream, FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, SessionsService, toUserModel, UserModel } from '@mps/api-iam';
import { ProfilesService } from '../services/profiles.service';

@ObjectType('ProfileEvent')
export class ProfileEventModel {
  @Field({ description: 'e.g. SECTION_SAVED, SECTION_ADDED, SECTION_MOVED, SECTION_ARCHIVED, SECTION_ASSIGNED' }) type!: string;
  @Field(() => ID) profileId!: string;
  @Field(() => ID, { nullable: true }) sectionId!: string | null;
  @Field() at!: Date;
  actorId!: string | null;
}

@Resolver(() => ProfileEventModel)
export class ProfileEventsResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly events: EventBus,
    private readonly sessions: SessionsService,
    private readonly iam: IamLoaders,
  ) {}

  /**
   * Everything that happens to a profile, for members allowed to read it.
   * Each event rechecks the session, so signing out or being deactivated
   * ends the stream too.
   */
  @Subscription(() => ProfileEventModel, { resolve: (event: ProfileEventModel) => event })
  async profileEvents(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
  ): Promise<AsyncIterableIterator<ProfileEventModel>> {
    await this.profiles.get(actor, profileId);
    return eventStream<ProfileEventModel>(this.events, async (event) => {
      if (event.profileId !== profileId) return null;
      if (!(await this.sessions.activeSessionUser(actor.sessionId))) return 'end';
      return {
        type: event.type,
        profileId,
        sectionId: event.sectionId ?? null,
        at: new Date(event.at),
        actorId: event.actorId ?? null,
      };
    });
  }

  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess('Events are only delivered to subscribers allowed to read the profile')
  async actor(@Parent() event: ProfileEventModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!event.actorId) return null;
    const user = await this.iam.user(ctx.loaders, event.actorId);
    return user ? toUserModel(user) : null;
  }
}
