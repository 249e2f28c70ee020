import type { RevisionFullFieldsFragment } from '@mps/web-data-access';
import type { EditingEvent, EditingState } from './section-editing-machine';

/** The editing machine over this screen's revisions. */
export type SectionEditingState = EditingState<RevisionFullFieldsFragment>;
export type SectionEditingEvent = EditingEvent<RevisionFullFieldsFragment>;
