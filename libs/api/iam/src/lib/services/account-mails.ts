import type { MailMessage } from '@mps/api-core';
import { DEFAULT_LOCALE, isLocale, type Locale, type Role } from '@mps/shared-domain';

/** The language of mails to a person: the one they chose (users.locale), else `fallback`, else English. */
export const accountMailLocale = (locale: string | null | undefined, fallback?: string | null): Locale =>
  isLocale(locale) ? locale : isLocale(fallback) ? fallback : DEFAULT_LOCALE;

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
  /** The invitee's language when they have an account, else the inviter's (a coordinator invites their own group). */
  locale?: Locale;
}

const day = (d: Date, locale: Locale) =>
  d.toLocaleDateString(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface AccountMailWords {
  roles: Record<Role, string>;
  invitationSubject: (workspace: string) => string;
  invited: (f: InvitationMailFacts, role: string) => string;
  signInNext: string;
  newAccountNext: string;
  until: (date: string) => string;
  reset: { subject: string; lines: [string, string, string, string] };
  /** Who invited, when the inviter's account is gone. */
  aCoordinator: string;
}

/** The words of account mails in each interface language (glossary: docs/i18n/glossary.md). */
export const ACCOUNT_MAIL_WORDS: Record<Locale, AccountMailWords> = {
  en: {
    roles: { COORDINATOR: 'a coordinator', FOCAL_POINT: 'a focal point', CONTRIBUTOR: 'a contributor', OBSERVER: 'an observer' },
    invitationSubject: (w) => `You are invited to ${w}`,
    invited: (f, role) => `${f.inviterName} invited you to join ${f.workspaceName} as ${role} for ${f.organizationName}.`,
    signInNext: 'Open this link, sign in with this email address and accept the invitation:',
    newAccountNext: 'Open this link to choose your name and password, and you are in:',
    until: (d) => `The link works until ${d}. If you did not expect this invitation, ignore this e-mail: nothing happens unless you accept.`,
    reset: {
      subject: 'Reset your password',
      lines: [
        'Someone (we hope you) asked to reset the password of your Migration Profile Studio account.',
        'Open this link to choose a new password. It works once, for 30 minutes:',
        'When you set a new password, every place where your account is signed in is signed out.',
        'If you did not ask for this, ignore this e-mail: your password stays as it is.',
      ],
    },
    aCoordinator: 'A coordinator',
  },
  fr: {
    roles: { COORDINATOR: 'coordinateur·rice', FOCAL_POINT: 'point focal', CONTRIBUTOR: 'contributeur·rice', OBSERVER: 'observateur·rice' },
    invitationSubject: (w) => `Vous êtes invité·e à rejoindre ${w}`,
    invited: (f, role) => `${f.inviterName} vous invite à rejoindre ${f.workspaceName} en tant que ${role} pour ${f.organizationName}.`,
    signInNext: 'Ouvrez ce lien, connectez-vous avec cette adresse e-mail et acceptez l’invitation :',
    newAccountNext: 'Ouvrez ce lien pour choisir votre nom et votre mot de passe, et c’est fait :',
    until: (d) => `Le lien est valable jusqu’au ${d}. Si vous n’attendiez pas cette invitation, ignorez cet e-mail : rien ne se passe sans votre accord.`,
    reset: {
      subject: 'Réinitialiser votre mot de passe',
      lines: [
        'Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Migration Profile Studio.',
        'Ouvrez ce lien pour choisir un nouveau mot de passe. Il ne fonctionne qu’une fois, pendant 30 minutes :',
        'Lorsque vous définissez un nouveau mot de passe, votre compte est déconnecté partout où il était connecté.',
        'Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.',
      ],
    },
    aCoordinator: 'Un coordinateur',
  },
  es: {
    roles: { COORDINATOR: 'coordinador/a', FOCAL_POINT: 'punto focal', CONTRIBUTOR: 'colaborador/a', OBSERVER: 'observador/a' },
    invitationSubject: (w) => `Le invitan a ${w}`,
    invited: (f, role) => `${f.inviterName} le invita a unirse a ${f.workspaceName} como ${role} de ${f.organizationName}.`,
    signInNext: 'Abra este enlace, inicie sesión con esta dirección de correo y acepte la invitación:',
    newAccountNext: 'Abra este enlace para elegir su nombre y contraseña, y ya estará dentro:',
    until: (d) => `El enlace funciona hasta el ${d}. Si no esperaba esta invitación, ignore este correo: no pasa nada a menos que la acepte.`,
    reset: {
      subject: 'Restablecer su contraseña',
      lines: [
        'Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta de Migration Profile Studio.',
        'Abra este enlace para elegir una contraseña nueva. Funciona una sola vez, durante 30 minutos:',
        'Al establecer una contraseña nueva, se cierra la sesión de su cuenta en todos los lugares donde estaba iniciada.',
        'Si no lo pidió, ignore este correo: su contraseña sigue igual.',
      ],
    },
    aCoordinator: 'Un coordinador',
  },
  ru: {
    roles: { COORDINATOR: 'координатора', FOCAL_POINT: 'координационного центра', CONTRIBUTOR: 'участника', OBSERVER: 'наблюдателя' },
    invitationSubject: (w) => `Приглашение в ${w}`,
    invited: (f, role) => `${f.inviterName} приглашает вас в ${f.workspaceName} в качестве ${role} от организации ${f.organizationName}.`,
    signInNext: 'Откройте эту ссылку, войдите с этим адресом электронной почты и примите приглашение:',
    newAccountNext: 'Откройте эту ссылку, чтобы указать имя и пароль, — и всё готово:',
    until: (d) => `Ссылка действует до ${d}. Если вы не ждали этого приглашения, просто проигнорируйте письмо: без вашего согласия ничего не произойдёт.`,
    reset: {
      subject: 'Сброс пароля',
      lines: [
        'Кто-то (надеемся, что вы) запросил сброс пароля вашей учётной записи Migration Profile Studio.',
        'Откройте эту ссылку, чтобы задать новый пароль. Она действует один раз в течение 30 минут:',
        'Когда вы зададите новый пароль, все сеансы вашей учётной записи будут завершены.',
        'Если вы этого не запрашивали, проигнорируйте письмо: ваш пароль останется прежним.',
      ],
    },
    aCoordinator: 'Координатор',
  },
  ar: {
    roles: { COORDINATOR: 'منسقًا', FOCAL_POINT: 'جهة اتصال', CONTRIBUTOR: 'مساهمًا', OBSERVER: 'مراقبًا' },
    invitationSubject: (w) => `دعوة للانضمام إلى ${w}`,
    invited: (f, role) => `دعاك ${f.inviterName} للانضمام إلى ${f.workspaceName} بصفتك ${role} عن ${f.organizationName}.`,
    signInNext: 'افتح هذا الرابط، وسجّل الدخول بعنوان البريد الإلكتروني هذا، واقبل الدعوة:',
    newAccountNext: 'افتح هذا الرابط لاختيار اسمك وكلمة المرور، وستنضم فورًا:',
    until: (d) => `يعمل الرابط حتى ${d}. إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة: لن يحدث شيء ما لم تقبلها.`,
    reset: {
      subject: 'إعادة تعيين كلمة المرور',
      lines: [
        'طلب شخص ما (نأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك في Migration Profile Studio.',
        'افتح هذا الرابط لاختيار كلمة مرور جديدة. يعمل مرة واحدة فقط، لمدة 30 دقيقة:',
        'عند تعيين كلمة مرور جديدة، يتم تسجيل خروج حسابك من جميع الأماكن التي سُجّل فيها الدخول.',
        'إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
      ],
    },
    aCoordinator: 'منسق',
  },
};

/** The invitation mail. Plain words, the link on its own line, what happens when it is not used. */
export function invitationMail(f: InvitationMailFacts): MailMessage {
  const locale = f.locale ?? DEFAULT_LOCALE;
  const w = ACCOUNT_MAIL_WORDS[locale];
  return {
    to: f.to,
    subject: w.invitationSubject(f.workspaceName),
    text: [w.invited(f, w.roles[f.role]), '', f.hasAccount ? w.signInNext : w.newAccountNext, f.link, '', w.until(day(f.expiresAt, locale))].join('\n'),
  };
}

/** The password reset mail, in the account's language. */
export function passwordResetMail(to: string, link: string, locale: Locale = DEFAULT_LOCALE): MailMessage {
  const [asked, open, signedOut, ignore] = ACCOUNT_MAIL_WORDS[locale].reset.lines;
  return { to, subject: ACCOUNT_MAIL_WORDS[locale].reset.subject, text: [asked, '', open, link, '', signedOut, ignore].join('\n') };
}
