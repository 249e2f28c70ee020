import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsInvitationsAndPasswordResets1796212529443 implements MigrationInterface {
  name = 'AccountsInvitationsAndPasswordResets1796212529443';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_password_reset_tokens_user" ON "password_reset_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_password_reset_tokens_hash" ON "password_reset_tokens"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "status" text NOT NULL DEFAULT 'ACTIVE'`);
    // Memberships ended before statuses existed were deactivated by a coordinator.
    await queryRunner.query(`UPDATE "memberships" SET "status" = 'DEACTIVATED' WHERE "deactivated_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invited_email" text`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invited_display_name" text`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invitation_token_hash" text`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invitation_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invitation_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invitation_send_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"`);
    await queryRunner.query(`DROP INDEX "public"."ux_memberships_active_user_workspace"`);
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_memberships_active_user_workspace" ON "memberships"  ("user_id", "workspace_id") WHERE deactivated_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_memberships_invited_email" ON "memberships"  ("invited_email") WHERE status = 'INVITED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_memberships_invitation_token" ON "memberships"  ("invitation_token_hash") WHERE invitation_token_hash IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_memberships_pending_invitation" ON "memberships"  ("workspace_id", "invited_email") WHERE status = 'INVITED'`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Invitations nobody accepted have no user: they cannot be memberships of the older schema.
    await queryRunner.query(`DELETE FROM "memberships" WHERE "user_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"`);
    await queryRunner.query(`DROP INDEX "public"."ux_memberships_pending_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."ux_memberships_invitation_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_memberships_invited_email"`);
    await queryRunner.query(`DROP INDEX "public"."ux_memberships_active_user_workspace"`);
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_memberships_active_user_workspace" ON "memberships" USING btree ("user_id", "workspace_id") WHERE (deactivated_at IS NULL)`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "accepted_at"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invitation_send_count"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invitation_sent_at"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invitation_expires_at"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invitation_token_hash"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invited_by"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invited_display_name"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invited_email"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "status"`);
    await queryRunner.query(`DROP INDEX "public"."ux_password_reset_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_password_reset_tokens_user"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
  }
}
