import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ReleasesModule } from '@mps/api-releases';
import { DocumentExportsController } from './http/document-exports.controller';
import { DocumentExportsService } from './services/document-exports.service';

/** Word and PDF exports of releases and of a profile's current draft. */
@Module({
  imports: [IamModule, ReleasesModule],
  controllers: [DocumentExportsController],
  providers: [DocumentExportsService],
})
export class ExportsModule {}
