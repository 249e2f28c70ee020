import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity, BadUserInputError, FieldAccess, GqlContext, isUuid, NotFoundError } from '@mps/api-core';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { AuditEventConnection, AuditEventModel } from '../models/audit-event.model';
import { toUserModel } from '../models/mappers';
import { UserModel } from '../models/user.model';
import { AccessService } from '../services/access.service';
import { Actor, CurrentActor } from '../services/actor';
import { IamLoaders } from '../services/iam-loaders.service';

const encodeCursor = (e: AuditEventEntity) => Buffer.from(`${e.at.toISOString()}|${e.id}`).toString('base64url');
/** Only what encodeCursor wrote is a cursor: an exact ISO time in years 1-9999 (PostgreSQL's range) and a uuid. */
function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  const valid =
    rest.length === 0 &&
    !!id &&
    isUuid(id) &&
    !Number.isNaN(date.getTime()) &&
    date.getUTCFullYear() >= 1 &&
    date.getUTCFullYear() <= 9999 &&
    date.toISOString() === at;
  if (!valid) throw new BadUserInputError('The cursor is not valid.', 'after');
  return { at: date, id };
}

/** The append-only audit log of a workspace, newest first, in pages. */
@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly loaders: IamLoaders,
  ) {}

  @Query(() => AuditEventConnection)
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    if (!isUuid(workspaceId)) throw new NotFoundError('Workspace');
    const access = await this.access.authorize(actor, 'auditLog', workspaceId);
    // A platform admin is admitted to any id: make sure this one names a workspace.
    if (!access.membership && !(await this.dataSource.getRepository(WorkspaceEntity).existsBy({ id: workspaceId }))) {
      throw new NotFoundError('Workspace');
    }
    if (first < 1 || first > 200) throw new BadUserInputError('first must be between 1 and 200.', 'first');
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.workspace_id = :workspaceId', { workspaceId })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(first + 1);
    if (after) {
      const { at, id } = decodeCursor(after);
      query.andWhere('(e.at, e.id) < (:at, :id)', { at, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    return {
      edges: page.map((e) => ({
        cursor: encodeCursor(e),
        node: { id: e.id, at: e.at, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId, data: e.data, actorId: e.actorId },
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null },
    };
  }

  @ResolveField(() => UserModel, { nullable: true })
  @FieldAccess('Audit events are only returned to callers allowed to read the audit log')
  async actor(@Parent() event: AuditEventModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!event.actorId) return null;
    const user = await this.loaders.user(ctx.loaders, event.actorId);
    return user ? toUserModel(user) : null;
  }
}
