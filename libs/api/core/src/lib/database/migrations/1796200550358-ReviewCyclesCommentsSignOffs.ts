import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewCyclesCommentsSignOffs1796200550358 implements MigrationInterface {
  name = 'ReviewCyclesCommentsSignOffs1796200550358';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_by_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, CONSTRAINT "PK_5634972955eaa909a8ff55736a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_cycles_open_closes_at" ON "review_cycles"  ("closes_at") WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "ix_review_cycles_profile" ON "review_cycles"  ("profile_id", "opened_at") `);
    await queryRunner.query(`CREATE TABLE "review_cycle_sections" ("review_cycle_id" uuid NOT NULL, "section_id" uuid NOT NULL, "status_at_close" text, CONSTRAINT "PK_18d7bf3e8fe6e9230d7e372f532" PRIMARY KEY ("review_cycle_id", "section_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_cycle_sections_section" ON "review_cycle_sections"  ("section_id") `);
    await queryRunner.query(`CREATE TABLE "review_cycle_organizations" ("review_cycle_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "participant" boolean NOT NULL, "required_signatory" boolean NOT NULL, CONSTRAINT "PK_9e7337f101b29416ff36c720195" PRIMARY KEY ("review_cycle_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_cycle_organizations_org" ON "review_cycle_organizations"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "review_cycle_id" uuid, "parent_id" uuid, "author_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "body" text NOT NULL, "anchor_revision_id" uuid, "anchor_start" integer, "anchor_end" integer, "anchor_quote" text, "anchor_orphaned" boolean NOT NULL DEFAULT false, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "suggestion" text, "suggestion_status" text, "suggestion_revision_id" uuid, "suggestion_decline_reason" text, "suggestion_answered_by_id" uuid, "suggestion_answered_at" TIMESTAMP WITH TIME ZONE, "disposition" text, "disposition_reason" text, "disposition_by_id" uuid, "disposition_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_comments_parent" ON "comments"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_comments_cycle" ON "comments"  ("review_cycle_id") `);
    await queryRunner.query(`CREATE INDEX "ix_comments_section" ON "comments"  ("section_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "sign_offs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "decision" text NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_00d1fe9643faa90273baa47a664" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_sign_offs_current" ON "sign_offs"  ("section_id", "organization_id") WHERE superseded_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_sign_offs_section" ON "sign_offs"  ("section_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "sections" ADD "review_status" text NOT NULL DEFAULT 'DRAFTING'`);
    await queryRunner.query(`ALTER TABLE "review_cycles" ADD CONSTRAINT "fk_review_cycles_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycles" ADD CONSTRAINT "fk_review_cycles_opened_by" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycles" ADD CONSTRAINT "fk_review_cycles_closed_by" FOREIGN KEY ("closed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycle_sections" ADD CONSTRAINT "fk_review_cycle_sections_cycle" FOREIGN KEY ("review_cycle_id") REFERENCES "review_cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycle_sections" ADD CONSTRAINT "fk_review_cycle_sections_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycle_organizations" ADD CONSTRAINT "fk_review_cycle_organizations_cycle" FOREIGN KEY ("review_cycle_id") REFERENCES "review_cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycle_organizations" ADD CONSTRAINT "fk_review_cycle_organizations_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_revision" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_review_cycle" FOREIGN KEY ("review_cycle_id") REFERENCES "review_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_anchor_revision" FOREIGN KEY ("anchor_revision_id") REFERENCES "revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_offs" ADD CONSTRAINT "fk_sign_offs_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_offs" ADD CONSTRAINT "fk_sign_offs_revision" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_offs" ADD CONSTRAINT "fk_sign_offs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_offs" ADD CONSTRAINT "fk_sign_offs_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_offs" DROP CONSTRAINT "fk_sign_offs_user"`);
    await queryRunner.query(`ALTER TABLE "sign_offs" DROP CONSTRAINT "fk_sign_offs_organization"`);
    await queryRunner.query(`ALTER TABLE "sign_offs" DROP CONSTRAINT "fk_sign_offs_revision"`);
    await queryRunner.query(`ALTER TABLE "sign_offs" DROP CONSTRAINT "fk_sign_offs_section"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_anchor_revision"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_organization"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_parent"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_review_cycle"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_revision"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_section"`);
    await queryRunner.query(`ALTER TABLE "review_cycle_organizations" DROP CONSTRAINT "fk_review_cycle_organizations_org"`);
    await queryRunner.query(`ALTER TABLE "review_cycle_organizations" DROP CONSTRAINT "fk_review_cycle_organizations_cycle"`);
    await queryRunner.query(`ALTER TABLE "review_cycle_sections" DROP CONSTRAINT "fk_review_cycle_sections_section"`);
    await queryRunner.query(`ALTER TABLE "review_cycle_sections" DROP CONSTRAINT "fk_review_cycle_sections_cycle"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "fk_review_cycles_closed_by"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "fk_review_cycles_opened_by"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "fk_review_cycles_profile"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP COLUMN "review_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_offs_section"`);
    await queryRunner.query(`DROP INDEX "public"."ux_sign_offs_current"`);
    await queryRunner.query(`DROP TABLE "sign_offs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_section"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_cycle_organizations_org"`);
    await queryRunner.query(`DROP TABLE "review_cycle_organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_cycle_sections_section"`);
    await queryRunner.query(`DROP TABLE "review_cycle_sections"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_cycles_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_cycles_open_closes_at"`);
    await queryRunner.query(`DROP TABLE "review_cycles"`);
  }
}
