import { Args, Context, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@mps/api-core';
import { Actor, AuthPayloadModel, CurrentActor, InvitationsService, toUserModel, UserModel } from '@mps/api-iam';
import { AccountService } from './account.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@InputType({ description: 'Accepting an e-mailed invitation by creating the account it was sent to.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link (the part after #).' }) token!: string;
  @Field({ description: 'The name shown to the other members.' }) displayName!: string;
  @Field({ description: 'The new account’s password (same rules as every password).' }) password!: string;
}

/** Accounts people manage themselves: passwords and accepting an invitation with a new account (ADR 0015). */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    private readonly authResolver: AuthResolver,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Changes your password. The current one must be right (BAD_USER_INPUT on field currentPassword otherwise; throttled like sign-in). Every other session of yours ends; this one stays.',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.account.changePassword(actor, { currentPassword, newPassword }, ctx.req?.ip);
    return true;
  }

  @Mutation(() => UserModel, {
    description:
      'Chooses your interface language (en, fr, es, ru or ar): your screens on every device, your e-mails and your downloads use it. BAD_USER_INPUT on field locale for any other value.',
  })
  async setMyLocale(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<UserModel> {
    return toUserModel(await this.account.setMyLocale(actor, locale));
  }

  @Mutation(() => Boolean, {
    description: 'E-mails a single-use reset link (valid 30 minutes) when the e-mail has an account. Always answers true, whatever the e-mail; RATE_LIMITED after a few requests per e-mail or per client address.',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: GqlContext): Promise<boolean> {
    await this.account.requestPasswordReset(email, ctx.req?.ip);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of a reset link, and ends every session of the account. NOT_FOUND for an unknown link; FAILED_PRECONDITION with extensions.linkState USED or EXPIRED.',
  })
  async resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    await this.account.resetPassword(token, newPassword);
    return true;
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Accepts an invitation link by creating its account, and signs the new member in. FAILED_PRECONDITION with extensions.linkState SIGN_IN when the e-mail already has an account (sign in, then acceptMyInvitation), EXPIRED or USED; NOT_FOUND for an unknown, replaced or cancelled link.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    const user = await this.invitations.acceptWithNewAccount(input.token, input);
    return this.authResolver.payload(await this.auth.startSession(user), ctx);
  }
}
