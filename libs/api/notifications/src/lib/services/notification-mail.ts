import { DEFAULT_LOCALE, EmailNotificationMode, isLocale, Locale, NotificationKind, notificationPaths, oneLineTitle } from '@mps/shared-domain';

/** What a mail needs of one notification. */
export interface MailedNotification {
  kind: NotificationKind;
  title: string;
  link: string;
  actorName: string | null;
  dueAt: Date | null;
  createdAt: Date;
}

/** The language of a person's mails: the one they chose (users.locale), else English. */
export const mailLocale = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : DEFAULT_LOCALE);

/** "5 March 2027" / "5 mars 2027" / "5 марта 2027 г.": unambiguous for readers of any country (no 03/05). */
export const mailDate = (date: Date, locale: Locale = DEFAULT_LOCALE) =>
  date.toLocaleDateString(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Described {
  headline: string;
  happened: string;
  todo: string;
}

/** The facts a sentence uses: the quoted title, who did it, and the due date when there is one. */
interface Facts {
  title: string;
  who: string;
  due: string | null;
}

/**
 * The words of notification mails in each interface language, with the glossary's terms
 * (docs/i18n/glossary.md). Titles are quoted, never interpreted.
 */
interface MailWords {
  someone: string;
  kinds: Record<NotificationKind, (f: Facts) => Described>;
  hello: (name: string) => string;
  open: string;
  several: (count: number) => string;
  youHave: (count: number) => string;
  digestSubject: (day: string, count: number) => string;
  digestIntro: (count: number) => string;
  allNotifications: string;
  footerDigest: string;
  footerImmediate: string;
  change: string;
}

const EN: MailWords = {
  someone: 'Someone',
  kinds: {
    SECTION_ASSIGNED: ({ title, who }) => ({
      headline: `Section assigned to your organisation: ${title}`,
      happened: `${who} assigned the section "${title}" to your organisation.`,
      todo: 'Your organisation now drafts this section. Open it to read what is there and start writing.',
    }),
    REVIEW_CYCLE_OPENED: ({ title, who, due }) => ({
      headline: `Review cycle opened: ${title}`,
      happened: `${who} opened the review cycle "${title}", in which your organisation takes part.`,
      todo: `Please read its sections and comment where needed${due ? ` by ${due}` : ''}.`,
    }),
    SIGN_OFF_REQUESTED: ({ title, who, due }) => ({
      headline: `Sign-off requested: ${title}`,
      happened: `${who} opened the review cycle "${title}" and your organisation is asked to sign off its sections.`,
      todo: `Please read each section and approve it or request changes${due ? ` by ${due}` : ''}.`,
    }),
    SIGN_OFF_STALE: ({ title, who }) => ({
      headline: `Your sign-off needs renewing: ${title}`,
      happened: `${who} saved a new revision of "${title}", so your organisation's earlier sign-off no longer counts.`,
      todo: 'Please read the new revision and approve it or request changes again.',
    }),
    CHANGES_REQUESTED: ({ title, who }) => ({
      headline: `Changes requested: ${title}`,
      happened: `${who} requested changes to "${title}", a section your organisation drafts.`,
      todo: 'Please read their note and the comments, revise the section and save it.',
    }),
    COMMENT_REPLY: ({ title, who }) => ({
      headline: `New reply on ${title}`,
      happened: `${who} replied in a comment thread on "${title}" in which you wrote.`,
      todo: 'Open the thread to read the reply and answer if needed.',
    }),
    RELEASE_PUBLISHED: ({ title, who }) => ({
      headline: `Release published: ${title}`,
      happened: `${who} published the release "${title}". It is now public.`,
      todo: 'Nothing to do; open it to read or share the published profile.',
    }),
    TASK_OVERDUE: ({ title, due }) => ({
      headline: `Task overdue: ${title}`,
      happened: `The task "${title}"${due ? `, due on ${due},` : ''} is not done yet.`,
      todo: 'Please do it, or change its status on My work if it is done or no longer needed.',
    }),
    REVIEW_CYCLE_CLOSING: ({ title, due }) => ({
      headline: `Review cycle closes ${due ? `on ${due}` : 'soon'}: ${title}`,
      happened: `The review cycle "${title}" closes${due ? ` on ${due}` : ' soon'}, and your organisation has not yet signed off all of its sections.`,
      todo: `Please approve each section or request changes${due ? ` by ${due}` : ''}.`,
    }),
  },
  hello: (name) => `Hello ${name},`,
  open: 'Open',
  several: (count) => `${count} new notifications in Migration Profile Studio`,
  youHave: (count) => `You have ${count} new notifications:`,
  digestSubject: (day, count) => `Your daily summary for ${day}: ${count} notification${count === 1 ? '' : 's'}`,
  digestIntro: (count) => `Here is what happened since your last summary (${count} notification${count === 1 ? '' : 's'}):`,
  allNotifications: 'All your notifications',
  footerDigest: 'You receive this daily summary because you chose a daily digest of your notifications.',
  footerImmediate: 'You receive this e-mail because you chose to be e-mailed about your notifications as they happen.',
  change: 'To change this, open',
};

const FR: MailWords = {
  someone: 'Quelqu’un',
  kinds: {
    SECTION_ASSIGNED: ({ title, who }) => ({
      headline: `Section attribuée à votre organisation : ${title}`,
      happened: `${who} a attribué la section « ${title} » à votre organisation.`,
      todo: 'Votre organisation rédige désormais cette section. Ouvrez-la pour lire son contenu et commencer à écrire.',
    }),
    REVIEW_CYCLE_OPENED: ({ title, who, due }) => ({
      headline: `Cycle de relecture ouvert : ${title}`,
      happened: `${who} a ouvert le cycle de relecture « ${title} », auquel votre organisation participe.`,
      todo: `Veuillez lire ses sections et les commenter si nécessaire${due ? ` d’ici le ${due}` : ''}.`,
    }),
    SIGN_OFF_REQUESTED: ({ title, who, due }) => ({
      headline: `Validation demandée : ${title}`,
      happened: `${who} a ouvert le cycle de relecture « ${title} » et votre organisation est invitée à en valider les sections.`,
      todo: `Veuillez lire chaque section, puis l’approuver ou demander des modifications${due ? ` d’ici le ${due}` : ''}.`,
    }),
    SIGN_OFF_STALE: ({ title, who }) => ({
      headline: `Votre validation est à renouveler : ${title}`,
      happened: `${who} a enregistré une nouvelle révision de « ${title} » : la validation précédente de votre organisation ne compte plus.`,
      todo: 'Veuillez lire la nouvelle révision, puis l’approuver ou demander à nouveau des modifications.',
    }),
    CHANGES_REQUESTED: ({ title, who }) => ({
      headline: `Modifications demandées : ${title}`,
      happened: `${who} a demandé des modifications de « ${title} », une section rédigée par votre organisation.`,
      todo: 'Veuillez lire sa note et les commentaires, réviser la section et l’enregistrer.',
    }),
    COMMENT_REPLY: ({ title, who }) => ({
      headline: `Nouvelle réponse sur ${title}`,
      happened: `${who} a répondu dans un fil de discussion sur « ${title} » auquel vous avez participé.`,
      todo: 'Ouvrez le fil pour lire la réponse et répondre si nécessaire.',
    }),
    RELEASE_PUBLISHED: ({ title, who }) => ({
      headline: `Version publiée : ${title}`,
      happened: `${who} a publié la version « ${title} ». Elle est désormais publique.`,
      todo: 'Rien à faire ; ouvrez-la pour lire ou partager le profil publié.',
    }),
    TASK_OVERDUE: ({ title, due }) => ({
      headline: `Tâche en retard : ${title}`,
      happened: `La tâche « ${title} »${due ? `, à échéance du ${due},` : ''} n’est pas encore terminée.`,
      todo: 'Veuillez la réaliser, ou changer son statut dans Mon travail si elle est terminée ou n’est plus nécessaire.',
    }),
    REVIEW_CYCLE_CLOSING: ({ title, due }) => ({
      headline: `Clôture du cycle de relecture ${due ? `le ${due}` : 'prochainement'} : ${title}`,
      happened: `Le cycle de relecture « ${title} » se clôt ${due ? `le ${due}` : 'prochainement'}, et votre organisation n’a pas encore validé toutes ses sections.`,
      todo: `Veuillez approuver chaque section ou demander des modifications${due ? ` d’ici le ${due}` : ''}.`,
    }),
  },
  hello: (name) => `Bonjour ${name},`,
  open: 'Ouvrir',
  several: (count) => `${count} nouvelles notifications dans Migration Profile Studio`,
  youHave: (count) => `Vous avez ${count} nouvelles notifications :`,
  digestSubject: (day, count) => `Votre résumé quotidien du ${day} : ${count} notification${count > 1 ? 's' : ''}`,
  digestIntro: (count) => `Voici ce qui s’est passé depuis votre dernier résumé (${count} notification${count > 1 ? 's' : ''}) :`,
  allNotifications: 'Toutes vos notifications',
  footerDigest: 'Vous recevez ce résumé quotidien parce que vous avez choisi un résumé quotidien de vos notifications.',
  footerImmediate: 'Vous recevez cet e-mail parce que vous avez choisi d’être averti·e par e-mail de vos notifications dès qu’elles arrivent.',
  change: 'Pour modifier ce choix, ouvrez',
};

const ES: MailWords = {
  someone: 'Alguien',
  kinds: {
    SECTION_ASSIGNED: ({ title, who }) => ({
      headline: `Sección asignada a su organización: ${title}`,
      happened: `${who} asignó la sección «${title}» a su organización.`,
      todo: 'Su organización redacta ahora esta sección. Ábrala para leer su contenido y empezar a escribir.',
    }),
    REVIEW_CYCLE_OPENED: ({ title, who, due }) => ({
      headline: `Ciclo de revisión abierto: ${title}`,
      happened: `${who} abrió el ciclo de revisión «${title}», en el que participa su organización.`,
      todo: `Lea sus secciones y comente donde sea necesario${due ? ` antes del ${due}` : ''}.`,
    }),
    SIGN_OFF_REQUESTED: ({ title, who, due }) => ({
      headline: `Visto bueno solicitado: ${title}`,
      happened: `${who} abrió el ciclo de revisión «${title}» y se pide a su organización que dé el visto bueno a sus secciones.`,
      todo: `Lea cada sección y apruébela o solicite cambios${due ? ` antes del ${due}` : ''}.`,
    }),
    SIGN_OFF_STALE: ({ title, who }) => ({
      headline: `Su visto bueno debe renovarse: ${title}`,
      happened: `${who} guardó una nueva revisión de «${title}», por lo que el visto bueno anterior de su organización ya no cuenta.`,
      todo: 'Lea la nueva revisión y apruébela o vuelva a solicitar cambios.',
    }),
    CHANGES_REQUESTED: ({ title, who }) => ({
      headline: `Cambios solicitados: ${title}`,
      happened: `${who} solicitó cambios en «${title}», una sección que redacta su organización.`,
      todo: 'Lea su nota y los comentarios, revise la sección y guárdela.',
    }),
    COMMENT_REPLY: ({ title, who }) => ({
      headline: `Nueva respuesta en ${title}`,
      happened: `${who} respondió en un hilo de comentarios sobre «${title}» en el que usted escribió.`,
      todo: 'Abra el hilo para leer la respuesta y contestar si es necesario.',
    }),
    RELEASE_PUBLISHED: ({ title, who }) => ({
      headline: `Versión publicada: ${title}`,
      happened: `${who} publicó la versión «${title}». Ya es pública.`,
      todo: 'No hay nada que hacer; ábrala para leer o compartir el perfil publicado.',
    }),
    TASK_OVERDUE: ({ title, due }) => ({
      headline: `Tarea vencida: ${title}`,
      happened: `La tarea «${title}»${due ? `, con fecha límite el ${due},` : ''} aún no está hecha.`,
      todo: 'Realícela o cambie su estado en Mi trabajo si ya está hecha o ya no es necesaria.',
    }),
    REVIEW_CYCLE_CLOSING: ({ title, due }) => ({
      headline: `El ciclo de revisión se cierra ${due ? `el ${due}` : 'pronto'}: ${title}`,
      happened: `El ciclo de revisión «${title}» se cierra ${due ? `el ${due}` : 'pronto'} y su organización aún no ha dado el visto bueno a todas sus secciones.`,
      todo: `Apruebe cada sección o solicite cambios${due ? ` antes del ${due}` : ''}.`,
    }),
  },
  hello: (name) => `Hola, ${name}:`,
  open: 'Abrir',
  several: (count) => `${count} notificaciones nuevas en Migration Profile Studio`,
  youHave: (count) => `Tiene ${count} notificaciones nuevas:`,
  digestSubject: (day, count) => `Su resumen diario del ${day}: ${count} notificaci${count === 1 ? 'ón' : 'ones'}`,
  digestIntro: (count) => `Esto es lo que ha pasado desde su último resumen (${count} notificaci${count === 1 ? 'ón' : 'ones'}):`,
  allNotifications: 'Todas sus notificaciones',
  footerDigest: 'Recibe este resumen diario porque eligió un resumen diario de sus notificaciones.',
  footerImmediate: 'Recibe este correo porque eligió recibir por correo sus notificaciones en cuanto se producen.',
  change: 'Para cambiarlo, abra',
};

/** Russian and Arabic count forms, by Intl's plural rules. */
const pick = (locale: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;

const RU: MailWords = {
  someone: 'Кто-то',
  kinds: {
    SECTION_ASSIGNED: ({ title, who }) => ({
      headline: `Раздел поручен вашей организации: ${title}`,
      happened: `${who} поручил(а) раздел «${title}» вашей организации.`,
      todo: 'Теперь ваша организация готовит этот раздел. Откройте его, чтобы прочитать текущий текст и начать работу.',
    }),
    REVIEW_CYCLE_OPENED: ({ title, who, due }) => ({
      headline: `Открыт цикл рецензирования: ${title}`,
      happened: `${who} открыл(а) цикл рецензирования «${title}», в котором участвует ваша организация.`,
      todo: `Прочитайте его разделы и оставьте комментарии, где нужно${due ? `, до ${due}` : ''}.`,
    }),
    SIGN_OFF_REQUESTED: ({ title, who, due }) => ({
      headline: `Запрошено одобрение: ${title}`,
      happened: `${who} открыл(а) цикл рецензирования «${title}», и вашу организацию просят одобрить его разделы.`,
      todo: `Прочитайте каждый раздел и одобрите его или запросите изменения${due ? ` до ${due}` : ''}.`,
    }),
    SIGN_OFF_STALE: ({ title, who }) => ({
      headline: `Одобрение нужно обновить: ${title}`,
      happened: `${who} сохранил(а) новую редакцию «${title}», поэтому прежнее одобрение вашей организации больше не действует.`,
      todo: 'Прочитайте новую редакцию и снова одобрите её или запросите изменения.',
    }),
    CHANGES_REQUESTED: ({ title, who }) => ({
      headline: `Запрошены изменения: ${title}`,
      happened: `${who} запросил(а) изменения в «${title}» — разделе, который готовит ваша организация.`,
      todo: 'Прочитайте примечание и комментарии, доработайте раздел и сохраните его.',
    }),
    COMMENT_REPLY: ({ title, who }) => ({
      headline: `Новый ответ: ${title}`,
      happened: `${who} ответил(а) в обсуждении «${title}», в котором вы участвовали.`,
      todo: 'Откройте обсуждение, чтобы прочитать ответ и при необходимости ответить.',
    }),
    RELEASE_PUBLISHED: ({ title, who }) => ({
      headline: `Опубликована версия: ${title}`,
      happened: `${who} опубликовал(а) версию «${title}». Теперь она общедоступна.`,
      todo: 'Ничего делать не нужно; откройте её, чтобы прочитать опубликованный профиль или поделиться им.',
    }),
    TASK_OVERDUE: ({ title, due }) => ({
      headline: `Задача просрочена: ${title}`,
      happened: `Задача «${title}»${due ? ` со сроком ${due}` : ''} ещё не выполнена.`,
      todo: 'Выполните её или измените её статус в разделе «Моя работа», если она выполнена или больше не нужна.',
    }),
    REVIEW_CYCLE_CLOSING: ({ title, due }) => ({
      headline: `Цикл рецензирования закрывается ${due ? due : 'скоро'}: ${title}`,
      happened: `Цикл рецензирования «${title}» закрывается ${due ? due : 'скоро'}, а ваша организация ещё не одобрила все свои разделы.`,
      todo: `Одобрите каждый раздел или запросите изменения${due ? ` до ${due}` : ''}.`,
    }),
  },
  hello: (name) => `Здравствуйте, ${name}!`,
  open: 'Открыть',
  several: (count) => `${count} ${pick('ru', count, { one: 'новое уведомление', few: 'новых уведомления', other: 'новых уведомлений' })} в Migration Profile Studio`,
  youHave: (count) => `У вас ${count} ${pick('ru', count, { one: 'новое уведомление', few: 'новых уведомления', other: 'новых уведомлений' })}:`,
  digestSubject: (day, count) => `Ваша ежедневная сводка за ${day}: ${count} ${pick('ru', count, { one: 'уведомление', few: 'уведомления', other: 'уведомлений' })}`,
  digestIntro: (count) => `Вот что произошло с вашей последней сводки (${count} ${pick('ru', count, { one: 'уведомление', few: 'уведомления', other: 'уведомлений' })}):`,
  allNotifications: 'Все ваши уведомления',
  footerDigest: 'Вы получаете эту ежедневную сводку, потому что выбрали ежедневную сводку уведомлений.',
  footerImmediate: 'Вы получаете это письмо, потому что выбрали получать уведомления по электронной почте сразу.',
  change: 'Чтобы изменить это, откройте',
};

const AR: MailWords = {
  someone: 'شخص ما',
  kinds: {
    SECTION_ASSIGNED: ({ title, who }) => ({
      headline: `تم إسناد قسم إلى منظمتك: ${title}`,
      happened: `أسند ${who} القسم "${title}" إلى منظمتك.`,
      todo: 'أصبحت منظمتك تصوغ هذا القسم. افتحه لقراءة محتواه وبدء الكتابة.',
    }),
    REVIEW_CYCLE_OPENED: ({ title, who, due }) => ({
      headline: `فُتحت دورة المراجعة: ${title}`,
      happened: `فتح ${who} دورة المراجعة "${title}" التي تشارك فيها منظمتك.`,
      todo: `يرجى قراءة أقسامها والتعليق عند الحاجة${due ? ` قبل ${due}` : ''}.`,
    }),
    SIGN_OFF_REQUESTED: ({ title, who, due }) => ({
      headline: `مطلوب الموافقة: ${title}`,
      happened: `فتح ${who} دورة المراجعة "${title}" ويُطلب من منظمتك الموافقة على أقسامها.`,
      todo: `يرجى قراءة كل قسم واعتماده أو طلب تعديلات${due ? ` قبل ${due}` : ''}.`,
    }),
    SIGN_OFF_STALE: ({ title, who }) => ({
      headline: `يلزم تجديد موافقتك: ${title}`,
      happened: `حفظ ${who} نسخة معدّلة جديدة من "${title}"، لذا لم تعد موافقة منظمتك السابقة سارية.`,
      todo: 'يرجى قراءة النسخة المعدّلة الجديدة واعتمادها أو طلب تعديلات مرة أخرى.',
    }),
    CHANGES_REQUESTED: ({ title, who }) => ({
      headline: `مطلوب تعديلات: ${title}`,
      happened: `طلب ${who} تعديلات على "${title}"، وهو قسم تصوغه منظمتك.`,
      todo: 'يرجى قراءة ملاحظته والتعليقات، ثم تعديل القسم وحفظه.',
    }),
    COMMENT_REPLY: ({ title, who }) => ({
      headline: `رد جديد على ${title}`,
      happened: `ردّ ${who} في سلسلة نقاش حول "${title}" شاركت فيها.`,
      todo: 'افتح سلسلة النقاش لقراءة الرد والإجابة عند الحاجة.',
    }),
    RELEASE_PUBLISHED: ({ title, who }) => ({
      headline: `نُشرت النسخة: ${title}`,
      happened: `نشر ${who} النسخة "${title}". وهي الآن متاحة للعموم.`,
      todo: 'لا شيء مطلوب؛ افتحها لقراءة الملف المنشور أو مشاركته.',
    }),
    TASK_OVERDUE: ({ title, due }) => ({
      headline: `مهمة متأخرة: ${title}`,
      happened: `لم تُنجز المهمة "${title}"${due ? ` المستحقة في ${due}` : ''} بعد.`,
      todo: 'يرجى إنجازها، أو تغيير حالتها في صفحة عملي إذا أُنجزت أو لم تعد لازمة.',
    }),
    REVIEW_CYCLE_CLOSING: ({ title, due }) => ({
      headline: `تُغلق دورة المراجعة ${due ? `في ${due}` : 'قريبًا'}: ${title}`,
      happened: `تُغلق دورة المراجعة "${title}" ${due ? `في ${due}` : 'قريبًا'}، ولم توافق منظمتك بعد على جميع أقسامها.`,
      todo: `يرجى اعتماد كل قسم أو طلب تعديلات${due ? ` قبل ${due}` : ''}.`,
    }),
  },
  hello: (name) => `مرحبًا ${name}،`,
  open: 'افتح',
  several: (count) => `إشعارات جديدة في Migration Profile Studio: ${count}`,
  youHave: (count) => `لديك إشعارات جديدة (${count}):`,
  digestSubject: (day, count) => `ملخصك اليومي ليوم ${day}: إشعارات (${count})`,
  digestIntro: (count) => `إليك ما حدث منذ ملخصك الأخير (إشعارات: ${count}):`,
  allNotifications: 'جميع إشعاراتك',
  footerDigest: 'تتلقى هذا الملخص اليومي لأنك اخترت ملخصًا يوميًا لإشعاراتك.',
  footerImmediate: 'تتلقى هذه الرسالة لأنك اخترت تلقي إشعاراتك بالبريد الإلكتروني فور حدوثها.',
  change: 'لتغيير ذلك، افتح',
};

/** Every language's words; the notification-mail test checks each says every kind. */
export const MAIL_WORDS: Record<Locale, MailWords> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR };

/** What happened and what to do, in plain words, for each kind, in the recipient's language. */
export function describe(n: MailedNotification, locale: Locale = DEFAULT_LOCALE): Described {
  const words = MAIL_WORDS[locale];
  return words.kinds[n.kind]({
    title: oneLineTitle(n.title, 120),
    who: n.actorName ?? words.someone,
    due: n.dueAt ? mailDate(n.dueAt, locale) : null,
  });
}

const footer = (publicUrl: string, mode: EmailNotificationMode, words: MailWords) =>
  ['', '--', mode === 'DAILY_DIGEST' ? words.footerDigest : words.footerImmediate, `${words.change} ${publicUrl}${notificationPaths.settings}`, 'Migration Profile Studio'].join('\n');

/** The mail for notifications sent as they happen: one alone, or several that arrived together. */
export function immediateMail(
  name: string,
  items: readonly MailedNotification[],
  publicUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
  const words = MAIL_WORDS[locale];
  if (items.length === 1) {
    const d = describe(items[0]!, locale);
    return {
      subject: d.headline,
      text: [words.hello(name), '', d.happened, d.todo, '', `${words.open}: ${publicUrl}${items[0]!.link}`, footer(publicUrl, 'IMMEDIATE', words)].join('\n'),
    };
  }
  return {
    subject: words.several(items.length),
    text: [words.hello(name), '', words.youHave(items.length), '', ...items.flatMap((n) => entry(n, publicUrl, locale)), footer(publicUrl, 'IMMEDIATE', words)].join('\n'),
  };
}

/** The daily digest: everything since the last one, oldest first. */
export function digestMail(
  name: string,
  items: readonly MailedNotification[],
  publicUrl: string,
  day: Date,
  locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
  const words = MAIL_WORDS[locale];
  return {
    subject: words.digestSubject(mailDate(day, locale), items.length),
    text: [
      words.hello(name),
      '',
      words.digestIntro(items.length),
      '',
      ...items.flatMap((n) => entry(n, publicUrl, locale)),
      `${words.allNotifications}: ${publicUrl}${notificationPaths.centre}`,
      footer(publicUrl, 'DAILY_DIGEST', words),
    ].join('\n'),
  };
}

function entry(n: MailedNotification, publicUrl: string, locale: Locale): string[] {
  const d = describe(n, locale);
  return [`* ${d.headline}`, `  ${d.happened}`, `  ${d.todo}`, `  ${MAIL_WORDS[locale].open}: ${publicUrl}${n.link}`, ''];
}
