export * from './i18n';
export { ProfilePage } from './lib/profile-page';
export { ProfilesPage } from './lib/profiles-page';
