import { PROFILE_SCREEN_QUERY } from './profile-documents';

/** Dialog titles as headings people notice. */
export const DIALOG_TITLE_STYLES = { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };

/** An outline change renumbers sections: reload the profile's outline before the dialog closes. */
export const refetchProfile = (profileId: string) => ({
  refetchQueries: [{ query: PROFILE_SCREEN_QUERY, variables: { id: profileId } }],
  awaitRefetchQueries: true,
});
