import { AuditEventEntity } from '@mps/api-core';
import { IAM_ENTITIES } from '@mps/api-iam';
import { INDICATORS_ENTITIES } from '@mps/api-indicators';
import { NOTIFICATIONS_ENTITIES } from '@mps/api-notifications';
import { PROFILES_ENTITIES } from '@mps/api-profiles';
import { RELEASES_ENTITIES } from '@mps/api-releases';
import { REVIEWS_ENTITIES } from '@mps/api-reviews';
import { TASKS_ENTITIES } from '@mps/api-tasks';

/** Every TypeORM entity of the product; migrations must match them exactly (a test checks). */
export const ALL_ENTITIES = [AuditEventEntity, ...IAM_ENTITIES, ...PROFILES_ENTITIES, ...REVIEWS_ENTITIES, ...RELEASES_ENTITIES, ...TASKS_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...INDICATORS_ENTITIES];
