import { ProfileEditionEntity, ReleaseEntity, ReleaseSectionEntity } from './entities/release.entity';

export const RELEASES_ENTITIES = [ReleaseEntity, ReleaseSectionEntity, ProfileEditionEntity];
