import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@mps/shared-domain';
import { RoleEnum } from './enums';

/**
 * An invitation as the invited person sees it: where to, as what, until when. Shown to whoever holds the e-mailed
 * link (`invitation(token)`) and to the signed-in owner of the invited e-mail (`myInvitations`); never to others.
 */
@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID, { description: 'The membership the invitation becomes (acceptMyInvitation, declineMyInvitation).' })
  id!: string;
  @Field() email!: string;
  @Field() workspaceName!: string;
  @Field() organizationName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() expiresAt!: Date;
  @Field({
    description:
      'True when the invited e-mail already has an account: accept by signing in with it. False: accept by choosing a name and password (acceptInvitation).',
  })
  hasAccount!: boolean;
}
