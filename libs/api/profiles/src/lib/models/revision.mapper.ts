import type { RevisionEntity } from '../entities/revision.entity';
import type { RevisionModel } from './revision.model';

/** A revision for GraphQL; without `content` (a RevisionSummary), Revision.content loads it when asked. */
export const toRevisionModel = (r: Omit<RevisionEntity, 'content'> & { content?: Record<string, unknown> }): RevisionModel => ({
  id: r.id,
  number: r.number,
  content: r.content,
  html: r.html,
  text: r.text,
  contentHash: r.contentHash,
  summary: r.summary,
  restoredFromId: r.restoredFromId,
  createdAt: r.createdAt,
  sectionId: r.sectionId,
  authorId: r.authorId,
});
