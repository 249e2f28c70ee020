import { lazy } from 'react';

/**
 * Fetches the outline's forms (outline-forms.ts). The coordinator's outline tools call it when they mount, after the
 * first paint, so that a dialog opens with its form.
 */
export const loadOutlineForms = () => import('./outline-forms');

/** Each form, to render inside a Suspense boundary. */
export const AddSectionForm = lazy(() => loadOutlineForms().then((m) => ({ default: m.AddSectionForm })));
export const AssignOrganisationsForm = lazy(() => loadOutlineForms().then((m) => ({ default: m.AssignOrganisationsForm })));
export const RenameSectionForm = lazy(() => loadOutlineForms().then((m) => ({ default: m.RenameSectionForm })));
