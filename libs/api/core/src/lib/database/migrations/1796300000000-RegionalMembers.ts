import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionalMembers1796300000000 implements MigrationInterface {
  name = 'RegionalMembers1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "regional_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "regional_workspace_id" uuid NOT NULL, "member_workspace_id" uuid NOT NULL, "added_by_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_by_id" uuid, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_regional_members" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_regional_members_current" ON "regional_members"  ("regional_workspace_id", "member_workspace_id") WHERE removed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_regional_members_member" ON "regional_members"  ("member_workspace_id") `);
    await queryRunner.query(`ALTER TABLE "regional_members" ADD CONSTRAINT "fk_regional_members_regional" FOREIGN KEY ("regional_workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "regional_members" ADD CONSTRAINT "fk_regional_members_member" FOREIGN KEY ("member_workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "regional_members" ADD CONSTRAINT "fk_regional_members_added_by" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "regional_members" ADD CONSTRAINT "fk_regional_members_removed_by" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "regional_members" DROP CONSTRAINT "fk_regional_members_removed_by"`);
    await queryRunner.query(`ALTER TABLE "regional_members" DROP CONSTRAINT "fk_regional_members_added_by"`);
    await queryRunner.query(`ALTER TABLE "regional_members" DROP CONSTRAINT "fk_regional_members_member"`);
    await queryRunner.query(`ALTER TABLE "regional_members" DROP CONSTRAINT "fk_regional_members_regional"`);
    await queryRunner.query(`DROP INDEX "public"."ix_regional_members_member"`);
    await queryRunner.query(`DROP INDEX "public"."ux_regional_members_current"`);
    await queryRunner.query(`DROP TABLE "regional_members"`);
  }
}
