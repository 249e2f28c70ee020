export * from './lib/releases.module';
export * from './lib/releases.entities';
export * from './lib/entities/release.entity';
export * from './lib/services/releases.service';
export * from './lib/services/editions.service';
export * from './lib/models/release.model';
export * from './lib/services/release-document.service';
export * from './lib/ports/release-data.port';
