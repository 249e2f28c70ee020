import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@mps/api-core';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule } from '@mps/api-profiles';
import { PresenceResolver } from './resolvers/presence.resolver';
import { PresenceService } from './services/presence.service';
import { InMemoryPresenceStore, PresenceStore } from './store/presence-store';
import { RedisPresenceStore } from './store/redis-presence-store';

/** Who is viewing or editing a section, across API instances (docs/adr/0013-presence.md). */
@Module({
  imports: [IamModule, ProfilesModule],
  providers: [
    {
      // Same rule as the event bus: several instances share Redis, a single one keeps presence in memory.
      provide: PresenceStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PresenceStore =>
        config.redisUrl ? new RedisPresenceStore(config.redisUrl, config.redisPrefix) : new InMemoryPresenceStore(),
    },
    PresenceService,
    PresenceResolver,
  ],
  exports: [PresenceStore],
})
export class PresenceModule implements OnApplicationShutdown {
  constructor(@Inject(PresenceStore) private readonly store: PresenceStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
