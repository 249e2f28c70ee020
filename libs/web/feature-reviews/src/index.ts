export * from './i18n';
export { ReviewCyclesPage } from './lib/review-cycles-page';
// Review cycle pages: opening a cycle, and one cycle's progress and matrices.
export { OpenCyclePage } from './lib/open-cycle-page';
export { ReviewCyclePage } from './lib/review-cycle-page';
// The profile screen's review side (section-review/): highlighted passages, threads, sign-offs.
export { sectionReviewSlot } from './lib/section-review/section-review-slot';
