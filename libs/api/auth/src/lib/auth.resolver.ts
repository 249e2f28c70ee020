import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@mps/api-core';
import { AuthPayloadModel, toUserModel } from '@mps/api-iam';
import { AuthService, SignedIn } from './auth.service';

@Resolver(() => AuthPayloadModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayloadModel> {
    // req.ip honours X-Forwarded-For from trusted proxies only (TRUST_PROXY, apps/api/src/app/http.ts).
    return this.payload(await this.auth.login(email, password, ctx.req?.ip), ctx);
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Rotates: the refresh token given is revoked and a new pair is returned. Reuse of a revoked one -> UNAUTHENTICATED.',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.refresh(refreshToken), ctx);
  }

  @Mutation(() => Boolean)
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  /** The payload's fields (user.memberships) resolve as the person who just signed in. */
  private payload(signedIn: SignedIn, ctx: GqlContext): AuthPayloadModel {
    (ctx.req as unknown as { user: unknown }).user = signedIn.actor;
    return { accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken, user: toUserModel(signedIn.user) };
  }
}
