import { lazy } from 'react';

/**
 * Fetches the review side's forms (review-forms.ts). ReviewPanel calls it when it mounts, after the first paint: the
 * forms' chunk then arrives alongside the threads they belong to, before anyone can use them.
 */
export const loadReviewForms = () => import('./review-forms');

/** Each form, to render inside a Suspense boundary. */
export const NewCommentForm = lazy(() => loadReviewForms().then((m) => ({ default: m.NewCommentForm })));
export const SignOffForm = lazy(() => loadReviewForms().then((m) => ({ default: m.SignOffForm })));
export const DeclineForm = lazy(() => loadReviewForms().then((m) => ({ default: m.DeclineForm })));
export const DispositionForm = lazy(() => loadReviewForms().then((m) => ({ default: m.DispositionForm })));
export const ReplyForm = lazy(() => loadReviewForms().then((m) => ({ default: m.ReplyForm })));
