import { MigrationInterface, QueryRunner } from 'typeorm';

/** The interface language each person chooses (null until they do): their screens, e-mails and downloads use it. */
export class UserLocale1796213000000 implements MigrationInterface {
  name = 'UserLocale1796213000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }
}
