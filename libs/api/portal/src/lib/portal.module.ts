import { Global, Module } from '@nestjs/common';
import { ReleasePublicationPort, ReleasesModule } from '@mps/api-releases';
import { PortalController } from './http/portal.controller';
import { PortalPagesWriter } from './services/portal-pages.service';
import { PortalPublicationAdapter } from './services/portal-publication.adapter';
import { PortalService } from './services/portal.service';

/**
 * What releases asks of the portal (ReleasePublicationPort), provided globally so that releases can inject it without
 * importing this library (as ReviewsPortModule does for profiles, docs/adr/0007). Its providers need nothing from
 * releases, so no cycle forms.
 */
@Global()
@Module({
  providers: [PortalPagesWriter, PortalPublicationAdapter, { provide: ReleasePublicationPort, useExisting: PortalPublicationAdapter }],
  exports: [ReleasePublicationPort, PortalPagesWriter],
})
export class PortalPublicationModule {}

/** The public portal: published releases rendered to static HTML at publish, served without sign-in. */
@Module({
  imports: [ReleasesModule, PortalPublicationModule],
  providers: [PortalService],
  controllers: [PortalController],
})
export class PortalModule {}
