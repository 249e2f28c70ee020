export * from './lib/profiles.module';
export * from './lib/entities/profile.entity';
export * from './lib/entities/section.entity';
export * from './lib/entities/section-assignment.entity';
export * from './lib/services/profiles.service';
export * from './lib/models/profile.model';
export * from './lib/profiles.entities';
