import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfileResolver, SectionResolver, WorkspaceProfilesResolver } from './resolvers/profile.resolver';
import { ProfilesService } from './services/profiles.service';

/** Profiles, their outline of sections, and (later) revisions and diffs. */
@Module({
  imports: [IamModule],
  providers: [ProfilesService, ProfileResolver, SectionResolver, WorkspaceProfilesResolver],
  exports: [ProfilesService],
})
export class ProfilesModule {}
