import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in: the family of refresh tokens rotated from one login. Access
 * tokens name their session; revoking it ends them all at once.
 */
@Entity({ name: 'sessions' })
@Index('ix_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** logout | refresh-token-reuse | password-changed | password-reset */
  @Column({ type: 'text', name: 'revoked_reason', nullable: true })
  revokedReason!: string | null;
}
