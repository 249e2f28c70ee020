import { ProfileEditionEntity, ReleaseEntity, ReleaseFrameEntity, ReleaseSectionEntity } from './entities/release.entity';

export const RELEASES_ENTITIES = [ReleaseEntity, ReleaseSectionEntity, ReleaseFrameEntity, ProfileEditionEntity];
