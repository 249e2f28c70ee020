import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationKind } from '@mps/shared-domain';
import { WorkspaceEntity } from './workspace.entity';

@Entity({ name: 'organizations' })
@Index('ux_organizations_workspace_name', ['workspaceId', 'name'], { unique: true })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_organizations_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
