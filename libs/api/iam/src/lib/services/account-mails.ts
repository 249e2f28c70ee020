import type { MailMessage } from '@mps/api-core';
import type { Role } from '@mps/shared-domain';

const ROLE_WORDS: Record<Role, string> = {
  COORDINATOR: 'a coordinator',
  FOCAL_POINT: 'a focal point',
  CONTRIBUTOR: 'a contributor',
  OBSERVER: 'an observer',
};

export interface InvitationMailFacts {
  to: string;
  link: string;
  workspaceName: string;
  organizationName: string;
  role: Role;
  inviterName: string;
  expiresAt: Date;
  /** Whether the e-mail already has an account: the mail then says to sign in rather than to choose a password. */
  hasAccount: boolean;
}

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The invitation mail. Plain words, the link on its own line, what happens when it is not used. */
export function invitationMail(f: InvitationMailFacts): MailMessage {
  const next = f.hasAccount
    ? 'Open this link, sign in with this e-mail address and accept the invitation:'
    : 'Open this link to choose your name and password, and you are in:';
  return {
    to: f.to,
    subject: `You are invited to ${f.workspaceName}`,
    text: [
      `${f.inviterName} invited you to join ${f.workspaceName} as ${ROLE_WORDS[f.role]} for ${f.organizationName}.`,
      '',
      next,
      f.link,
      '',
      `The link works until ${day(f.expiresAt)}. If you did not expect this invitation, ignore this e-mail: nothing happens unless you accept.`,
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your password',
    text: [
      'Someone (we hope you) asked to reset the password of your Migration Profile Studio account.',
      '',
      'Open this link to choose a new password. It works once, for 30 minutes:',
      link,
      '',
      'When you set a new password, every place where your account is signed in is signed out.',
      'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ].join('\n'),
  };
}
