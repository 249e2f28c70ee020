import { Module } from '@nestjs/common';
import { InvitationResolver } from './resolvers/invitation.resolver';
import { MembershipResolver } from './resolvers/membership.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { WorkspaceResolver } from './resolvers/workspace.resolver';
import { AccessService } from './services/access.service';
import { IamLoaders } from './services/iam-loaders.service';
import { InvitationsService } from './services/invitations.service';
import { MembersService } from './services/members.service';
import { OrganizationsService } from './services/organizations.service';
import { PasswordService } from './services/password.service';
import { SessionsService } from './services/sessions.service';
import { WorkspacesService } from './services/workspaces.service';

/** Identity and access: users, workspaces, organisations, memberships, sessions, and the access service. */
@Module({
  providers: [
    AccessService,
    IamLoaders,
    InvitationsService,
    MembersService,
    OrganizationsService,
    PasswordService,
    SessionsService,
    WorkspacesService,
    InvitationResolver,
    MembershipResolver,
    OrganizationResolver,
    UserResolver,
    WorkspaceResolver,
  ],
  exports: [AccessService, IamLoaders, InvitationsService, MembersService, OrganizationsService, PasswordService, SessionsService, WorkspacesService],
})
export class IamModule {}
