import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit log (docs/domain.md rule 8). A database trigger refuses UPDATE and DELETE. */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_workspace_at', ['workspaceId', 'at'])
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
}
