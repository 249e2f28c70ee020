import { Global, Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule, SectionReviewPort } from '@mps/api-profiles';
import { CommentResolver, ReviewCycleCommentsResolver, SectionCommentsResolver } from './resolvers/comment.resolver';
import { ReviewCycleResolver } from './resolvers/review-cycle.resolver';
import { SectionReviewCountsResolver } from './resolvers/section-review-counts.resolver';
import { ProfileReviewCyclesResolver, SectionReviewResolver } from './resolvers/section-review.resolver';
import { SignOffMatrixCellResolver, SignOffMatrixRowResolver } from './resolvers/sign-off-matrix.resolver';
import { SignOffResolver } from './resolvers/sign-off.resolver';
import { CommentRevisionHook } from './services/comment-revision.hook';
import { CommentsService } from './services/comments.service';
import { ReviewAccessService } from './services/review-access.service';
import { ReviewCyclesService } from './services/review-cycles.service';
import { ReviewPortAdapter } from './services/review-port.adapter';
import { SignOffsService } from './services/sign-offs.service';
// --- comments (anchored threads, suggestions, dispositions, the comment-response downloads)
import { CommentResponsesController } from './http/comment-responses.controller';
import { CommentLoaders } from './services/comment-loaders.service';
import { CommentResponsesService } from './services/comment-responses.service';
import { ReviewLoaders } from './services/review-loaders.service';
import { ReviewMatrixService } from './services/review-matrix.service';
import { SectionStatusService } from './services/section-status.service';

/**
 * What profiles asks of reviews (SectionReviewPort), provided globally so that profiles can inject it without
 * importing this library (docs/adr/0007-reviews-plug-into-profiles.md). Its providers need only the database and
 * iam, never a profiles provider, so no cycle forms.
 */
@Global()
@Module({
  imports: [IamModule],
  providers: [
    ReviewAccessService,
    CommentRevisionHook,
    ReviewPortAdapter,
    { provide: SectionReviewPort, useExisting: ReviewPortAdapter },
    SectionStatusService,
  ],
  exports: [SectionReviewPort, ReviewAccessService, ReviewPortAdapter, SectionStatusService],
})
export class ReviewsPortModule {}

/** Review cycles, anchored comments with suggestions and dispositions, sign-offs bound to revisions. */
@Module({
  imports: [IamModule, ProfilesModule, ReviewsPortModule],
  providers: [
    ReviewCyclesService,
    SignOffsService,
    CommentsService,
    ReviewCycleResolver,
    SignOffResolver,
    SignOffMatrixRowResolver,
    SignOffMatrixCellResolver,
    SectionReviewResolver,
    ProfileReviewCyclesResolver,
    SectionReviewCountsResolver,
    CommentResolver,
    SectionCommentsResolver,
    ReviewCycleCommentsResolver,
    // --- comments
    CommentLoaders,
    CommentResponsesService,
    ReviewLoaders,
    ReviewMatrixService,
  ],
  controllers: [CommentResponsesController],
  exports: [ReviewCyclesService, SignOffsService, CommentsService, ReviewLoaders],
})
export class ReviewsModule {}
