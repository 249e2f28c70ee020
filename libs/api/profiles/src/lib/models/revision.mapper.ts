import type { RevisionEntity } from '../entities/revision.entity';
import type { RevisionModel } from './revision.model';

export const toRevisionModel = (r: RevisionEntity): RevisionModel => ({
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
