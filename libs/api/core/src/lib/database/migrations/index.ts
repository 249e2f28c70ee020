import { Initial1795893778922 } from './1795893778922-Initial';

/** Every migration, oldest first (maintained by npm run migration:generate). */
export const ALL_MIGRATIONS = [Initial1795893778922];
