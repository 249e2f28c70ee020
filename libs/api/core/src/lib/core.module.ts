import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { EventBus, InProcessEventBus, RedisEventBus } from './events/event-bus';
import { HealthController } from './health/health.controller';
import { BullMqJobRunner } from './jobs/bullmq-job-runner';
import { InProcessJobRunner } from './jobs/in-process-job-runner';
import { JobRunner } from './jobs/job-runner';
import { DevMailController } from './mail/dev-mail.controller';
import { Mailer, OutboxMailer, SmtpMailer } from './mail/mailer';

/** Cross-cutting services every domain module uses: audit writer, event bus, job runner, mailer, health. */
@Global()
@Module({
  controllers: [HealthController, DevMailController],
  providers: [
    AuditService,
    {
      provide: EventBus,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): EventBus =>
        config.redisUrl ? new RedisEventBus(config.redisUrl, { prefix: config.redisPrefix }) : new InProcessEventBus(),
    },
    {
      // Same rule as the event bus: several instances share Redis, a single one keeps its timers.
      provide: JobRunner,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): JobRunner =>
        config.redisUrl ? new BullMqJobRunner({ url: config.redisUrl, prefix: config.redisPrefix }) : new InProcessJobRunner(),
    },
    {
      provide: Mailer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Mailer =>
        config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer(config.dataDir, config.mailFrom),
    },
  ],
  exports: [AuditService, EventBus, JobRunner, Mailer],
})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(JobRunner) private readonly jobs: JobRunner,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Running handlers finish first; they may still publish events.
    await this.jobs.close();
    await this.events.close();
    await this.mailer.close();
  }
}
