import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsFromAuditLog1796212507261 implements MigrationInterface {
  name = 'NotificationsFromAuditLog1796212507261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "kind" text NOT NULL, "dedupe_key" text NOT NULL, "actor_id" uuid, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "title" text NOT NULL, "link" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_status" text NOT NULL, "email_attempts" integer NOT NULL DEFAULT '0', "email_not_before" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email_claimed_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_digest" ON "notifications"  ("recipient_id") WHERE email_status = 'DIGEST'`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_email_due" ON "notifications"  ("email_not_before") WHERE email_status IN ('PENDING', 'SENDING')`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_recipient_created" ON "notifications"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_notifications_recipient_key" ON "notifications"  ("recipient_id", "dedupe_key") `);
    await queryRunner.query(`CREATE TABLE "notification_cursors" ("chain" text NOT NULL, "last_seq" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c17e1b1946e053c5befcd8d8207" PRIMARY KEY ("chain"))`);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "email" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "day" date NOT NULL, "status" text NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notifications" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_notification_digests_user_day" ON "notification_digests"  ("user_id", "day") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "fk_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digests" ADD CONSTRAINT "fk_notification_digests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Notifications start now: each existing workspace's cursor at the end of its audit chain, so that upgrading a
    // database does not notify its whole history. Workspaces created later start at the beginning of their chain.
    await queryRunner.query(
      `INSERT INTO notification_cursors (chain, last_seq)
       SELECT w.id::text, coalesce((SELECT max(a.seq) FROM audit_events a WHERE a.chain = w.id::text), 0) FROM workspaces w`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "fk_notification_digests_user"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "fk_notification_preferences_user"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_workspace"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."ux_notification_digests_user_day"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_cursors"`);
    await queryRunner.query(`DROP INDEX "public"."ux_notifications_recipient_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_recipient_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_email_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_digest"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
