import { LoginThrottleEntity } from './entities/login-throttle.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { WorkspaceEntity } from './entities/workspace.entity';

export const IAM_ENTITIES = [
  UserEntity,
  WorkspaceEntity,
  OrganizationEntity,
  MembershipEntity,
  SessionEntity,
  RefreshTokenEntity,
  LoginThrottleEntity,
  PasswordResetTokenEntity,
];
