import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, eventStream, FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, SessionsService, toUserModel, UserModel } from '@mps/api-iam';
import { isProfileEvent } from '@mps/shared-domain';
import { ProfileEventModel, toProfileEventModel } from '../models/profile-event.model';
import { ProfilesService } from '../services/profiles.service';

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
  @Subscription(() => ProfileEventModel, {
    description: 'What happens to a profile (types listed on ProfileEvent.type), for members allowed to read it; ends when the session does.',
    resolve: (event: ProfileEventModel) => event,
  })
  async profileEvents(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
  ): Promise<AsyncIterableIterator<ProfileEventModel>> {
    await this.profiles.get(actor, profileId);
    return eventStream<ProfileEventModel>(this.events, async (event) => {
      if (!isProfileEvent(event) || event.profileId !== profileId) return null;
      if (!(await this.sessions.activeSessionUser(actor.sessionId))) return 'end';
      return toProfileEventModel(event);
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
