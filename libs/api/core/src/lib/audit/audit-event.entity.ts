import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the append-only audit log (docs/domain.md rule 8). Database triggers refuse UPDATE, DELETE and
 * TRUNCATE, and a BEFORE INSERT trigger links every new row into its chain (docs/adr/0008-audit-hash-chain.md):
 * `chain`, `seq`, `prev_hash`, `hash` and `at` are set by the database, whatever the writer sends.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_workspace_at', ['workspaceId', 'at'])
@Index('ux_audit_events_chain_seq', ['chain', 'seq'], { unique: true })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'at' })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', name: 'workspace_id', nullable: true })
  workspaceId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType!: string;

  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId!: string;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  /** The chain the row belongs to: its workspace's id, or `platform` for events outside any workspace. */
  @Column({ type: 'text', insert: false, update: false })
  chain!: string;

  /** Position in the chain, 1, 2, 3... without gaps (bigint, read as a string by the pg driver). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  /** The previous row's hash in the same chain; null for a chain's first row. */
  @Column({ type: 'text', name: 'prev_hash', nullable: true, insert: false, update: false })
  prevHash!: string | null;

  /** SHA-256 (hex) of this row's canonical serialisation, which includes prev_hash. */
  @Column({ type: 'text', insert: false, update: false })
  hash!: string;
}
