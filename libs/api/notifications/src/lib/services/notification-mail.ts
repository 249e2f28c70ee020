import { EmailNotificationMode, NotificationKind, notificationPaths, oneLineTitle } from '@mps/shared-domain';

/** What a mail needs of one notification. */
export interface MailedNotification {
  kind: NotificationKind;
  title: string;
  link: string;
  actorName: string | null;
  dueAt: Date | null;
  createdAt: Date;
}

/** "5 March 2027": unambiguous for readers of any country (no 03/05). */
export const mailDate = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const someone = (name: string | null) => name ?? 'Someone';

/** What happened and what to do, in plain words, for each kind. Titles are quoted, never interpreted. */
export function describe(n: MailedNotification): { headline: string; happened: string; todo: string } {
  const title = oneLineTitle(n.title, 120);
  const by = n.dueAt ? ` by ${mailDate(n.dueAt)}` : '';
  switch (n.kind) {
    case 'SECTION_ASSIGNED':
      return {
        headline: `Section assigned to your organisation: ${title}`,
        happened: `${someone(n.actorName)} assigned the section "${title}" to your organisation.`,
        todo: 'Your organisation now drafts this section. Open it to read what is there and start writing.',
      };
    case 'REVIEW_CYCLE_OPENED':
      return {
        headline: `Review cycle opened: ${title}`,
        happened: `${someone(n.actorName)} opened the review cycle "${title}", in which your organisation takes part.`,
        todo: `Please read its sections and comment where needed${by}.`,
      };
    case 'SIGN_OFF_REQUESTED':
      return {
        headline: `Sign-off requested: ${title}`,
        happened: `${someone(n.actorName)} opened the review cycle "${title}" and your organisation is asked to sign off its sections.`,
        todo: `Please read each section and approve it or request changes${by}.`,
      };
    case 'SIGN_OFF_STALE':
      return {
        headline: `Your sign-off needs renewing: ${title}`,
        happened: `${someone(n.actorName)} saved a new revision of "${title}", so your organisation's earlier sign-off no longer counts.`,
        todo: 'Please read the new revision and approve it or request changes again.',
      };
    case 'CHANGES_REQUESTED':
      return {
        headline: `Changes requested: ${title}`,
        happened: `${someone(n.actorName)} requested changes to "${title}", a section your organisation drafts.`,
        todo: 'Please read their note and the comments, revise the section and save it.',
      };
    case 'COMMENT_REPLY':
      return {
        headline: `New reply on ${title}`,
        happened: `${someone(n.actorName)} replied in a comment thread on "${title}" in which you wrote.`,
        todo: 'Open the thread to read the reply and answer if needed.',
      };
    case 'RELEASE_PUBLISHED':
      return {
        headline: `Release published: ${title}`,
        happened: `${someone(n.actorName)} published the release "${title}". It is now public.`,
        todo: 'Nothing to do; open it to read or share the published profile.',
      };
    case 'TASK_OVERDUE':
      return {
        headline: `Task overdue: ${title}`,
        happened: `The task "${title}"${n.dueAt ? `, due on ${mailDate(n.dueAt)},` : ''} is not done yet.`,
        todo: 'Please do it, or change its status on My work if it is done or no longer needed.',
      };
    case 'REVIEW_CYCLE_CLOSING':
      return {
        headline: `Review cycle closes ${n.dueAt ? `on ${mailDate(n.dueAt)}` : 'soon'}: ${title}`,
        happened: `The review cycle "${title}" closes${n.dueAt ? ` on ${mailDate(n.dueAt)}` : ' soon'}, and your organisation has not yet signed off all of its sections.`,
        todo: `Please approve each section or request changes${by}.`,
      };
  }
}

const footer = (publicUrl: string, mode: EmailNotificationMode) =>
  [
    '',
    '--',
    mode === 'DAILY_DIGEST'
      ? 'You receive this daily summary because you chose a daily digest of your notifications.'
      : 'You receive this e-mail because you chose to be e-mailed about your notifications as they happen.',
    `To change this, open ${publicUrl}${notificationPaths.settings}`,
    'Migration Profile Studio',
  ].join('\n');

/** The mail for notifications sent as they happen: one alone, or several that arrived together. */
export function immediateMail(name: string, items: readonly MailedNotification[], publicUrl: string): { subject: string; text: string } {
  if (items.length === 1) {
    const d = describe(items[0]!);
    return {
      subject: d.headline,
      text: [`Hello ${name},`, '', d.happened, d.todo, '', `Open: ${publicUrl}${items[0]!.link}`, footer(publicUrl, 'IMMEDIATE')].join('\n'),
    };
  }
  return {
    subject: `${items.length} new notifications in Migration Profile Studio`,
    text: [`Hello ${name},`, '', `You have ${items.length} new notifications:`, '', ...items.flatMap((n) => entry(n, publicUrl)), footer(publicUrl, 'IMMEDIATE')].join('\n'),
  };
}

/** The daily digest: everything since the last one, oldest first. */
export function digestMail(name: string, items: readonly MailedNotification[], publicUrl: string, day: Date): { subject: string; text: string } {
  return {
    subject: `Your daily summary for ${mailDate(day)}: ${items.length} notification${items.length === 1 ? '' : 's'}`,
    text: [
      `Hello ${name},`,
      '',
      `Here is what happened since your last summary (${items.length} notification${items.length === 1 ? '' : 's'}):`,
      '',
      ...items.flatMap((n) => entry(n, publicUrl)),
      `All your notifications: ${publicUrl}${notificationPaths.centre}`,
      footer(publicUrl, 'DAILY_DIGEST'),
    ].join('\n'),
  };
}

function entry(n: MailedNotification, publicUrl: string): string[] {
  const d = describe(n);
  return [`* ${d.headline}`, `  ${d.happened}`, `  ${d.todo}`, `  Open: ${publicUrl}${n.link}`, ''];
}
