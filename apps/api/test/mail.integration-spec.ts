import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Mailer } from '@mps/api-core';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a random port that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('mail without SMTP: the development outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, BOOT_TIMEOUT);
  afterAll(() => t.close());

  it('keeps each mail and lists it at /dev/mail, escaped, with its links', async () => {
    const mailer = t.app.get(Mailer);
    expect(mailer.kind).toBe('outbox');
    await mailer.send({ to: 'amina@example.org', subject: 'Reset <b>your</b> password\r\nBcc: x@y', text: 'Open https://mp.example.org/reset#token=abc within 30 minutes.' });
    await mailer.send({ to: 'other@example.org', subject: 'Other', text: 'Hello' });

    const json = (await (await fetch(`${t.baseUrl}/dev/mail/messages.json?to=AMINA@example.org`)).json()) as Array<Record<string, string>>;
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ to: 'amina@example.org', subject: 'Reset <b>your</b> password Bcc: x@y' });

    const list = await (await fetch(`${t.baseUrl}/dev/mail`)).text();
    expect(list).toContain('Reset &lt;b&gt;your&lt;/b&gt; password');
    expect(list).not.toContain('<b>your</b>');
    const shown = await fetch(`${t.baseUrl}/dev/mail/${json[0]!['id']}`);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<a href="https://mp.example.org/reset#token=abc">');

    for (const path of ['/dev/mail/..%2F..%2Fjwt-secret', '/dev/mail/nope', `/dev/mail/${'x'.repeat(500)}`]) {
      expect({ path, status: (await fetch(`${t.baseUrl}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });
});

describe('mail with SMTP_URL', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://mp.example.org', MAIL_FROM: 'TWG Secretariat <twg@example.org>' });
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('hands mails to the SMTP server, and the development outbox does not exist', async () => {
    const mailer = t.app.get(Mailer);
    expect(mailer.kind).toBe('smtp');
    await mailer.send({ to: 'amina@example.org', subject: 'Cycle opened', text: 'Review 2.1 by 16 December.' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: 'twg@example.org', to: ['amina@example.org'] });
    expect(smtp.received[0]!.raw).toContain('Subject: Cycle opened');
    expect(smtp.received[0]!.raw).toContain('Review 2.1 by 16 December.');
    expect((await fetch(`${t.baseUrl}/dev/mail`)).status).toBe(404);
  });
});
