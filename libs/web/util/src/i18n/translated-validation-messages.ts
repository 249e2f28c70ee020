/** Loaded with a language other than English (see loadUtilResources): its own chunk. */
export { ERROR_MESSAGES, VALIDATION_MESSAGES_TRANSLATED } from '@mps/shared-domain';
