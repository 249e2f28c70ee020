import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasesAndEditions1796201692263 implements MigrationInterface {
  name = 'ReleasesAndEditions1796201692263';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "releases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "version" text NOT NULL, "notes" text, "status" text NOT NULL DEFAULT 'CANDIDATE', "prepared_by_id" uuid NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, CONSTRAINT "PK_6b6fc2599a5a281dd44a7d64016" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_releases_workspace_status" ON "releases"  ("workspace_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_releases_profile_version" ON "releases"  ("profile_id", "version") `);
    await queryRunner.query(`CREATE TABLE "release_sections" ("release_id" uuid NOT NULL, "section_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "number" text NOT NULL, "title" text NOT NULL, "depth" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_447d5d33e29280ac56949a72cd4" PRIMARY KEY ("release_id", "section_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_release_sections_section" ON "release_sections"  ("section_id") `);
    await queryRunner.query(`CREATE TABLE "profile_editions" ("profile_id" uuid NOT NULL, "previous_profile_id" uuid NOT NULL, "based_on_release_id" uuid NOT NULL, CONSTRAINT "PK_c5d757b7b7e5ce99ff2d8c04d35" PRIMARY KEY ("profile_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_profile_editions_previous" ON "profile_editions"  ("previous_profile_id") `);
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "fk_releases_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "fk_releases_prepared_by" FOREIGN KEY ("prepared_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "fk_releases_published_by" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "fk_releases_withdrawn_by" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "release_sections" ADD CONSTRAINT "fk_release_sections_release" FOREIGN KEY ("release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "release_sections" ADD CONSTRAINT "fk_release_sections_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "release_sections" ADD CONSTRAINT "fk_release_sections_revision" FOREIGN KEY ("revision_id") REFERENCES "revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_editions" ADD CONSTRAINT "fk_profile_editions_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_editions" ADD CONSTRAINT "fk_profile_editions_previous" FOREIGN KEY ("previous_profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_editions" ADD CONSTRAINT "fk_profile_editions_release" FOREIGN KEY ("based_on_release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Published releases never change (docs/domain.md rule 7). The database itself allows only the two moves of a
    // release's life, whoever connects (the owner included): CANDIDATE -> PUBLISHED, and PUBLISHED -> WITHDRAWN with a
    // reason. Version, notes, preparation and the frozen sections never change; nothing is deleted or truncated.
    await queryRunner.query(`CREATE FUNCTION releases_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'CANDIDATE' OR NEW.published_by_id IS NOT NULL OR NEW.published_at IS NOT NULL
       OR NEW.withdrawn_by_id IS NOT NULL OR NEW.withdrawn_at IS NOT NULL OR NEW.withdrawal_reason IS NOT NULL THEN
      RAISE EXCEPTION 'a release starts as a CANDIDATE';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'releases are never deleted';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.profile_id IS DISTINCT FROM OLD.profile_id
     OR NEW.workspace_id IS DISTINCT FROM OLD.workspace_id OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.notes IS DISTINCT FROM OLD.notes OR NEW.prepared_by_id IS DISTINCT FROM OLD.prepared_by_id
     OR NEW.prepared_at IS DISTINCT FROM OLD.prepared_at THEN
    RAISE EXCEPTION 'a release''s version, notes and preparation never change';
  END IF;
  IF OLD.status = 'CANDIDATE' AND NEW.status = 'PUBLISHED'
     AND NEW.published_by_id IS NOT NULL AND NEW.published_at IS NOT NULL
     AND NEW.withdrawn_by_id IS NULL AND NEW.withdrawn_at IS NULL AND NEW.withdrawal_reason IS NULL THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'PUBLISHED' AND NEW.status = 'WITHDRAWN'
     AND NEW.published_by_id IS NOT DISTINCT FROM OLD.published_by_id AND NEW.published_at IS NOT DISTINCT FROM OLD.published_at
     AND NEW.withdrawn_by_id IS NOT NULL AND NEW.withdrawn_at IS NOT NULL
     AND length(btrim(coalesce(NEW.withdrawal_reason, ''))) > 0 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a release only goes from CANDIDATE to PUBLISHED, or from PUBLISHED to WITHDRAWN with a reason';
END $$`);
    await queryRunner.query(`CREATE TRIGGER releases_guard BEFORE INSERT OR UPDATE OR DELETE ON "releases" FOR EACH ROW EXECUTE FUNCTION releases_guard()`);
    await queryRunner.query(`CREATE FUNCTION releases_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'releases are never deleted'; END $$`);
    await queryRunner.query(`CREATE TRIGGER releases_no_truncate BEFORE TRUNCATE ON "releases" FOR EACH STATEMENT EXECUTE FUNCTION releases_no_truncate()`);
    await queryRunner.query(`CREATE FUNCTION release_sections_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the sections of a release are frozen'; END $$`);
    await queryRunner.query(`CREATE TRIGGER release_sections_no_update_delete BEFORE UPDATE OR DELETE ON "release_sections" FOR EACH ROW EXECUTE FUNCTION release_sections_immutable()`);
    await queryRunner.query(`CREATE TRIGGER release_sections_no_truncate BEFORE TRUNCATE ON "release_sections" FOR EACH STATEMENT EXECUTE FUNCTION release_sections_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER release_sections_no_truncate ON "release_sections"`);
    await queryRunner.query(`DROP TRIGGER release_sections_no_update_delete ON "release_sections"`);
    await queryRunner.query(`DROP FUNCTION release_sections_immutable()`);
    await queryRunner.query(`DROP TRIGGER releases_no_truncate ON "releases"`);
    await queryRunner.query(`DROP FUNCTION releases_no_truncate()`);
    await queryRunner.query(`DROP TRIGGER releases_guard ON "releases"`);
    await queryRunner.query(`DROP FUNCTION releases_guard()`);
    await queryRunner.query(`ALTER TABLE "profile_editions" DROP CONSTRAINT "fk_profile_editions_release"`);
    await queryRunner.query(`ALTER TABLE "profile_editions" DROP CONSTRAINT "fk_profile_editions_previous"`);
    await queryRunner.query(`ALTER TABLE "profile_editions" DROP CONSTRAINT "fk_profile_editions_profile"`);
    await queryRunner.query(`ALTER TABLE "release_sections" DROP CONSTRAINT "fk_release_sections_revision"`);
    await queryRunner.query(`ALTER TABLE "release_sections" DROP CONSTRAINT "fk_release_sections_section"`);
    await queryRunner.query(`ALTER TABLE "release_sections" DROP CONSTRAINT "fk_release_sections_release"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_withdrawn_by"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_published_by"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_prepared_by"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ix_profile_editions_previous"`);
    await queryRunner.query(`DROP TABLE "profile_editions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_release_sections_section"`);
    await queryRunner.query(`DROP TABLE "release_sections"`);
    await queryRunner.query(`DROP INDEX "public"."ux_releases_profile_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_workspace_status"`);
    await queryRunner.query(`DROP TABLE "releases"`);
  }
}
