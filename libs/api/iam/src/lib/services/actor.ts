import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@mps/api-core';
import type { MembershipEntity } from '../entities/membership.entity';

/** The signed-in caller of one request, set by the global guard. */
export interface Actor {
  userId: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  /** Per-request cache of active memberships by workspace id (null = not a member). */
  readonly membershipCache: Map<string, MembershipEntity | null>;
}

function actorFromContext(context: ExecutionContext): Actor | null {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { user?: Actor } }>().req
      : context.switchToHttp().getRequest<{ user?: Actor }>();
  return req?.user ?? null;
}

/**
 * The signed-in caller from the GraphQL context, for plain field resolvers (no parameter decorators: Nest then calls
 * them directly instead of resolving each parameter per field). Throws like CurrentActor when there is none.
 */
export function actorOf(ctx: { req?: object }): Actor {
  const actor = (ctx.req as { user?: Actor } | undefined)?.user;
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** Injects the signed-in caller; the guard has already refused anonymous calls where one is needed. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorFromContext(context);
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
