export * from './i18n';
export { ReviewCyclesPage } from './lib/review-cycles-page';
// The profile screen's review side (section-review/): highlighted passages, threads, sign-offs.
export { sectionReviewSlot } from './lib/section-review/section-review-slot';
