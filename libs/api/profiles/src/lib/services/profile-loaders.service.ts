import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { ProfileEntity } from '../entities/profile.entity';
import { RevisionEntity } from '../entities/revision.entity';
import { SectionAssignmentEntity } from '../entities/section-assignment.entity';

/** Batch loads for the profile screen: one query per kind per request, whatever the number of sections. */
@Injectable()
export class ProfileLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  profile(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, ProfileEntity | null>('profiles.profileById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(ProfileEntity).findBy({ id: In([...ids]) }), (p) => p.id),
      )
      .load(id);
  }

  revision(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, RevisionEntity | null>('profiles.revisionById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(RevisionEntity).findBy({ id: In([...ids]) }), (r) => r.id),
      )
      .load(id);
  }

  revisionsOfSection(loaders: RequestLoaders, sectionId: string) {
    return loaders
      .get<string, RevisionEntity[]>('profiles.revisionsBySection', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(RevisionEntity)
            .find({ where: { sectionId: In([...ids]) }, order: { number: 'DESC' } }),
          (r) => r.sectionId,
        ),
      )
      .load(sectionId);
  }

  async assignedOrganizationIds(loaders: RequestLoaders, sectionId: string): Promise<string[]> {
    const rows = await loaders
      .get<string, SectionAssignmentEntity[]>('profiles.assignmentsBySection', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(SectionAssignmentEntity).findBy({ sectionId: In([...ids]) }),
          (a) => a.sectionId,
        ),
      )
      .load(sectionId);
    return rows.map((a) => a.organizationId);
  }
}
