import { Module } from '@nestjs/common';

/** Who is viewing or editing a section, across API instances. */
@Module({})
export class PresenceModule {}
