import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '@mps/api-iam';
import { SectionEntity } from './section.entity';

/** An organisation responsible for drafting a section (its focal points may save it). */
@Entity({ name: 'section_assignments' })
@Index('ix_section_assignments_organization', ['organizationId'])
export class SectionAssignmentEntity {
  @PrimaryColumn({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_section_assignments_section' })
  section?: SectionEntity;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_section_assignments_organization' })
  organization?: OrganizationEntity;
}
