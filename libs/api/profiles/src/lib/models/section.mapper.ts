import type { OutlineStyle } from '@mps/shared-domain';
import type { ProfileEntity } from '../entities/profile.entity';
import type { SectionEntity } from '../entities/section.entity';
import { SectionModel, SectionOutlineDetails, SectionStatus } from './profile.model';

export const outlineStyleOf = (profile: Pick<ProfileEntity, 'outlineStyle'>): OutlineStyle =>
  profile.outlineStyle === 'LETTERED_CHAPTERS' ? 'LETTERED_CHAPTERS' : 'DECIMAL';

export function toSectionModel(
  section: Omit<SectionEntity, 'createdAt'>,
  profile: Pick<ProfileEntity, 'id' | 'workspaceId'>,
  number: string,
  depth: number,
  outlineDetails?: SectionOutlineDetails,
): SectionModel {
  return {
    id: section.id,
    parentId: section.parentId,
    key: section.key,
    number,
    title: section.title,
    position: section.position,
    depth,
    status: section.reviewStatus as SectionStatus,
    archived: section.archivedAt !== null,
    numbered: section.numbering === 'NUMBERED',
    profileId: profile.id,
    workspaceId: profile.workspaceId,
    currentRevisionId: section.currentRevisionId,
    outlineDetails,
  };
}
