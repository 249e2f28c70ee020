import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EMAIL_NOTIFICATION_MODES, EmailNotificationMode, NOTIFICATION_KINDS, NotificationKind } from '@mps/shared-domain';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification says happened (the web words each kind).',
});

export const EmailNotificationModeEnum = Object.fromEntries(EMAIL_NOTIFICATION_MODES.map((k) => [k, k])) as {
  [K in EmailNotificationMode]: K;
};
registerEnumType(EmailNotificationModeEnum, {
  name: 'EmailNotificationMode',
  description: 'E-mail about notifications: IMMEDIATE (as they happen), DAILY_DIGEST (one summary a day, from 07:00 UTC) or OFF.',
});

@ObjectType('Notification', { description: 'Something the signed-in person is told about; it links to its object.' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field({ description: 'The object\'s name when it happened: "A.2 Immigration", a review cycle\'s title, a release.' })
  title!: string;
  @Field({ description: 'The web path of the object, e.g. /profiles/<id>/sections/<id> or /review-cycles/<id>.' })
  link!: string;
  @Field(() => Date, { nullable: true, description: "A date that matters, such as the review cycle's closing date." })
  dueAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => ID) workspaceId!: string;
  actorId!: string | null;
}

@ObjectType('NotificationConnection', { description: 'One page of notifications, newest first.' })
export class NotificationConnection {
  @Field(() => [NotificationModel]) nodes!: NotificationModel[];
  @Field({ description: 'True when an older page follows: ask again with after = endCursor.' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('NotificationPreferences', { description: "The signed-in person's choice of e-mail. In-app notifications are always kept." })
export class NotificationPreferencesModel {
  @Field(() => EmailNotificationModeEnum) email!: EmailNotificationMode;
}

@ObjectType('NotificationEvent', { description: "The signed-in person's notifications changed: refetch what shows them." })
export class NotificationEventModel {
  @Field(() => Int, { description: 'Unread notifications now.' }) unreadCount!: number;
}
