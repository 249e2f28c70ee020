import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkspaceKind } from '@mps/shared-domain';

/** One Technical Working Group: the tenancy boundary (docs/domain.md rule 1). */
@Entity({ name: 'workspaces' })
@Index('ux_workspaces_slug', ['slug'], { unique: true })
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: WorkspaceKind;

  @Column({ type: 'text', name: 'country_code', nullable: true })
  countryCode!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
