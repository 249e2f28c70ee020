import { MigrationInterface, QueryRunner } from 'typeorm';

export class PortalPages1796212270668 implements MigrationInterface {
  name = 'PortalPages1796212270668';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "portal_pages" ("release_id" uuid NOT NULL, "language" text NOT NULL, "page" text NOT NULL, "html" text NOT NULL, "etag" text NOT NULL, "release_status" text NOT NULL, "renderer" text NOT NULL, "rendered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea7c6858b47e5991f0acc123c79" PRIMARY KEY ("release_id", "language", "page"))`);
    await queryRunner.query(`ALTER TABLE "portal_pages" ADD CONSTRAINT "fk_portal_pages_release" FOREIGN KEY ("release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "portal_pages" DROP CONSTRAINT "fk_portal_pages_release"`);
    await queryRunner.query(`DROP TABLE "portal_pages"`);
  }
}
