import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottlesPerAccountAndAddress1796190256945 implements MigrationInterface {
  name = 'LoginThrottlesPerAccountAndAddress1796190256945';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttles" ("scope" text NOT NULL, "email" text NOT NULL, "address" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ea0179762d26115d4a227b9c63e" PRIMARY KEY ("scope", "email", "address"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_throttles_last_attempt_at" ON "login_throttles"  ("last_attempt_at") `);
    // The per-e-mail failure log is replaced by per-(e-mail, address) and per-address counters: its rows only ever
    // mattered for 15 minutes, so nothing is carried over.
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failures_email_at" ON "login_failures"  ("email", "at") `);
    await queryRunner.query(`DROP INDEX "public"."ix_login_throttles_last_attempt_at"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
  }
}
