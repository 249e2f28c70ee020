/**
 * The outline's forms (add, rename, assign), one chunk: they bring zod, the shared input schemas and Mantine's form
 * helpers, which reading a section does not need. Loaded through lazy-outline-forms.ts.
 */
export { AddSectionForm } from './add-section-form';
export { AssignOrganisationsForm } from './assign-organisations-form';
export { RenameSectionForm } from './rename-section-form';
