/** The review cycle pages, loaded together through loadReviewCyclePages (src/index.ts). */
export { ReviewCyclesPage } from './review-cycles-page';
export { OpenCyclePage } from './open-cycle-page';
export { ReviewCyclePage } from './review-cycle-page';
