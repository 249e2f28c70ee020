import { describe, expect, it } from '@jest/globals';
import { LOCALES, NOTIFICATION_KINDS } from '@mps/shared-domain';
import { digestMail, immediateMail, MailedNotification, mailLocale } from './notification-mail';

const n = (over: Partial<MailedNotification> = {}): MailedNotification => ({
  kind: 'SIGN_OFF_REQUESTED',
  title: 'Consultation on trends',
  link: '/review-cycles/c-1',
  actorName: 'Ana Coordinator',
  dueAt: new Date('2027-03-05T12:00:00Z'),
  createdAt: new Date('2027-02-20T09:00:00Z'),
  ...over,
});

describe('notification mails', () => {
  it('say what happened, what to do by when, the link and how to change the setting', () => {
    const mail = immediateMail('Aurel', [n()], 'https://mp.example.org');
    expect(mail.subject).toBe('Sign-off requested: Consultation on trends');
    expect(mail.text).toContain('Hello Aurel,');
    expect(mail.text).toContain('Ana Coordinator opened the review cycle "Consultation on trends"');
    expect(mail.text).toContain('approve it or request changes by 5 March 2027.');
    expect(mail.text).toContain('Open: https://mp.example.org/review-cycles/c-1');
    expect(mail.text).toContain('To change this, open https://mp.example.org/notifications/settings');
  });

  it('keep a stored title on one line in the subject, and put several notifications in one mail', () => {
    expect(immediateMail('A', [n({ title: 'Evil\r\nBcc: x@y.org' })], 'https://x').subject).toBe('Sign-off requested: Evil Bcc: x@y.org');
    const batch = immediateMail('A', [n(), n({ kind: 'COMMENT_REPLY', title: 'A.4 Emigration', dueAt: null })], 'https://x');
    expect(batch.subject).toBe('2 new notifications in Migration Profile Studio');
    expect(batch.text).toContain('* New reply on A.4 Emigration');
  });

  it('sum up a day in the digest', () => {
    const mail = digestMail('A', [n(), n({ kind: 'RELEASE_PUBLISHED', title: 'Norland 2024.1', dueAt: null })], 'https://x', new Date('2027-03-01T07:00:00Z'));
    expect(mail.subject).toBe('Your daily summary for 1 March 2027: 2 notifications');
    expect(mail.text).toContain('* Release published: Norland 2024.1');
    expect(mail.text).toContain('daily digest');
  });

  it('are written in the recipient’s language, with its dates, and in English when they chose none', () => {
    const fr = immediateMail('Awa', [n()], 'https://x', 'fr');
    expect(fr.subject).toBe('Validation demandée : Consultation on trends');
    expect(fr.text).toContain('Bonjour Awa,');
    expect(fr.text).toContain('d’ici le 5 mars 2027');
    expect(fr.text).toContain('Ouvrir: https://x/review-cycles/c-1');
    expect(digestMail('A', [n(), n()], 'https://x', new Date('2027-03-01T07:00:00Z'), 'es').subject).toBe('Su resumen diario del 1 de marzo de 2027: 2 notificaciones');
    expect(immediateMail('A', [n(), n(), n()], 'https://x', 'ru').subject).toBe('3 новых уведомления в Migration Profile Studio');
    expect(immediateMail('A', [n()], 'https://x', 'ar').text).toContain('مرحبًا A،');
    expect(mailLocale(null)).toBe('en');
    expect(mailLocale('xx')).toBe('en');
  });

  it('say every kind of notification in every language', () => {
    for (const locale of LOCALES) {
      for (const kind of NOTIFICATION_KINDS) {
        const mail = immediateMail('A', [n({ kind })], 'https://x', locale);
        expect(mail.subject).toContain('Consultation on trends');
        expect(mail.text).toContain('Consultation on trends');
      }
    }
  });
});
