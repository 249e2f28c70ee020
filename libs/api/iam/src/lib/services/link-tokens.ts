import { createHash, randomBytes } from 'node:crypto';
import { FailedPreconditionError } from '@mps/api-core';

/** SHA-256 of a link token, as stored: a database leak does not yield working links. */
export const hashLinkToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A fresh token for an e-mailed link (32 random bytes, URL-safe) and the hash to store. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

/** Longest token we even look up: a real one is 43 characters; anything far longer is not ours. */
export const MAX_LINK_TOKEN_LENGTH = 200;

/**
 * An e-mailed link that was real but cannot be used (now, or this way). `extensions.linkState` tells the web which
 * plain message to show: EXPIRED (ask for a new one), USED (it already did its job), SIGN_IN (the invited e-mail
 * has an account: sign in with it and accept there).
 */
export type LinkState = 'EXPIRED' | 'USED' | 'SIGN_IN';

export class UnusableLinkError extends FailedPreconditionError {
  constructor(linkState: LinkState, message: string) {
    super(message, [message]);
    this.extensions['linkState'] = linkState;
  }
}
