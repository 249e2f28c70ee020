/**
 * The review side's forms, one chunk: they bring zod, the shared input schemas and Mantine's form helpers, which
 * reading a section does not need. Loaded through lazy-review-forms.ts.
 */
export { NewCommentForm } from './new-comment-form';
export { SignOffForm } from './sign-off-form';
export { DeclineForm, DispositionForm, ReplyForm } from './thread-forms';
