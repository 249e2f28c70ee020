import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { coalescingLoader, groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';

/** Batch loads for identity objects, one query per kind per request. */
@Injectable()
export class IamLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A user read now, coalesced with the same reads of every other caller in this turn of the event loop: for what
   * every subscriber of an event resolves (its actor), where a per-request loader would query once per subscriber.
   */
  currentUser(id: string): Promise<UserEntity | null> {
    return this.currentUsers.load(id);
  }

  private readonly currentUsers = coalescingLoader<string, UserEntity | null>(async (ids) =>
    oneByKeys(ids, await this.dataSource.getRepository(UserEntity).findBy({ id: In([...new Set(ids)]) }), (u) => u.id),
  );

  user(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, UserEntity | null>('iam.userById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }), (u) => u.id),
      )
      .load(id);
  }

  workspace(loaders: RequestLoaders, id: string) {
    return this.workspaceLoader(loaders).load(id);
  }

  /** Gives the request a workspace another statement already read, so that `workspace` need not query it. */
  primeWorkspace(loaders: RequestLoaders, workspace: WorkspaceEntity): void {
    this.workspaceLoader(loaders).prime(workspace.id, workspace);
  }

  /** A workspace's organisations read by another statement of the request, sorted by name as that loader sorts them. */
  primeOrganizationsOfWorkspace(loaders: RequestLoaders, workspaceId: string, organizations: OrganizationEntity[]): void {
    this.organizationsOfWorkspaceLoader(loaders).prime(workspaceId, organizations);
  }

  private workspaceLoader(loaders: RequestLoaders) {
    return loaders.get<string, WorkspaceEntity | null>('iam.workspaceById', async (ids) =>
      oneByKeys(ids, await this.dataSource.getRepository(WorkspaceEntity).findBy({ id: In([...ids]) }), (w) => w.id),
    );
  }

  organization(loaders: RequestLoaders, id: string) {
    return this.organizationLoader(loaders).load(id);
  }

  /** Gives the request an organisation another statement already read, so that `organization` need not query it. */
  primeOrganization(loaders: RequestLoaders, organization: OrganizationEntity): void {
    this.organizationLoader(loaders).prime(organization.id, organization);
  }

  private organizationLoader(loaders: RequestLoaders) {
    return loaders.get<string, OrganizationEntity | null>('iam.organizationById', async (ids) =>
      oneByKeys(ids, await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) }), (o) => o.id),
    );
  }

  organizationsOfWorkspace(loaders: RequestLoaders, workspaceId: string) {
    return this.organizationsOfWorkspaceLoader(loaders).load(workspaceId);
  }

  private organizationsOfWorkspaceLoader(loaders: RequestLoaders) {
    return loaders.get<string, OrganizationEntity[]>('iam.organizationsByWorkspace', async (ids) => {
      const rows = await this.dataSource
        .getRepository(OrganizationEntity)
        .find({ where: { workspaceId: In([...ids]) }, order: { name: 'ASC' } });
      return groupByKeys(ids, rows, (o) => o.workspaceId);
    });
  }

  activeMembersOfWorkspace(loaders: RequestLoaders, workspaceId: string) {
    return loaders
      .get<string, MembershipEntity[]>('iam.membersByWorkspace', async (ids) => {
        const rows = await this.dataSource.getRepository(MembershipEntity).find({
          where: { workspaceId: In([...ids]), status: 'ACTIVE' },
          order: { createdAt: 'ASC' },
        });
        return groupByKeys(ids, rows, (m) => m.workspaceId);
      })
      .load(workspaceId);
  }

  activeMembershipsOfUser(loaders: RequestLoaders, userId: string) {
    return loaders
      .get<string, MembershipEntity[]>('iam.membershipsByUser', async (ids) => {
        const rows = await this.dataSource.getRepository(MembershipEntity).find({
          where: { userId: In([...ids]), status: 'ACTIVE' },
          order: { createdAt: 'ASC' },
        });
        return groupByKeys(ids, rows, (m) => m.userId!);
      })
      .load(userId);
  }

  pendingInvitationsOfWorkspace(loaders: RequestLoaders, workspaceId: string) {
    return loaders
      .get<string, MembershipEntity[]>('iam.invitationsByWorkspace', async (ids) => {
        const rows = await this.dataSource.getRepository(MembershipEntity).find({
          where: { workspaceId: In([...ids]), status: 'INVITED' },
          order: { createdAt: 'ASC' },
        });
        return groupByKeys(ids, rows, (m) => m.workspaceId);
      })
      .load(workspaceId);
  }
}
