import { Module } from '@nestjs/common';

/** The public portal: published releases rendered to static HTML at publish, served without sign-in. */
@Module({})
export class PortalModule {}
