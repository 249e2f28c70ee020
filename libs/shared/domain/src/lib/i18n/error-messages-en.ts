import type { ErrorCode } from '../error-codes';

/**
 * The English sentences of ERROR_MESSAGES (error-messages.ts), in a module of their own: the web app's first load
 * carries only these; the other languages' come with their language when it is chosen.
 */
export const ERROR_MESSAGES_EN: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this. If you think you should be, ask a coordinator of this workspace.',
  NOT_FOUND: 'We could not find this. It may have been removed, or you may not have access to it.',
  BAD_USER_INPUT: 'Some of what you entered cannot be accepted. Check the form and try again.',
  CONFLICT: 'Someone changed this at the same time as you. Reload to see the latest version, then try again.',
  FAILED_PRECONDITION: 'This cannot be done at this stage of the work. Reload the page to see where things stand.',
  RATE_LIMITED: 'You have made too many requests in a short time. Please wait a minute, then try again.',
  SERVICE_UNAVAILABLE: 'The service is very busy right now. Nothing was changed: please try again in a moment.',
};
