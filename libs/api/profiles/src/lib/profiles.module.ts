import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfileEventsResolver } from './resolvers/profile-events.resolver';
import { ProfileResolver, WorkspaceProfilesResolver } from './resolvers/profile.resolver';
import { RevisionResolver } from './resolvers/revision.resolver';
import { SectionResolver } from './resolvers/section.resolver';
import { OutlineService } from './services/outline.service';
import { ProfileLoaders } from './services/profile-loaders.service';
import { ProfilesService } from './services/profiles.service';
import { RevisionsService } from './services/revisions.service';
import { SectionAccessService } from './services/section-access.service';
import { SectionPreviewService } from './services/section-preview.service';

/** Profiles, their outline of sections, immutable revisions and diffs. */
@Module({
  imports: [IamModule],
  providers: [
    ProfilesService,
    OutlineService,
    ProfileLoaders,
    RevisionsService,
    SectionAccessService,
    SectionPreviewService,
    ProfileResolver,
    ProfileEventsResolver,
    SectionResolver,
    RevisionResolver,
    WorkspaceProfilesResolver,
  ],
  exports: [ProfilesService, RevisionsService, SectionAccessService, ProfileLoaders, SectionPreviewService],
})
export class ProfilesModule {}
