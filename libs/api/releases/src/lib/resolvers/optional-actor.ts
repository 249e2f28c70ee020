import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@mps/api-iam';

/**
 * The signed-in caller, or null for an anonymous one: published releases are read without signing in, and their
 * fields that belong to the workspace (the profile, people, revisions) answer only to its members.
 */
export const OptionalActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  const ctx = GqlExecutionContext.create(context).getContext<{ req?: { user?: Actor } }>();
  return ctx.req?.user ?? null;
});
