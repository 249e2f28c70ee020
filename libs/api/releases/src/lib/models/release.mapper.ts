import type { RevisionEntity } from '@mps/api-profiles';
import type { ReleaseEntity, ReleaseSectionEntity } from '../entities/release.entity';
import { ReleaseModel, ReleaseSectionModel, ReleaseStatus } from './release.model';

export const toReleaseModel = (r: ReleaseEntity): ReleaseModel => ({
  id: r.id,
  version: r.version,
  notes: r.notes,
  status: r.status as ReleaseStatus,
  publishedAt: r.publishedAt,
  withdrawnAt: r.withdrawnAt,
  withdrawalReason: r.withdrawalReason,
  createdAt: r.preparedAt,
  profileId: r.profileId,
  workspaceId: r.workspaceId,
  preparedById: r.preparedById,
  publishedById: r.publishedById,
  withdrawnById: r.withdrawnById,
});

export const toReleaseSectionModel = (
  row: ReleaseSectionEntity,
  revision: RevisionEntity,
  key: string | null,
  workspaceId: string,
): ReleaseSectionModel => ({
  sectionId: row.sectionId,
  key,
  number: row.number,
  title: row.title,
  depth: row.depth,
  revisionNumber: revision.number,
  content: revision.content,
  html: revision.html,
  revisionId: revision.id,
  workspaceId,
});
