import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProfileDocument, ReleasePublicationPort } from '@mps/api-releases';
import { PortalPagesWriter } from './portal-pages.service';

/** The portal's answer to releases (ReleasePublicationPort): publishing and withdrawing rewrite the public pages. */
@Injectable()
export class PortalPublicationAdapter extends ReleasePublicationPort {
  constructor(private readonly pages: PortalPagesWriter) {
    super();
  }

  async onPublished(manager: EntityManager, document: ProfileDocument): Promise<void> {
    await this.pages.write(manager, document);
  }

  async onWithdrawn(manager: EntityManager, document: ProfileDocument): Promise<void> {
    await this.pages.write(manager, document);
  }
}
