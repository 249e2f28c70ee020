import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins per e-mail, for throttling across all API instances. */
@Entity({ name: 'login_failures' })
@Index('ix_login_failures_email_at', ['email', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'at' })
  at!: Date;
}
