import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRevisions1795894204789 implements MigrationInterface {
  name = 'AddRevisions1795894204789';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "content_hash" text NOT NULL, "summary" text, "author_id" uuid NOT NULL, "restored_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa9ee2c71c50508c3c501573c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_revisions_section_number" ON "revisions"  ("section_id", "number") `);
    await queryRunner.query(`ALTER TABLE "sections" ADD "current_revision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sections" ADD CONSTRAINT "fk_sections_current_revision" FOREIGN KEY ("current_revision_id") REFERENCES "revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "revisions" ADD CONSTRAINT "fk_revisions_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "revisions" ADD CONSTRAINT "fk_revisions_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Revisions are immutable (docs/domain.md rule 3): restoring makes a new one.
    await queryRunner.query(`CREATE FUNCTION revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'revisions are immutable'; END $$`);
    await queryRunner.query(`CREATE TRIGGER revisions_no_update_delete BEFORE UPDATE OR DELETE ON "revisions" FOR EACH ROW EXECUTE FUNCTION revisions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER revisions_no_update_delete ON "revisions"`);
    await queryRunner.query(`DROP FUNCTION revisions_immutable()`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "fk_revisions_author"`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "fk_revisions_section"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP CONSTRAINT "fk_sections_current_revision"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP COLUMN "current_revision_id"`);
    await queryRunner.query(`DROP INDEX "public"."ux_revisions_section_number"`);
    await queryRunner.query(`DROP TABLE "revisions"`);
  }
}
