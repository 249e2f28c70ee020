import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a release says around its sections (title, edition, workspace name, the organisations, chapter headings),
 * frozen with it: before this, a release's Word and PDF files and the public pages' title read these live, so renaming
 * an organisation or adding one changed releases already published, and chapter headings without text were left out.
 * Existing releases get today's names, the best that is known (titles and editions cannot have changed: no operation
 * renames them), and no headings (which chapters held which sections then is not known).
 */
export class ReleaseFrames1796400000000 implements MigrationInterface {
  name = 'ReleaseFrames1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "release_frames" ("release_id" uuid NOT NULL, "title" text NOT NULL, "edition" text NOT NULL, "workspace_name" text NOT NULL, "organizations" jsonb NOT NULL, "headings" jsonb NOT NULL, CONSTRAINT "pk_release_frames" PRIMARY KEY ("release_id"))`);
    await queryRunner.query(`ALTER TABLE "release_frames" ADD CONSTRAINT "fk_release_frames_release" FOREIGN KEY ("release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "release_frames" ("release_id", "title", "edition", "workspace_name", "organizations", "headings")
      SELECT r.id, p.title, p.edition, w.name,
        COALESCE((SELECT jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym, 'kind', o.kind) ORDER BY o.name)
                  FROM organizations o WHERE o.workspace_id = r.workspace_id), '[]'::jsonb),
        '[]'::jsonb
      FROM releases r JOIN profiles p ON p.id = r.profile_id JOIN workspaces w ON w.id = r.workspace_id`);
    await queryRunner.query(`CREATE FUNCTION release_frames_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'what a release says around its sections is frozen'; END $$`);
    await queryRunner.query(`CREATE TRIGGER release_frames_no_update_delete BEFORE UPDATE OR DELETE ON "release_frames" FOR EACH ROW EXECUTE FUNCTION release_frames_immutable()`);
    await queryRunner.query(`CREATE TRIGGER release_frames_no_truncate BEFORE TRUNCATE ON "release_frames" FOR EACH STATEMENT EXECUTE FUNCTION release_frames_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER release_frames_no_truncate ON "release_frames"`);
    await queryRunner.query(`DROP TRIGGER release_frames_no_update_delete ON "release_frames"`);
    await queryRunner.query(`DROP FUNCTION release_frames_immutable()`);
    await queryRunner.query(`ALTER TABLE "release_frames" DROP CONSTRAINT "fk_release_frames_release"`);
    await queryRunner.query(`DROP TABLE "release_frames"`);
  }
}
