import { CommentEntity } from './entities/comment.entity';
import { ReviewCycleEntity, ReviewCycleOrganizationEntity, ReviewCycleSectionEntity } from './entities/review-cycle.entity';
import { SignOffEntity } from './entities/sign-off.entity';

export const REVIEWS_ENTITIES = [ReviewCycleEntity, ReviewCycleSectionEntity, ReviewCycleOrganizationEntity, CommentEntity, SignOffEntity];
