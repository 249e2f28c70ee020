import { Args, Query, Resolver } from '@nestjs/graphql';
import { InvitationModel } from '../models/invitation.model';
import { Actor, CurrentActor } from '../services/actor';
import { InvitationsService } from '../services/invitations.service';

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Query(() => InvitationModel, {
    description:
      'What an e-mailed invitation link invites to. NOT_FOUND for an unknown, replaced, cancelled or declined link; FAILED_PRECONDITION with extensions.linkState EXPIRED or USED otherwise.',
  })
  invitation(@Args('token') token: string): Promise<InvitationModel> {
    return this.invitations.preview(token);
  }

  @Query(() => [InvitationModel], { description: "Invitations to your e-mail that wait for your answer (expired ones are left out)." })
  myInvitations(@CurrentActor() actor: Actor): Promise<InvitationModel[]> {
    return this.invitations.mine(actor);
  }
}
