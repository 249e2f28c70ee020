import { Args, ID, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, eventStream, FieldAccess, SameForEveryViewer, SharedPayloads } from '@mps/api-core';
import { AccessService, Actor, CurrentActor, IamLoaders, SessionsService, toUserModel, UserModel, WorkspaceAccess } from '@mps/api-iam';
import { isProfileEvent, PERMISSIONS, ProfileEvent } from '@mps/shared-domain';
import { ProfileEventModel, toProfileEventModel } from '../models/profile-event.model';
import { SectionReviewPort } from '../ports/section-review.port';
import { ProfilesService } from '../services/profiles.service';

@Resolver(() => ProfileEventModel)
export class ProfileEventsResolver {
  /** One model per event for every subscriber on this instance, so that their answers are executed once. */
  private readonly payloads = new SharedPayloads<ProfileEventModel>();

  constructor(
    private readonly profiles: ProfilesService,
    private readonly events: EventBus,
    private readonly sessions: SessionsService,
    private readonly iam: IamLoaders,
    private readonly access: AccessService,
    private readonly reviews: SectionReviewPort,
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
  @SameForEveryViewer()
  async profileEvents(
    @CurrentActor() actor: Actor,
    @Args('profileId', { type: () => ID }) profileId: string,
  ): Promise<AsyncIterableIterator<ProfileEventModel>> {
    const { profile } = await this.profiles.get(actor, profileId);
    return eventStream<ProfileEventModel>(this.events, async (event) => {
      if (!isProfileEvent(event) || event.profileId !== profileId) return null;
      // Every subscriber asks at once when an event arrives, and each read is coalesced with everyone's into one
      // statement; the three are independent, so they go together: one round trip to PostgreSQL, not three in a row.
      // The actor is read before knowing whether this subscriber may receive the event, but reaches it only if so.
      const [sessionActive, access, actorUser] = await Promise.all([
        this.sessions.isSessionActive(actor.sessionId),
        // The receiver's rights now, not when they subscribed: a role or membership may have changed since.
        this.access.currentAccessTo(actor, profile.workspaceId),
        event.actorId ? this.iam.currentUser(event.actorId) : null,
      ]);
      if (!sessionActive || !access) return 'end';
      if (!(await this.mayReceive(access, event))) return null;
      // Everyone who may receive the event gets the same model: the event and its actor, as read by the first of them.
      return this.payloads.of(event, () => ({ ...toProfileEventModel(event), actorUser }));
    });
  }

  /** docs/domain.md settled details: events reach only people who may read the section they concern, when sent. */
  private async mayReceive(access: WorkspaceAccess, event: ProfileEvent): Promise<boolean> {
    if (this.access.canReadSections(access)) return true;
    if (!access.membership || !access.can(PERMISSIONS.WORKSPACE_READ_PARTICIPATING)) return false;
    return this.reviews.participantMayReceive(event, access.membership.organizationId);
  }

  /** A plain field resolver (docs/adr/0026) on the user read in the stream, the same for every subscriber. */
  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess('Events are only delivered to subscribers allowed to read the profile')
  @SameForEveryViewer()
  actor(event: ProfileEventModel): UserModel | null {
    return event.actorUser ? toUserModel(event.actorUser) : null;
  }
}
