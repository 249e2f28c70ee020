export * from './lib/audit.module';
export * from './lib/models/audit-event.model';
export * from './lib/services/audit-log.service';
