import type { ProfileEntity } from '../entities/profile.entity';
import type { ProfileModel } from './profile.model';

export const toProfileModel = (p: ProfileEntity): ProfileModel => ({
  id: p.id,
  title: p.title,
  edition: p.edition,
  templateKey: p.templateKey,
  createdAt: p.createdAt,
  workspaceId: p.workspaceId,
  outlineStyle: p.outlineStyle,
});
