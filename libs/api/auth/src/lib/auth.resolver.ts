import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@mps/api-core';
import { AuthPayloadModel, toUserModel } from '@mps/api-iam';
import { AuthService, SignedIn } from './auth.service';
import { PageCookie } from './page-cookie';
import { RefreshCookie } from './refresh-cookie';

const COOKIE_TRANSPORT = 'With the header X-Refresh-Token-Transport: cookie (the web app) the refresh token travels in an HttpOnly cookie instead';

@Resolver(() => AuthPayloadModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
    private readonly pageCookie: PageCookie,
  ) {}

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
    description: `Rotates: the refresh token given is revoked and a new pair is returned. Reuse of a revoked one -> UNAUTHENTICATED. ${COOKIE_TRANSPORT}: refreshToken may then be left out.`,
  })
  async refreshSession(
    @Args('refreshToken', { nullable: true, type: () => String }) refreshToken: string | null | undefined,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.refresh(this.cookie.token(ctx.req, refreshToken)), ctx);
  }

  @Mutation(() => Boolean, { description: `Ends the session of the refresh token. ${COOKIE_TRANSPORT}: it is then cleared.` })
  async logout(
    @Args('refreshToken', { nullable: true, type: () => String }) refreshToken: string | null | undefined,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const token = this.cookie.token(ctx.req, refreshToken);
    if (this.cookie.requested(ctx.req) && ctx.res) {
      this.cookie.clear(ctx.req, ctx.res);
      this.pageCookie.clear(ctx.req, ctx.res);
    }
    return this.auth.logout(token);
  }

  /** The payload's fields (user.memberships) resolve as the person who just signed in. */
  async payload(signedIn: SignedIn, ctx: GqlContext): Promise<AuthPayloadModel> {
    (ctx.req as unknown as { user: unknown }).user = signedIn.actor;
    let refreshToken = signedIn.refreshToken;
    if (this.cookie.requested(ctx.req) && ctx.res) {
      this.cookie.set(ctx.req, ctx.res, refreshToken);
      refreshToken = ''; // never readable by scripts
      // The web app's session, for the server's first paint of section pages (page-cookie.ts).
      await this.pageCookie.set(ctx.req, ctx.res, signedIn.actor);
    }
    return { accessToken: signedIn.accessToken, refreshToken, user: toUserModel(signedIn.user) };
  }
}
