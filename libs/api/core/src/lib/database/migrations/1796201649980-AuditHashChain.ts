import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit trail (docs/adr/0008-audit-hash-chain.md): every audit row is linked into one chain per
 * workspace (plus `platform` for events outside any workspace) by a BEFORE INSERT trigger, which serialises appends
 * per chain with an advisory lock held by the writer's transaction. Existing rows are chained here, oldest first.
 *
 * The canonical serialisation is mirrored in TypeScript by `canonicalAuditLine` (libs/api/core/src/lib/audit):
 * `npm run audit:verify` recomputes every hash with it, so the two must change together (as a new version tag).
 */
export class AuditHashChain1796201649980 implements MigrationInterface {
  name = 'AuditHashChain1796201649980';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "chain" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "prev_hash" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "hash" text`);

    // A field of the canonical line: its length in UTF-8 bytes, a colon and the text; `~` for null. The length
    // prefix makes the line unambiguous whatever the text contains.
    await queryRunner.query(`CREATE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN value IS NULL THEN '~' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
    $$`);
    await queryRunner.query(`CREATE FUNCTION audit_event_hash(
        p_chain text, p_seq bigint, p_id uuid, p_at timestamptz, p_actor_id uuid, p_workspace_id uuid,
        p_action text, p_subject_type text, p_subject_id uuid, p_data jsonb, p_prev_hash text
      ) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(concat_ws('|',
        'mps-audit-v1',
        audit_field(p_chain), audit_field(p_seq::text), audit_field(p_id::text),
        audit_field(to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
        audit_field(p_actor_id::text), audit_field(p_workspace_id::text), audit_field(p_action),
        audit_field(p_subject_type), audit_field(p_subject_id::text), audit_field(p_data::text), audit_field(p_prev_hash)
      ), 'UTF8')), 'hex')
    $$`);

    // Backfill: chain the rows written before this migration in the order they were written.
    await queryRunner.query(`ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_no_update_delete`);
    await queryRunner.query(`DO $$
      DECLARE
        r record;
        last_chain text := NULL;
        last_seq bigint := 0;
        last_hash text := NULL;
        next_hash text;
        row_chain text;
      BEGIN
        FOR r IN SELECT *, coalesce(workspace_id::text, 'platform') AS c FROM audit_events ORDER BY c, at, id LOOP
          row_chain := r.c;
          IF last_chain IS DISTINCT FROM row_chain THEN
            last_chain := row_chain; last_seq := 0; last_hash := NULL;
          END IF;
          last_seq := last_seq + 1;
          next_hash := audit_event_hash(row_chain, last_seq, r.id, r.at, r.actor_id, r.workspace_id, r.action,
            r.subject_type, r.subject_id, r.data, last_hash);
          UPDATE audit_events SET chain = row_chain, seq = last_seq, prev_hash = last_hash, hash = next_hash WHERE id = r.id;
          last_hash := next_hash;
        END LOOP;
      END $$`);
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_no_update_delete`);

    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "chain" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL`);
    // Two appends that read the same last row would fork the chain: the unique index turns that into an error.
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_audit_events_chain_seq" ON "audit_events"  ("chain", "seq") `);

    // Every insert is linked here, whatever the writer sent: the advisory lock is held until the writer's
    // transaction ends, so the next append of that chain waits and then reads this row as its predecessor.
    // at is the append time, so that it never goes backwards along a chain.
    await queryRunner.query(`CREATE FUNCTION audit_events_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_seq bigint;
        last_hash text;
      BEGIN
        NEW.chain := coalesce(NEW.workspace_id::text, 'platform');
        PERFORM pg_advisory_xact_lock(hashtextextended('audit_events:' || NEW.chain, 0));
        SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE chain = NEW.chain ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last_seq, 0) + 1;
        NEW.prev_hash := last_hash;
        NEW.at := clock_timestamp();
        NEW.hash := audit_event_hash(NEW.chain, NEW.seq, NEW.id, NEW.at, NEW.actor_id, NEW.workspace_id, NEW.action,
          NEW.subject_type, NEW.subject_id, NEW.data, NEW.prev_hash);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_link BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_link()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_link ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_link()`);
    await queryRunner.query(`DROP INDEX "public"."ux_audit_events_chain_seq"`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(text, bigint, uuid, timestamptz, uuid, uuid, text, text, uuid, jsonb, text)`);
    await queryRunner.query(`DROP FUNCTION audit_field(text)`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "chain"`);
  }
}
