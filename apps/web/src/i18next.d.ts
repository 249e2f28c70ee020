import 'i18next';
import type en from './locales/en.json';
import type { editorResourcesEn } from '@mps/web-editor';
import type { adminResourcesEn } from '@mps/web-feature-admin';
import type { auditResourcesEn } from '@mps/web-feature-audit';
import type { authResourcesEn } from '@mps/web-feature-auth';
import type { myWorkResourcesEn } from '@mps/web-feature-my-work';
import type { notificationsResourcesEn } from '@mps/web-feature-notifications';
import type { profilesResourcesEn } from '@mps/web-feature-profiles';
import type { indicatorsResourcesEn } from '@mps/web-feature-indicators';
import type { releasesResourcesEn } from '@mps/web-feature-releases';
import type { reviewsResourcesEn } from '@mps/web-feature-reviews';
import type { workspacesResourcesEn } from '@mps/web-feature-workspaces';
import type { shellResourcesEn } from '@mps/web-shell';
import type { uiResourcesEn } from '@mps/web-ui';
import type { utilResourcesEn } from '@mps/web-util';

/** Every library's strings, as the app registers them (src/app/i18n.ts and router.tsx). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en &
        typeof utilResourcesEn &
        typeof shellResourcesEn &
        typeof editorResourcesEn &
        typeof authResourcesEn &
        typeof workspacesResourcesEn &
        typeof adminResourcesEn &
        typeof auditResourcesEn &
        typeof profilesResourcesEn &
        typeof myWorkResourcesEn &
        typeof reviewsResourcesEn &
        typeof releasesResourcesEn &
        typeof notificationsResourcesEn &
        typeof indicatorsResourcesEn;
      ui: typeof uiResourcesEn;
    };
  }
}
