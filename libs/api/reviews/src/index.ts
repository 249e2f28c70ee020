export * from './lib/reviews.module';
export * from './lib/reviews.entities';
export * from './lib/entities/review-cycle.entity';
export * from './lib/entities/comment.entity';
export * from './lib/entities/sign-off.entity';
export * from './lib/services/review-cycles.service';
export * from './lib/services/sign-offs.service';
export * from './lib/services/comments.service';
export * from './lib/models/review.inputs';
export * from './lib/models/sign-off.model';
export * from './lib/models/review-cycle.model';
// --- comments
export * from './lib/models/comment.model';
export * from './lib/models/comment.mapper';
export * from './lib/services/section-status.service';
export * from './lib/models/review.mappers';
export * from './lib/ports/review-work.port';
export * from './lib/services/review-loaders.service';
