import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity, WorkspaceEntity } from '@mps/api-iam';
import type { EmailNotificationMode, NotificationKind } from '@mps/shared-domain';

/**
 * Where a notification's e-mail stands: PENDING (to send at once), DIGEST (waits for the person's daily digest),
 * SENDING (claimed by one instance), SENT, NONE (e-mail off), FAILED (gave up after retries).
 */
export type NotificationEmailStatus = 'PENDING' | 'DIGEST' | 'SENDING' | 'SENT' | 'NONE' | 'FAILED';

/** One thing one person is told about, in the app and maybe by e-mail. */
@Entity({ name: 'notifications' })
@Index('ux_notifications_recipient_key', ['recipientId', 'dedupeKey'], { unique: true })
@Index('ix_notifications_recipient_created', ['recipientId', 'createdAt'])
@Index('ix_notifications_email_due', ['emailNotBefore'], { where: "email_status IN ('PENDING', 'SENDING')" })
@Index('ix_notifications_digest', ['recipientId'], { where: "email_status = 'DIGEST'" })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'recipient_id' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_notifications_recipient' })
  recipient?: UserEntity;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_notifications_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /**
   * What makes it once per person: the audit event and kind (`<event id>:<kind>`) or the reminder
   * (`review-cycle-closing:<cycle id>:<days>`). A second dispatch or reminder run inserts nothing.
   */
  @Column({ type: 'text', name: 'dedupe_key' })
  dedupeKey!: string;

  /** Who caused it; null for reminders and for changes made by the server itself. */
  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType!: string;

  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId!: string;

  /** The object's name when it happened ("A.2 Immigration", a cycle's title, "2024.1"), one line. */
  @Column({ type: 'text' })
  title!: string;

  /** The web path of the object (notificationPaths in the shared domain). */
  @Column({ type: 'text' })
  link!: string;

  /** A date that matters (a cycle's closing date), if any. */
  @Column({ type: 'timestamptz', name: 'due_at', nullable: true })
  dueAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'text', name: 'email_status' })
  emailStatus!: NotificationEmailStatus;

  @Column({ type: 'int', name: 'email_attempts', default: 0 })
  emailAttempts!: number;

  /** Not sent before this time: a retry's backoff. */
  @Column({ type: 'timestamptz', name: 'email_not_before', default: () => 'now()' })
  emailNotBefore!: Date;

  /** When an instance claimed it (SENDING); a claim older than the lease is taken over. */
  @Column({ type: 'timestamptz', name: 'email_claimed_at', nullable: true })
  emailClaimedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;
}

/** How far the dispatcher has turned one audit chain (a workspace's) into notifications. */
@Entity({ name: 'notification_cursors' })
export class NotificationCursorEntity {
  /** The audit chain: a workspace's id as text. */
  @PrimaryColumn({ type: 'text' })
  chain!: string;

  /** The last audit `seq` of the chain already dispatched. */
  @Column({ type: 'bigint', name: 'last_seq', default: 0 })
  lastSeq!: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A person's choice of e-mail; without a row, DEFAULT_EMAIL_NOTIFICATION_MODE. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preferences_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  email!: EmailNotificationMode;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** One daily digest of one person: the unique (user, day) makes it once across instances. */
@Entity({ name: 'notification_digests' })
@Index('ux_notification_digests_user_day', ['userId', 'day'], { unique: true })
export class NotificationDigestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_digests_user' })
  user?: UserEntity;

  /** The UTC day (YYYY-MM-DD) the digest is for. */
  @Column({ type: 'date' })
  day!: string;

  /** SENDING while one instance sends it (taken over when the claim is older than the lease), then SENT. */
  @Column({ type: 'text' })
  status!: 'SENDING' | 'SENT';

  @Column({ type: 'timestamptz', name: 'claimed_at' })
  claimedAt!: Date;

  @Column({ type: 'int', default: 0 })
  notifications!: number;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
