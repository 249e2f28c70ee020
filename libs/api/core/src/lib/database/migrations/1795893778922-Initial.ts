import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795893778922 implements MigrationInterface {
  name = 'Initial1795893778922';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "workspace_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "data" jsonb, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_workspace_at" ON "audit_events"  ("workspace_id", "at") `);
    await queryRunner.query(`CREATE TABLE "workspaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "country_code" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_098656ae401f3e1a4586f47fd8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_workspaces_slug" ON "workspaces"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "name" text NOT NULL, "acronym" text, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_organizations_workspace_name" ON "organizations"  ("workspace_id", "name") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_users_email" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "deactivated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_memberships_workspace" ON "memberships"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_memberships_active_user_workspace" ON "memberships"  ("user_id", "workspace_id") WHERE deactivated_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failures_email_at" ON "login_failures"  ("email", "at") `);
    await queryRunner.query(`CREATE TABLE "profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" text NOT NULL, "edition" text NOT NULL, "template_key" text, "outline_style" text NOT NULL DEFAULT 'DECIMAL', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e520eb4da7dc01d0e190447c8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_profiles_workspace" ON "profiles"  ("workspace_id") `);
    await queryRunner.query(`CREATE TABLE "sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "parent_id" uuid, "key" text, "title" text NOT NULL, "position" integer NOT NULL, "numbering" text NOT NULL DEFAULT 'NUMBERED', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9749dd3bffd880a497d007e450" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_sections_profile_key" ON "sections"  ("profile_id", "key") WHERE key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_sections_profile" ON "sections"  ("profile_id") `);
    await queryRunner.query(`CREATE TABLE "section_assignments" ("section_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_c9241e484f8a5bec668da8e0eae" PRIMARY KEY ("section_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_section_assignments_organization" ON "section_assignments"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "fk_organizations_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profiles" ADD CONSTRAINT "fk_profiles_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sections" ADD CONSTRAINT "fk_sections_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sections" ADD CONSTRAINT "fk_sections_parent" FOREIGN KEY ("parent_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "section_assignments" ADD CONSTRAINT "fk_section_assignments_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "section_assignments" ADD CONSTRAINT "fk_section_assignments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The audit log is append-only (docs/domain.md rule 8): no role, not even the app, may edit it.
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_update_delete ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`ALTER TABLE "section_assignments" DROP CONSTRAINT "fk_section_assignments_organization"`);
    await queryRunner.query(`ALTER TABLE "section_assignments" DROP CONSTRAINT "fk_section_assignments_section"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP CONSTRAINT "fk_sections_parent"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP CONSTRAINT "fk_sections_profile"`);
    await queryRunner.query(`ALTER TABLE "profiles" DROP CONSTRAINT "fk_profiles_workspace"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_organization"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_workspace"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "fk_organizations_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_section_assignments_organization"`);
    await queryRunner.query(`DROP TABLE "section_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sections_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ux_sections_profile_key"`);
    await queryRunner.query(`DROP TABLE "sections"`);
    await queryRunner.query(`DROP INDEX "public"."ix_profiles_workspace"`);
    await queryRunner.query(`DROP TABLE "profiles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_failures_email_at"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ux_refresh_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ux_memberships_active_user_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_memberships_workspace"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."ux_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ux_organizations_workspace_name"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ux_workspaces_slug"`);
    await queryRunner.query(`DROP TABLE "workspaces"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_workspace_at"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
