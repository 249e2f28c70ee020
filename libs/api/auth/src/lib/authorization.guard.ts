import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ForbiddenError, PUBLIC_ROUTE_METADATA, UnauthenticatedError } from '@mps/api-core';
import type { Actor } from '@mps/api-iam';
import { operationRule, OperationRule } from '@mps/shared-domain';


/**
 * The global guard: deny by default. A GraphQL operation is admitted only by
 * its entry in OPERATIONS (libs/shared/domain); an HTTP route only when it is
 * @Public() or the caller is signed in. Workspace-level checks follow in the
 * access service, which knows the object being acted on.
 */
@Injectable()
export class AuthorizationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    return context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.ruleFor(context);
    const hasToken = Boolean(this.getRequest(context).headers?.authorization);
    if (rule.access === 'public') {
      // A token on a public operation is optional: use it when it is good.
      if (hasToken) await this.authenticate(context).catch(() => undefined);
      return true;
    }
    await this.authenticate(context);
    if (rule.access === 'platform-admin') {
      const actor = (this.getRequest(context) as Request & { user?: Actor }).user;
      if (!actor?.isPlatformAdmin) throw new ForbiddenError('Only platform administrators may do this.');
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new UnauthenticatedError('Please sign in: your session is missing, expired or ended.');
    return user;
  }

  /**
   * Verifies the token and checks its session once per request: an operation with several root fields passes this
   * guard once per field, and the later ones find the caller already on the request.
   */
  private async authenticate(context: ExecutionContext): Promise<void> {
    if ((this.getRequest(context) as Request & { user?: Actor }).user) return;
    await super.canActivate(context);
  }

  private ruleFor(context: ExecutionContext): OperationRule | { access: 'http-authenticated' } {
    if (context.getType<string>() !== 'graphql') {
      const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE_METADATA, [
        context.getHandler(),
        context.getClass(),
      ]);
      return isPublic ? { access: 'public' } : { access: 'http-authenticated' };
    }
    const info = GqlExecutionContext.create(context).getInfo<{ fieldName: string; parentType: { name: string } }>();
    const rule = operationRule(info.fieldName);
    if (!rule) throw new ForbiddenError(`Operation ${info.fieldName} is not declared and therefore not allowed.`);
    return rule;
  }
}
