export * from './i18n';
export { ProfilePage } from './lib/profile-page';

/** The list of profiles (with the new-profile dialog), a chunk of its own: the profile screen does not need it. */
export const loadProfilesPage = () => import('./lib/profiles-page');
