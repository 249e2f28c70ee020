import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorsDataPointsAndFrozenReleaseValues1796212967020 implements MigrationInterface {
  name = 'IndicatorsDataPointsAndFrozenReleaseValues1796212967020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "definition" text NOT NULL, "international_reference" text, "gmg_part" text NOT NULL, "sdg_target" text, "gcm_objective" integer, "to_be_confirmed" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_indicators_workspace_code" ON "indicators"  ("workspace_id", "code") `);
    await queryRunner.query(`CREATE TABLE "indicator_catalogue_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "number" integer NOT NULL, "decision" text NOT NULL, "adopted_on" date NOT NULL, "indicators" jsonb NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b48820772a50adbe09f12d013e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_indicator_catalogue_versions_number" ON "indicator_catalogue_versions"  ("workspace_id", "number") `);
    await queryRunner.query(`CREATE TABLE "profile_catalogue_versions" ("profile_id" uuid NOT NULL, "catalogue_version_id" uuid NOT NULL, CONSTRAINT "PK_2f460a6c8ee6d27bad2ebe8be82" PRIMARY KEY ("profile_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_profile_catalogue_versions_version" ON "profile_catalogue_versions"  ("catalogue_version_id") `);
    await queryRunner.query(`CREATE TABLE "data_points" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "value" double precision, "data_gap" boolean NOT NULL DEFAULT false, "unit" text NOT NULL, "period" text NOT NULL, "sex" text NOT NULL DEFAULT 'TOTAL', "age_group" text NOT NULL DEFAULT '', "country_code" text NOT NULL DEFAULT '', "source_type" text NOT NULL, "source_name" text NOT NULL, "national_definition" text, "comparability" text NOT NULL, "comparability_note" text, "note" text, "entered_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de6c249a1a4618908b2220c4e42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_data_points_workspace" ON "data_points"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_data_points_slice_organization" ON "data_points"  ("indicator_id", "period", "sex", "age_group", "country_code", "organization_id") `);
    await queryRunner.query(`CREATE TABLE "differing_figure_resolutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "period" text NOT NULL, "sex" text NOT NULL, "age_group" text NOT NULL, "country_code" text NOT NULL, "chosen_data_point_id" uuid, "footnote" text, "resolved_by_id" uuid NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d28293d079d6fde840f83b3d40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_differing_figure_resolutions_slice" ON "differing_figure_resolutions"  ("indicator_id", "period", "sex", "age_group", "country_code") `);
    await queryRunner.query(`CREATE TABLE "indicator_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "file_name" text NOT NULL, "added_count" integer NOT NULL, "replaced_count" integer NOT NULL, "imported_by_id" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7780802cb024d14a9bccd4ec705" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_indicator_imports_workspace" ON "indicator_imports"  ("workspace_id", "imported_at") `);
    await queryRunner.query(`CREATE TABLE "release_indicator_values" ("release_id" uuid NOT NULL, "position" integer NOT NULL, "indicator_code" text NOT NULL, "indicator_name" text NOT NULL, "gmg_part" text NOT NULL, "definition" text NOT NULL, "international_reference" text, "value" double precision, "data_gap" boolean NOT NULL, "unit" text NOT NULL, "period" text NOT NULL, "sex" text NOT NULL, "age_group" text NOT NULL, "country_code" text NOT NULL, "organization_name" text NOT NULL, "source_type" text NOT NULL, "source_name" text NOT NULL, "national_definition" text, "comparability" text NOT NULL, "comparability_note" text, "note" text, "selection" text NOT NULL, "footnote" text, CONSTRAINT "PK_742207d41e23ce2dd527be332a9" PRIMARY KEY ("release_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "ix_release_indicator_values_code" ON "release_indicator_values"  ("indicator_code") `);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "fk_indicators_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_catalogue_versions" ADD CONSTRAINT "fk_indicator_catalogue_versions_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_catalogue_versions" ADD CONSTRAINT "fk_indicator_catalogue_versions_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_catalogue_versions" ADD CONSTRAINT "fk_profile_catalogue_versions_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_catalogue_versions" ADD CONSTRAINT "fk_profile_catalogue_versions_version" FOREIGN KEY ("catalogue_version_id") REFERENCES "indicator_catalogue_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_points" ADD CONSTRAINT "fk_data_points_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_points" ADD CONSTRAINT "fk_data_points_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_points" ADD CONSTRAINT "fk_data_points_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_points" ADD CONSTRAINT "fk_data_points_entered_by" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" ADD CONSTRAINT "fk_differing_figure_resolutions_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" ADD CONSTRAINT "fk_differing_figure_resolutions_chosen" FOREIGN KEY ("chosen_data_point_id") REFERENCES "data_points"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" ADD CONSTRAINT "fk_differing_figure_resolutions_resolved_by" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_imports" ADD CONSTRAINT "fk_indicator_imports_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_imports" ADD CONSTRAINT "fk_indicator_imports_imported_by" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "release_indicator_values" ADD CONSTRAINT "fk_release_indicator_values_release" FOREIGN KEY ("release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // A release's frozen figures and an adopted catalogue version never change, whoever connects (docs/domain.md rule 7).
    await queryRunner.query(`CREATE FUNCTION release_indicator_values_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the figures of a release are frozen'; END $$`);
    await queryRunner.query(`CREATE TRIGGER release_indicator_values_no_update_delete BEFORE UPDATE OR DELETE ON "release_indicator_values" FOR EACH ROW EXECUTE FUNCTION release_indicator_values_immutable()`);
    await queryRunner.query(`CREATE TRIGGER release_indicator_values_no_truncate BEFORE TRUNCATE ON "release_indicator_values" FOR EACH STATEMENT EXECUTE FUNCTION release_indicator_values_immutable()`);
    await queryRunner.query(`CREATE FUNCTION indicator_catalogue_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'an adopted catalogue version never changes'; END $$`);
    await queryRunner.query(`CREATE TRIGGER indicator_catalogue_versions_no_update_delete BEFORE UPDATE OR DELETE ON "indicator_catalogue_versions" FOR EACH ROW EXECUTE FUNCTION indicator_catalogue_versions_immutable()`);
    await queryRunner.query(`CREATE TRIGGER indicator_catalogue_versions_no_truncate BEFORE TRUNCATE ON "indicator_catalogue_versions" FOR EACH STATEMENT EXECUTE FUNCTION indicator_catalogue_versions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER indicator_catalogue_versions_no_truncate ON "indicator_catalogue_versions"`);
    await queryRunner.query(`DROP TRIGGER indicator_catalogue_versions_no_update_delete ON "indicator_catalogue_versions"`);
    await queryRunner.query(`DROP FUNCTION indicator_catalogue_versions_immutable()`);
    await queryRunner.query(`DROP TRIGGER release_indicator_values_no_truncate ON "release_indicator_values"`);
    await queryRunner.query(`DROP TRIGGER release_indicator_values_no_update_delete ON "release_indicator_values"`);
    await queryRunner.query(`DROP FUNCTION release_indicator_values_immutable()`);
    await queryRunner.query(`ALTER TABLE "release_indicator_values" DROP CONSTRAINT "fk_release_indicator_values_release"`);
    await queryRunner.query(`ALTER TABLE "indicator_imports" DROP CONSTRAINT "fk_indicator_imports_imported_by"`);
    await queryRunner.query(`ALTER TABLE "indicator_imports" DROP CONSTRAINT "fk_indicator_imports_workspace"`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" DROP CONSTRAINT "fk_differing_figure_resolutions_resolved_by"`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" DROP CONSTRAINT "fk_differing_figure_resolutions_chosen"`);
    await queryRunner.query(`ALTER TABLE "differing_figure_resolutions" DROP CONSTRAINT "fk_differing_figure_resolutions_indicator"`);
    await queryRunner.query(`ALTER TABLE "data_points" DROP CONSTRAINT "fk_data_points_entered_by"`);
    await queryRunner.query(`ALTER TABLE "data_points" DROP CONSTRAINT "fk_data_points_organization"`);
    await queryRunner.query(`ALTER TABLE "data_points" DROP CONSTRAINT "fk_data_points_indicator"`);
    await queryRunner.query(`ALTER TABLE "data_points" DROP CONSTRAINT "fk_data_points_workspace"`);
    await queryRunner.query(`ALTER TABLE "profile_catalogue_versions" DROP CONSTRAINT "fk_profile_catalogue_versions_version"`);
    await queryRunner.query(`ALTER TABLE "profile_catalogue_versions" DROP CONSTRAINT "fk_profile_catalogue_versions_profile"`);
    await queryRunner.query(`ALTER TABLE "indicator_catalogue_versions" DROP CONSTRAINT "fk_indicator_catalogue_versions_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "indicator_catalogue_versions" DROP CONSTRAINT "fk_indicator_catalogue_versions_workspace"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "fk_indicators_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_release_indicator_values_code"`);
    await queryRunner.query(`DROP TABLE "release_indicator_values"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_imports_workspace"`);
    await queryRunner.query(`DROP TABLE "indicator_imports"`);
    await queryRunner.query(`DROP INDEX "public"."ux_differing_figure_resolutions_slice"`);
    await queryRunner.query(`DROP TABLE "differing_figure_resolutions"`);
    await queryRunner.query(`DROP INDEX "public"."ux_data_points_slice_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_data_points_workspace"`);
    await queryRunner.query(`DROP TABLE "data_points"`);
    await queryRunner.query(`DROP INDEX "public"."ix_profile_catalogue_versions_version"`);
    await queryRunner.query(`DROP TABLE "profile_catalogue_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ux_indicator_catalogue_versions_number"`);
    await queryRunner.query(`DROP TABLE "indicator_catalogue_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ux_indicators_workspace_code"`);
    await queryRunner.query(`DROP TABLE "indicators"`);
  }
}
