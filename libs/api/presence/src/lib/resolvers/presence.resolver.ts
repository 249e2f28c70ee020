import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@mps/api-iam';
import type { PresenceActivity } from '@mps/shared-domain';
import { PresenceActivityEnum, SectionPresenceModel } from '../models/presence.models';
import { PresenceService } from '../services/presence.service';

@Resolver(() => SectionPresenceModel)
export class PresenceResolver {
  constructor(private readonly presence: PresenceService) {}

  @Subscription(() => SectionPresenceModel, {
    description:
      'Shows you on a section as viewing or editing for as long as the subscription lasts, and tells you who else has it open: ' +
      'the list at once, then whenever it changes. Subscribe again to change activity. Ends when the session does.',
    resolve: (presence: SectionPresenceModel) => presence,
  })
  sectionPresence(
    @CurrentActor() actor: Actor,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('activity', { type: () => PresenceActivityEnum }) activity: PresenceActivity,
  ): Promise<AsyncIterableIterator<SectionPresenceModel>> {
    return this.presence.join(actor, sectionId, activity);
  }
}
