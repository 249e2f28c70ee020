import { ProfileEntity } from './entities/profile.entity';
import { RevisionEntity } from './entities/revision.entity';
import { SectionAssignmentEntity } from './entities/section-assignment.entity';
import { SectionEntity } from './entities/section.entity';

export const PROFILES_ENTITIES = [ProfileEntity, SectionEntity, SectionAssignmentEntity, RevisionEntity];
