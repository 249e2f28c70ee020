import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { EventBus, InProcessEventBus, RedisEventBus } from './events/event-bus';
import { HealthController } from './health/health.controller';

/** Cross-cutting services every domain module uses: audit writer, event bus, health. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    AuditService,
    {
      provide: EventBus,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): EventBus =>
        config.redisUrl ? new RedisEventBus(config.redisUrl) : new InProcessEventBus(),
    },
  ],
  exports: [AuditService, EventBus],
})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly events: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
  }
}
