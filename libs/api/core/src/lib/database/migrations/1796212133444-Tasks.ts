import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tasks1796212133444 implements MigrationInterface {
  name = 'Tasks1796212133444';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "section_id" uuid, "review_cycle_id" uuid, "title" text NOT NULL, "description" text, "status" text NOT NULL DEFAULT 'OPEN', "assignee_user_id" uuid, "assignee_organization_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "source_key" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status_changed_by_id" uuid, "status_changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_tasks_status" CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')), CONSTRAINT "ck_tasks_one_assignee" CHECK ((assignee_user_id IS NULL) <> (assignee_organization_id IS NULL)), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_tasks_review_cycle" ON "tasks"  ("review_cycle_id") WHERE review_cycle_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_tasks_section" ON "tasks"  ("section_id") WHERE section_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_tasks_workspace_status_due" ON "tasks"  ("workspace_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "ix_tasks_assignee_organization" ON "tasks"  ("assignee_organization_id", "status") WHERE assignee_organization_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_tasks_assignee_user" ON "tasks"  ("assignee_user_id", "status") WHERE assignee_user_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_tasks_source_key" ON "tasks"  ("workspace_id", "source_key") WHERE source_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_profile" FOREIGN KEY ("profile_id") REFERENCES "profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_review_cycle" FOREIGN KEY ("review_cycle_id") REFERENCES "review_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_assignee_user" FOREIGN KEY ("assignee_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_assignee_organization" FOREIGN KEY ("assignee_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_status_changed_by" FOREIGN KEY ("status_changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_status_changed_by"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_created_by"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_assignee_organization"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_assignee_user"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_review_cycle"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_section"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ux_tasks_source_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_assignee_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_assignee_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_section"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_review_cycle"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
  }
}
