export * from './i18n';
// The profile screen's review side (section-review/): highlighted passages, threads, sign-offs.
export { sectionReviewSlot } from './lib/section-review/section-review-slot';

/**
 * The review cycle pages (the list, opening a cycle, one cycle's progress and matrices), a chunk of their own: the
 * profile screen loads this library for its review side only.
 */
export const loadReviewCyclePages = () => import('./lib/review-cycle-pages');
