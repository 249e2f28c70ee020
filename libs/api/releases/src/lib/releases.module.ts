import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule } from '@mps/api-profiles';
import { ProfileReleasesResolver, ReleaseResolver, ReleaseSectionResolver } from './resolvers/release.resolver';
import { EditionsService } from './services/editions.service';
import { ReleaseDocumentService } from './services/release-document.service';
import { ReleaseGateService } from './services/release-gate.service';
import { ReleasesService } from './services/releases.service';

/** Releases (the gate, freezing, publishing, withdrawing) and editions. */
@Module({
  imports: [IamModule, ProfilesModule],
  providers: [ReleasesService, ReleaseDocumentService, ReleaseGateService, EditionsService, ReleaseResolver, ReleaseSectionResolver, ProfileReleasesResolver],
  exports: [ReleasesService, EditionsService, ReleaseDocumentService],
})
export class ReleasesModule {}
