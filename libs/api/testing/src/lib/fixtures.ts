import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashArgon2id, MembershipEntity, OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import type { OrganizationKind, Role } from '@mps/shared-domain';

/** Every fixture user signs in with this password. */
export const FIXTURE_PASSWORD = 'fixture-password-1234';
let passwordHash: Promise<string> | null = null;
const fixtureHash = () =>
  (passwordHash ??= hashArgon2id(FIXTURE_PASSWORD));

const unique = () => randomUUID().slice(0, 8);

/** Builders that write straight to the database, for arranging a test quickly; the act goes through GraphQL. */
export class Fixtures {
  constructor(private readonly dataSource: DataSource) {}

  workspace(overrides: Partial<WorkspaceEntity> = {}): Promise<WorkspaceEntity> {
    const id = unique();
    return this.dataSource.getRepository(WorkspaceEntity).save({
      name: `Workspace ${id}`,
      slug: `ws-${id}`,
      kind: 'NATIONAL',
      countryCode: 'XN',
      ...overrides,
    });
  }

  organization(workspaceId: string, overrides: Partial<OrganizationEntity> & { kind?: OrganizationKind } = {}) {
    return this.dataSource.getRepository(OrganizationEntity).save({
      workspaceId,
      name: `Organisation ${unique()}`,
      acronym: null,
      kind: 'MINISTRY' as OrganizationKind,
      ...overrides,
    });
  }

  async user(overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
    const id = unique();
    return this.dataSource.getRepository(UserEntity).save({
      email: `user-${id}@example.test`,
      displayName: `User ${id}`,
      passwordHash: await fixtureHash(),
      isPlatformAdmin: false,
      ...overrides,
    });
  }

  /** A new user who is a member of `workspaceId` with `role` in `organizationId`. */
  async member(workspaceId: string, organizationId: string, role: Role, overrides: Partial<UserEntity> = {}) {
    const user = await this.user(overrides);
    const membership = await this.dataSource.getRepository(MembershipEntity).save({
      userId: user.id,
      workspaceId,
      organizationId,
      role,
      deactivatedAt: null,
    });
    return { user, membership };
  }
}
