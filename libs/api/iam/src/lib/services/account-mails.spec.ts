import { describe, expect, it } from '@jest/globals';
import { accountMailLocale, invitationMail, passwordResetMail } from './account-mails';

const facts = {
  to: 'awa@ministere.example',
  link: 'https://x/invitation#t',
  workspaceName: 'Sénégal',
  organizationName: 'ANSD',
  role: 'FOCAL_POINT' as const,
  inviterName: 'Ana',
  expiresAt: new Date('2027-03-05T12:00:00Z'),
  hasAccount: false,
};

describe('account mails', () => {
  it('invite in English by default, with the role in words and the date spelled out', () => {
    const mail = invitationMail(facts);
    expect(mail.subject).toBe('You are invited to Sénégal');
    expect(mail.text).toContain('Ana invited you to join Sénégal as a focal point for ANSD.');
    expect(mail.text).toContain('The link works until 5 March 2027.');
  });

  it('invite and reset passwords in the person’s language', () => {
    const fr = invitationMail({ ...facts, locale: 'fr' });
    expect(fr.subject).toBe('Vous êtes invité·e à rejoindre Sénégal');
    expect(fr.text).toContain('en tant que point focal pour ANSD');
    expect(fr.text).toContain('jusqu’au 5 mars 2027');
    expect(passwordResetMail('a@b.c', 'https://x/reset#t', 'es').subject).toBe('Restablecer su contraseña');
    expect(passwordResetMail('a@b.c', 'https://x/reset#t', 'ar').text).toContain('https://x/reset#t');
    expect(passwordResetMail('a@b.c', 'https://x/reset#t', 'ru').text).toContain('30 минут');
  });

  it('choose the account’s language, else the fallback (the inviter’s), else English', () => {
    expect(accountMailLocale('ru', 'fr')).toBe('ru');
    expect(accountMailLocale(null, 'fr')).toBe('fr');
    expect(accountMailLocale(null, null)).toBe('en');
    expect(accountMailLocale('klingon')).toBe('en');
  });
});
