import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, toUserModel, UserModel } from '@mps/api-iam';
import {
  AuditChainStatusModel,
  AuditEventConnection,
  AuditEventModel,
  AuditLogFilterInput,
} from '../models/audit-event.model';
import { AuditLogService, encodeCursor, toAuditEventModel } from '../services/audit-log.service';

/** The append-only audit log of a workspace, newest first, in pages; and the check of its hash chain. */
@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(
    private readonly log: AuditLogService,
    private readonly loaders: IamLoaders,
  ) {}

  @Query(() => AuditEventConnection)
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput | null,
  ): Promise<AuditEventConnection> {
    await this.log.authorize(actor, workspaceId);
    const { events, hasNextPage } = await this.log.page(workspaceId, filter, first, after);
    return {
      edges: events.map((e) => ({ cursor: encodeCursor(e.seq), node: toAuditEventModel(e) })),
      pageInfo: { hasNextPage, endCursor: events.length ? encodeCursor(events[events.length - 1]!.seq) : null },
    };
  }

  @Query(() => AuditChainStatusModel, {
    description: "Recomputes every hash of the workspace's audit chain (as npm run audit:verify does) and names the first broken link.",
  })
  async auditChainStatus(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<AuditChainStatusModel> {
    await this.log.authorize(actor, workspaceId, 'auditChainStatus');
    return this.log.chainStatus(workspaceId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess('Audit events are only returned to callers allowed to read the audit log')
  async actor(@Parent() event: AuditEventModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!event.actorId) return null;
    const user = await this.loaders.user(ctx.loaders, event.actorId);
    return user ? toUserModel(user) : null;
  }
}
