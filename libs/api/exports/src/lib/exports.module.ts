import { Module } from '@nestjs/common';

/** Word and PDF exports of releases and of a profile's current draft. */
@Module({})
export class ExportsModule {}
