import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import type { OrganizationEntity, WorkspaceEntity } from '@mps/api-iam';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Accounts people manage themselves (docs/domain.md settled details, ADR 0015): invitations, password change and
 * reset by e-mailed single-use links, and deactivation that ends one workspace's access only. Mails go to a real
 * SMTP server started here; the links are read from what it received.
 */

interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** Quoted-printable as nodemailer writes it: soft line breaks and =XX bytes. */
const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? '',
          text: /quoted-printable/i.test(head) ? decodeQuotedPrintable(body.join('\n\n')) : body.join('\n\n'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const PUBLIC_URL = 'https://mp.example.org';

const ADD_MEMBER = /* GraphQL */ `
  mutation ($input: AddMemberInput!) {
    addMember(input: $input) { id role active status invitation { email expired sendCount } user { id email displayName memberships { id } } }
  }
`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { id email workspaceName organizationName role hasAccount } }`;
const ACCEPT_NEW = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id email displayName } } }`;
const ACCEPT_MINE = `mutation ($id: ID!) { acceptMyInvitation(membershipId: $id) { id status active user { id displayName } } }`;
const DECLINE_MINE = `mutation ($id: ID!) { declineMyInvitation(membershipId: $id) }`;
const MY_INVITATIONS = `{ myInvitations { id workspaceName role hasAccount } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(membershipId: $id) { id status invitation { sendCount } } }`;
const CANCEL = `mutation ($id: ID!) { cancelInvitation(membershipId: $id) { id status } }`;
const WORKSPACE = `query ($id: ID!) { workspace(id: $id) { id myRole members { id } invitations { id status user { email displayName } } } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const ME = `{ me { id } }`;
const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateMember(membershipId: $id) { id active status } }`;

const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;
const linkState = (res: GqlResponse) => res.errors?.[0]?.extensions['linkState'];
function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('accounts people manage themselves', () => {
  let t: TestApp;
  let fx: Fixtures;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ws: WorkspaceEntity;
  let org: OrganizationEntity;
  let coordinatorToken: string;
  let n = 0;
  const newEmail = () => `person-${Date.now().toString(36)}-${n++}@example.test`;

  /** The mails received for `to` so far, waiting (briefly) until there are at least `count`. */
  async function mailsTo(to: string, count = 1): Promise<Received[]> {
    for (let i = 0; i < 200; i += 1) {
      const mails = smtp.received.filter((m) => m.to.includes(to));
      if (mails.length >= count) return mails;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Expected ${count} mail(s) to ${to}; got ${smtp.received.filter((m) => m.to.includes(to)).length}`);
  }
  /** The token of the newest link to `route` in the mails to `to`. */
  async function linkToken(to: string, route: '/invitation' | '/reset-password', count = 1): Promise<string> {
    const mails = await mailsTo(to, count);
    const match = new RegExp(`${PUBLIC_URL}${route}#([A-Za-z0-9_-]+)`).exec(mails[mails.length - 1]!.text);
    if (!match) throw new Error(`No ${route} link in: ${mails[mails.length - 1]!.text}`);
    return match[1]!;
  }
  const invite = (email: string, extra: Record<string, unknown> = {}) =>
    t.gql(ADD_MEMBER, { input: { workspaceId: ws.id, organizationId: org.id, email, displayName: 'Typed Name', role: 'FOCAL_POINT', ...extra } }, coordinatorToken);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: 'TWG Secretariat <twg@example.org>' });
    fx = new Fixtures(t.dataSource);
    ws = await fx.workspace({ name: 'Norland TWG' });
    org = await fx.organization(ws.id, { name: 'Ministry of Labour' });
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR', { displayName: 'Amina Coordinator' });
    coordinatorToken = (await signIn(t, coordinator.user.email)).accessToken;
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  describe('invitations', () => {
    it('invites an existing account without revealing it: the answer shows only what the coordinator typed', async () => {
      const otherWs = await fx.workspace();
      const existing = await fx.member(otherWs.id, (await fx.organization(otherWs.id)).id, 'OBSERVER', { displayName: 'Real Private Name' });
      const unknown = newEmail();
      const forExisting = ok(await invite(existing.user.email.toUpperCase(), { password: 'ignored-but-long-enough' }))['addMember'];
      const forUnknown = ok(await invite(unknown))['addMember'];

      for (const [added, email] of [[forExisting, existing.user.email], [forUnknown, unknown]] as const) {
        expect(added).toEqual({
          id: added.id,
          role: 'FOCAL_POINT',
          active: false,
          status: 'INVITED',
          invitation: { email, expired: false, sendCount: 1 },
          // The membership's own id, the typed e-mail and name, no memberships: nothing of the account.
          user: { id: added.id, email, displayName: 'Typed Name', memberships: [] },
        });
      }
      expect(JSON.stringify(forExisting)).not.toContain('Real Private Name');
      expect(JSON.stringify(forExisting)).not.toContain(existing.user.id);
      // The audit log names the e-mail only, for both.
      const [event] = await t.dataSource.query(`SELECT data FROM audit_events WHERE subject_id = $1 AND action = 'member.invited'`, [forExisting.id]);
      expect(JSON.stringify(event.data)).not.toContain(existing.user.id);
      // Invited is not a member yet: no access until they accept.
      const session = await signIn(t, existing.user.email);
      expect(code(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))).toBe('NOT_FOUND');
    });

    it('an existing account holder signs in, sees the invitation, accepts it and is in; the link is then used', async () => {
      const otherWs = await fx.workspace();
      const existing = await fx.member(otherWs.id, (await fx.organization(otherWs.id)).id, 'OBSERVER');
      const added = ok(await invite(existing.user.email))['addMember'];
      const [mail] = await mailsTo(existing.user.email);
      expect(mail!.subject).toBe('You are invited to Norland TWG');
      expect(mail!.text).toContain('Amina Coordinator invited you to join Norland TWG as a focal point for Ministry of Labour.');
      expect(mail!.text).toContain('sign in with this email address and accept');
      const token = await linkToken(existing.user.email, '/invitation');
      expect(ok(await t.gql(PREVIEW, { token }))['invitation']).toEqual({
        id: added.id,
        email: existing.user.email,
        workspaceName: 'Norland TWG',
        organizationName: 'Ministry of Labour',
        role: 'FOCAL_POINT',
        hasAccount: true,
      });
      // The link cannot create a second account for an e-mail that has one.
      const viaLink = await t.gql(ACCEPT_NEW, { input: { token, displayName: 'Someone', password: 'a-long-new-password' } });
      expect([code(viaLink), linkState(viaLink)]).toEqual(['FAILED_PRECONDITION', 'SIGN_IN']);

      const session = await signIn(t, existing.user.email);
      expect(ok(await t.gql(MY_INVITATIONS, {}, session.accessToken))['myInvitations']).toEqual([
        { id: added.id, workspaceName: 'Norland TWG', role: 'FOCAL_POINT', hasAccount: true },
      ]);
      // Nobody else can accept it, not even knowing its id.
      const stranger = await signIn(t, (await fx.user()).email);
      expect(code(await t.gql(ACCEPT_MINE, { id: added.id }, stranger.accessToken))).toBe('NOT_FOUND');

      const accepted = ok(await t.gql(ACCEPT_MINE, { id: added.id }, session.accessToken))['acceptMyInvitation'];
      expect(accepted).toEqual({ id: added.id, status: 'ACTIVE', active: true, user: { id: existing.user.id, displayName: existing.user.displayName } });
      expect(ok(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))['workspace'].myRole).toBe('FOCAL_POINT');
      expect(ok(await t.gql(MY_INVITATIONS, {}, session.accessToken))['myInvitations']).toEqual([]);
      const again = await t.gql(PREVIEW, { token });
      expect([code(again), linkState(again)]).toEqual(['FAILED_PRECONDITION', 'USED']);
      expect(code(await t.gql(ACCEPT_MINE, { id: added.id }, session.accessToken))).toBe('NOT_FOUND');
    });

    it('an unknown e-mail without password gets a link to choose a name and password; accepting signs them in, once', async () => {
      const email = newEmail();
      const added = ok(await invite(email, { role: 'CONTRIBUTOR' }))['addMember'];
      const [mail] = await mailsTo(email);
      expect(mail!.text).toContain('choose your name and password');
      const token = await linkToken(email, '/invitation');
      expect(ok(await t.gql(PREVIEW, { token }))['invitation']).toMatchObject({ id: added.id, hasAccount: false, role: 'CONTRIBUTOR' });

      const short = await t.gql(ACCEPT_NEW, { input: { token, displayName: 'Chosen Name', password: 'short' } });
      expect(code(short)).toBe('BAD_USER_INPUT');
      const accepted = ok(await t.gql(ACCEPT_NEW, { input: { token, displayName: 'Chosen Name', password: 'my-own-long-password' } }))[
        'acceptInvitation'
      ];
      expect(accepted.user).toMatchObject({ email, displayName: 'Chosen Name' });
      expect(ok(await t.gql(WORKSPACE, { id: ws.id }, accepted.accessToken))['workspace'].myRole).toBe('CONTRIBUTOR');
      await signIn(t, email, 'my-own-long-password');

      // Single use, also when two tabs try at once: exactly one wins.
      const second = await t.gql(ACCEPT_NEW, { input: { token, displayName: 'Again', password: 'my-own-long-password' } });
      expect(code(second)).toBe('FAILED_PRECONDITION');
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toEqual([{ n: 1 }]);
    });

    it('accepting the same link twice at the same moment creates one account and one membership', async () => {
      const email = newEmail();
      ok(await invite(email));
      const token = await linkToken(email, '/invitation');
      const tries = await Promise.all(
        [1, 2, 3].map(() => t.gql(ACCEPT_NEW, { input: { token, displayName: 'Racer', password: 'a-racing-long-password' } })),
      );
      expect(tries.filter((r) => !r.errors)).toHaveLength(1);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toEqual([{ n: 1 }]);
    });

    it('an unknown e-mail with a password is still an active member at once', async () => {
      const email = newEmail();
      const added = ok(await invite(email, { password: 'set-by-the-coordinator' }))['addMember'];
      expect(added).toMatchObject({ status: 'ACTIVE', active: true, invitation: null, user: { email, displayName: 'Typed Name' } });
      await signIn(t, email, 'set-by-the-coordinator');
    });

    it('refuses an active member or a pending invitation of the same e-mail with CONFLICT', async () => {
      const member = await fx.member(ws.id, org.id, 'OBSERVER');
      expect(code(await invite(member.user.email))).toBe('CONFLICT');
      const email = newEmail();
      ok(await invite(email));
      expect(code(await invite(email))).toBe('CONFLICT');
      expect(code(await invite(email, { password: 'a-long-enough-password' }))).toBe('CONFLICT');
    });

    it('an expired link says so; resending is rate-limited, then sends a new link and the old one stops working', async () => {
      const email = newEmail();
      const added = ok(await invite(email))['addMember'];
      const first = await linkToken(email, '/invitation');
      expect(code(await t.gql(RESEND, { id: added.id }, coordinatorToken))).toBe('RATE_LIMITED');

      await t.dataSource.query(
        `UPDATE memberships SET invitation_expires_at = now() - interval '1 minute', invitation_sent_at = now() - interval '15 days' WHERE id = $1`,
        [added.id],
      );
      const expired = await t.gql(PREVIEW, { token: first });
      expect([code(expired), linkState(expired)]).toEqual(['FAILED_PRECONDITION', 'EXPIRED']);
      const acceptExpired = await t.gql(ACCEPT_NEW, { input: { token: first, displayName: 'Late', password: 'a-long-late-password' } });
      expect(linkState(acceptExpired)).toBe('EXPIRED');
      const listed = ok(await t.gql(WORKSPACE, { id: ws.id }, coordinatorToken))['workspace'].invitations;
      expect(listed).toContainEqual({ id: added.id, status: 'INVITED', user: { email, displayName: 'Typed Name' } });

      expect(ok(await t.gql(RESEND, { id: added.id }, coordinatorToken))['resendInvitation']).toEqual({
        id: added.id,
        status: 'INVITED',
        invitation: { sendCount: 2 },
      });
      const second = await linkToken(email, '/invitation', 2);
      expect(second).not.toBe(first);
      expect(code(await t.gql(PREVIEW, { token: first }))).toBe('NOT_FOUND');
      expect(ok(await t.gql(PREVIEW, { token: second }))['invitation'].id).toBe(added.id);
    });

    it('a cancelled or declined invitation stops working and leaves the list', async () => {
      const cancelledEmail = newEmail();
      const cancelled = ok(await invite(cancelledEmail))['addMember'];
      const cancelledToken = await linkToken(cancelledEmail, '/invitation');
      expect(ok(await t.gql(CANCEL, { id: cancelled.id }, coordinatorToken))['cancelInvitation']).toEqual({ id: cancelled.id, status: 'CANCELLED' });
      expect(code(await t.gql(PREVIEW, { token: cancelledToken }))).toBe('NOT_FOUND');
      expect(code(await t.gql(CANCEL, { id: cancelled.id }, coordinatorToken))).toBe('NOT_FOUND');

      const otherWs = await fx.workspace();
      const existing = await fx.member(otherWs.id, (await fx.organization(otherWs.id)).id, 'OBSERVER');
      const declined = ok(await invite(existing.user.email))['addMember'];
      const declinedToken = await linkToken(existing.user.email, '/invitation');
      const session = await signIn(t, existing.user.email);
      expect(ok(await t.gql(DECLINE_MINE, { id: declined.id }, session.accessToken))['declineMyInvitation']).toBe(true);
      expect(code(await t.gql(PREVIEW, { token: declinedToken }))).toBe('NOT_FOUND');

      const listed = ok(await t.gql(WORKSPACE, { id: ws.id }, coordinatorToken))['workspace'].invitations.map((i: { id: string }) => i.id);
      expect(listed).not.toContain(cancelled.id);
      expect(listed).not.toContain(declined.id);
      // Who does not manage members sees no invitations at all.
      const observer = await fx.member(ws.id, org.id, 'OBSERVER');
      const observerToken = (await signIn(t, observer.user.email)).accessToken;
      expect(ok(await t.gql(WORKSPACE, { id: ws.id }, observerToken))['workspace'].invitations).toEqual([]);
      expect(code(await t.gql(RESEND, { id: cancelled.id }, observerToken))).toBe('NOT_FOUND');
    });

    it('refuses malformed, unknown and huge tokens without a 500', async () => {
      for (const token of ['', 'nope', 'x'.repeat(300)]) {
        expect({ token: token.slice(0, 10), code: code(await t.gql(PREVIEW, { token })) }).toEqual({ token: token.slice(0, 10), code: 'NOT_FOUND' });
      }
      // Over the API's string limit the input guard answers first, as for every argument.
      const huge = await t.gql(ACCEPT_NEW, { input: { token: 'x'.repeat(100_000), displayName: 'Huge', password: 'a-long-enough-password' } });
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(code(huge));
    });
  });

  describe('passwords', () => {
    it('changing the password needs the current one, ends the other sessions and keeps this one', async () => {
      const { user } = await fx.member(ws.id, org.id, 'OBSERVER');
      const here = await signIn(t, user.email);
      const elsewhere = await signIn(t, user.email);

      const wrong = await t.gql(CHANGE_PASSWORD, { current: 'not-my-password', next: 'a-brand-new-password' }, here.accessToken);
      expect([code(wrong), wrong.errors?.[0]?.extensions['field']]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
      const weak = await t.gql(CHANGE_PASSWORD, { current: FIXTURE_PASSWORD, next: 'short' }, here.accessToken);
      expect(code(weak)).toBe('BAD_USER_INPUT');

      expect(ok(await t.gql(CHANGE_PASSWORD, { current: FIXTURE_PASSWORD, next: 'a-brand-new-password' }, here.accessToken))['changePassword']).toBe(true);
      expect(ok(await t.gql(ME, {}, here.accessToken))['me'].id).toBe(user.id);
      expect(code(await t.gql(ME, {}, elsewhere.accessToken))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(REFRESH, { token: elsewhere.refreshToken }))).toBe('UNAUTHENTICATED');
      ok(await t.gql(REFRESH, { token: here.refreshToken }));
      await signIn(t, user.email, 'a-brand-new-password');
      expect(code(await t.gql(`mutation { login(email: "${user.email}", password: "${FIXTURE_PASSWORD}") { accessToken } }`))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(CHANGE_PASSWORD, { current: 'x', next: 'a-brand-new-password' }))).toBe('UNAUTHENTICATED');
    });

    it('a reset link arrives only for a known e-mail, works once, ends every session and spends the other links', async () => {
      const { user } = await fx.member(ws.id, org.id, 'OBSERVER');
      const session = await signIn(t, user.email);
      const unknown = newEmail();
      // The same answer whatever the e-mail.
      expect(ok(await t.gql(REQUEST_RESET, { email: unknown }))).toEqual({ requestPasswordReset: true });
      expect(ok(await t.gql(REQUEST_RESET, { email: user.email.toUpperCase() }))).toEqual({ requestPasswordReset: true });
      expect(ok(await t.gql(REQUEST_RESET, { email: user.email }))).toEqual({ requestPasswordReset: true });
      const [mail] = await mailsTo(user.email, 2);
      expect(mail!.subject).toBe('Reset your password');
      expect(mail!.text).toContain('It works once, for 30 minutes');
      const firstToken = /\/reset-password#([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
      const secondToken = await linkToken(user.email, '/reset-password', 2);
      expect(smtp.received.filter((m) => m.to.includes(unknown))).toEqual([]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = $1`, [secondToken]);
      expect(n).toBe(0); // stored only as a hash

      expect(code(await t.gql(RESET, { token: secondToken, password: 'short' }))).toBe('BAD_USER_INPUT');
      expect(ok(await t.gql(RESET, { token: secondToken, password: 'reset-to-this-password' }))['resetPassword']).toBe(true);
      expect(code(await t.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(REFRESH, { token: session.refreshToken }))).toBe('UNAUTHENTICATED');
      await signIn(t, user.email, 'reset-to-this-password');

      const reused = await t.gql(RESET, { token: secondToken, password: 'another-password-again' });
      expect([code(reused), linkState(reused)]).toEqual(['FAILED_PRECONDITION', 'USED']);
      const older = await t.gql(RESET, { token: firstToken, password: 'another-password-again' });
      expect([code(older), linkState(older)]).toEqual(['FAILED_PRECONDITION', 'USED']);
      expect(code(await t.gql(RESET, { token: 'made-up-token-that-is-long-enough', password: 'another-password-again' }))).toBe('NOT_FOUND');
      await signIn(t, user.email, 'reset-to-this-password');
    });

    it('a reset link expires after 30 minutes', async () => {
      const { user } = await fx.member(ws.id, org.id, 'OBSERVER');
      ok(await t.gql(REQUEST_RESET, { email: user.email }, undefined, { 'x-forwarded-for': '10.9.9.9' }));
      const token = await linkToken(user.email, '/reset-password');
      await t.dataSource.query(`UPDATE password_reset_tokens SET expires_at = created_at + interval '30 minutes' - interval '1 hour' WHERE user_id = $1`, [user.id]);
      const res = await t.gql(RESET, { token, password: 'too-late-password' });
      expect([code(res), linkState(res)]).toEqual(['FAILED_PRECONDITION', 'EXPIRED']);
      await signIn(t, user.email);
    });

    it('throttles reset requests per e-mail alike for known and unknown e-mails, and per address', async () => {
      const { user } = await fx.member(ws.id, org.id, 'OBSERVER');
      const unknown = newEmail();
      for (const email of [user.email, unknown]) {
        const codes = [];
        for (let i = 0; i < 4; i += 1) codes.push(code(await t.gql(REQUEST_RESET, { email }, undefined, { 'x-forwarded-for': `10.1.${n}.${i}` })));
        expect({ email: email === unknown ? 'unknown' : 'known', codes }).toEqual({
          email: email === unknown ? 'unknown' : 'known',
          codes: [undefined, undefined, undefined, 'RATE_LIMITED'],
        });
      }
      const address = { 'x-forwarded-for': '10.77.0.1' };
      const codes = [];
      for (let i = 0; i < 11; i += 1) codes.push(code(await t.gql(REQUEST_RESET, { email: newEmail() }, undefined, address)));
      expect(codes.slice(0, 10).every((c) => c === undefined)).toBe(true);
      expect(codes[10]).toBe('RATE_LIMITED');
    });
  });

  describe('deactivation', () => {
    it('ends access to that workspace only: the same session keeps working elsewhere', async () => {
      const otherWs = await fx.workspace();
      const otherOrg = await fx.organization(otherWs.id);
      const { user, membership } = await fx.member(ws.id, org.id, 'FOCAL_POINT');
      await t.dataSource.query(`INSERT INTO memberships (user_id, workspace_id, organization_id, role) VALUES ($1, $2, $3, 'OBSERVER')`, [
        user.id,
        otherWs.id,
        otherOrg.id,
      ]);
      const session = await signIn(t, user.email);
      ok(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken));

      expect(ok(await t.gql(DEACTIVATE, { id: membership.id }, coordinatorToken))['deactivateMember']).toEqual({
        id: membership.id,
        active: false,
        status: 'DEACTIVATED',
      });
      expect(code(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))).toBe('NOT_FOUND');
      expect(ok(await t.gql(WORKSPACE, { id: otherWs.id }, session.accessToken))['workspace'].myRole).toBe('OBSERVER');
      expect(ok(await t.gql(`{ me { memberships { workspace { id } } } }`, {}, session.accessToken))['me'].memberships).toEqual([
        { workspace: { id: otherWs.id } },
      ]);
      ok(await t.gql(REFRESH, { token: session.refreshToken }));
      const [{ revoked }] = await t.dataSource.query(`SELECT count(*)::int AS revoked FROM sessions WHERE user_id = $1 AND revoked_at IS NOT NULL`, [user.id]);
      expect(revoked).toBe(0);
    });
  });
});
