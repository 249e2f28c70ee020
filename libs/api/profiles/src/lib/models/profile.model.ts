import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrganizationEntity } from '@mps/api-iam';
import type { RevisionEntity } from '../entities/revision.entity';

/**
 * What the outline's statement (ProfileLoaders.outline) read with a section, for the Section field resolvers to
 * answer from without a loader: its current revision (only the columns the query asks for; null when the section
 * has none) and its assigned organisations' rows. A field left undefined was not read: the resolver loads it.
 */
export interface SectionOutlineDetails {
  currentRevision?: (Pick<RevisionEntity, 'id' | 'sectionId' | 'number'> & Partial<Omit<RevisionEntity, 'content' | 'section' | 'author'>>) | null;
  organizations?: OrganizationEntity[];
}

export enum SectionStatus {
  DRAFTING = 'DRAFTING',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
}
registerEnumType(SectionStatus, { name: 'SectionStatus' });

@ObjectType('Profile')
export class ProfileModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() edition!: string;
  @Field(() => String, { nullable: true, description: 'Template the outline started from, e.g. iom-standard.' })
  templateKey!: string | null;
  @Field() createdAt!: Date;
  workspaceId!: string;
  outlineStyle!: string;
}

@ObjectType('Section')
export class SectionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field({ description: 'Outline number derived from the tree, e.g. "2.1".' }) number!: string;
  @Field(() => String, { nullable: true, description: 'Stable template key, kept across renumbering and editions.' })
  key!: string | null;
  @Field() title!: string;
  @Field(() => Int) position!: number;
  @Field(() => Number, { description: 'Depth in the outline: 0 for chapters and front matter.' }) depth!: number;
  @Field(() => SectionStatus) status!: SectionStatus;
  @Field({ description: 'Archived sections keep their history but leave the outline.' }) archived!: boolean;
  @Field({ description: 'False for unnumbered sections (front matter, annexes).' }) numbered!: boolean;
  profileId!: string;
  workspaceId!: string;
  currentRevisionId!: string | null;
  /** Present on sections read by the profile's outline (see SectionOutlineDetails). */
  outlineDetails?: SectionOutlineDetails;
}
