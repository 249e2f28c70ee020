export * from './lib/presence.module';
export * from './lib/store/presence-store';
export * from './lib/services/presence.service';
export * from './lib/models/presence.models';
