import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@mps/api-core';
import { IamModule } from '@mps/api-iam';
import { ReleasesModule } from '@mps/api-releases';
import { DocumentExportsController } from './http/document-exports.controller';
import { DEFAULT_RENDER_LIMITS, RenderPool } from './render/render-pool';
import { DocumentExportsService } from './services/document-exports.service';

/** Word and PDF exports of releases and of a profile's current draft. */
@Module({
  imports: [IamModule, ReleasesModule],
  controllers: [DocumentExportsController],
  providers: [
    DocumentExportsService,
    {
      provide: RenderPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A download is answered within twice the limit: at most one limit waiting for a thread, one laying out.
        const limitMs = config.exportRenderTimeoutSeconds * 1000;
        return new RenderPool({ ...DEFAULT_RENDER_LIMITS, waitMs: limitMs, timeoutMs: limitMs });
      },
    },
  ],
})
export class ExportsModule {}
