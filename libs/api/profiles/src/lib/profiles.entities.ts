import { ProfileEntity } from './entities/profile.entity';
import { SectionAssignmentEntity } from './entities/section-assignment.entity';
import { SectionEntity } from './entities/section.entity';

export const PROFILES_ENTITIES = [ProfileEntity, SectionEntity, SectionAssignmentEntity];
