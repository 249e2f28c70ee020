import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { IamLoaders, OrganizationEntity } from '@mps/api-iam';
import { ProfileEntity } from '../entities/profile.entity';
import { RevisionEntity } from '../entities/revision.entity';
import { SectionAssignmentEntity } from '../entities/section-assignment.entity';
import { SectionEntity } from '../entities/section.entity';

/**
 * A revision as screens and lists show it: everything but its ProseMirror JSON (`content`), which only the editor
 * needs and which costs more to read and parse than the rest of the profile screen together (see
 * docs/architecture.md, "The profile read path"); `Revision.content` loads it on demand.
 */
export type RevisionSummary = Omit<RevisionEntity, 'content' | 'section' | 'author'>;

/** The columns of a RevisionSummary and its fields (read without TypeORM's per-row hydration). */
const REVISION_SUMMARY_FIELDS: ReadonlyArray<readonly [column: string, field: keyof RevisionSummary]> = [
  ['id', 'id'],
  ['section_id', 'sectionId'],
  ['number', 'number'],
  ['html', 'html'],
  ['text', 'text'],
  ['content_hash', 'contentHash'],
  ['summary', 'summary'],
  ['author_id', 'authorId'],
  ['restored_from_id', 'restoredFromId'],
  ['created_at', 'createdAt'],
];
const REVISION_SUMMARY_COLUMNS = REVISION_SUMMARY_FIELDS.map(([column, field]) => `${column} AS "${field}"`).join(', ');

/** Batch loads for the profile screen: one query per kind per request, whatever the number of sections. */
@Injectable()
export class ProfileLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly iam: IamLoaders,
  ) {}

  profile(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, ProfileEntity | null>('profiles.profileById', async (ids) =>
        oneByKeys(ids, await this.dataSource.getRepository(ProfileEntity).findBy({ id: In([...ids]) }), (p) => p.id),
      )
      .load(id);
  }

  revision(loaders: RequestLoaders, id: string): Promise<RevisionSummary | null> {
    return this.revisionLoader(loaders).load(id);
  }

  private revisionLoader(loaders: RequestLoaders) {
    return loaders.get<string, RevisionSummary | null>('profiles.revisionById', async (ids) =>
      oneByKeys(
        ids,
        await this.dataSource.query<RevisionSummary[]>(`SELECT ${REVISION_SUMMARY_COLUMNS} FROM revisions WHERE id = ANY($1::uuid[])`, [ids]),
        (r) => r.id,
      ),
    );
  }

  /**
   * A profile's outline (sections not archived) in one statement, with what the query will ask of each section
   * loaded in the same statement: its current revision's summary and its assigned organisations (their rows, not only
   * their ids). Those go into the request's loaders, so that the field resolvers find them there instead of querying
   * again: after this statement the profile screen's sections need no other.
   */
  async outline(loaders: RequestLoaders, profileId: string, include: { currentRevisions: boolean; assignments: boolean }): Promise<SectionEntity[]> {
    const revisionColumns = include.currentRevisions
      ? `, CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(${REVISION_SUMMARY_FIELDS.map(([column, field]) => `'${field}', r.${column}`).join(', ')}) END AS "currentRevision"`
      : '';
    const assignmentColumn = include.assignments
      ? `, (SELECT coalesce(json_agg(json_build_object('id', o.id, 'workspaceId', o.workspace_id, 'name', o.name, 'acronym', o.acronym, 'kind', o.kind, 'createdAt', o.created_at)), '[]')
              FROM section_assignments a JOIN organizations o ON o.id = a.organization_id WHERE a.section_id = s.id) AS "organizations"`
      : '';
    type Dated<T> = Omit<T, 'createdAt'> & { createdAt: string };
    const rows = await this.dataSource.query<Array<SectionEntity & { currentRevision?: Dated<RevisionSummary> | null; organizations?: Array<Dated<OrganizationEntity>> }>>(
      `SELECT s.id, s.profile_id AS "profileId", s.parent_id AS "parentId", s.key, s.title, s.position, s.numbering,
              s.current_revision_id AS "currentRevisionId", s.review_status AS "reviewStatus", s.archived_at AS "archivedAt",
              s.created_at AS "createdAt"${revisionColumns}${assignmentColumn}
         FROM sections s ${include.currentRevisions ? 'LEFT JOIN revisions r ON r.id = s.current_revision_id' : ''}
        WHERE s.profile_id = $1 AND s.archived_at IS NULL`,
      [profileId],
    );
    const revisions = this.revisionLoader(loaders);
    const assignments = this.assignmentLoader(loaders);
    return rows.map(({ currentRevision, organizations, ...section }) => {
      // JSON carries timestamps as text: the same Date the loaders give.
      if (currentRevision) revisions.prime(currentRevision.id, { ...currentRevision, createdAt: new Date(currentRevision.createdAt) });
      if (organizations) {
        assignments.prime(section.id, organizations.map((o) => ({ sectionId: section.id, organizationId: o.id }) as SectionAssignmentEntity));
        for (const o of organizations) this.iam.primeOrganization(loaders, { ...o, createdAt: new Date(o.createdAt) } as OrganizationEntity);
      }
      return section;
    });
  }

  revisionsOfSection(loaders: RequestLoaders, sectionId: string): Promise<RevisionSummary[]> {
    return loaders
      .get<string, RevisionSummary[]>('profiles.revisionsBySection', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.query<RevisionSummary[]>(
            `SELECT ${REVISION_SUMMARY_COLUMNS} FROM revisions WHERE section_id = ANY($1::uuid[]) ORDER BY number DESC`,
            [ids],
          ),
          (r) => r.sectionId,
        ),
      )
      .load(sectionId);
  }

  /** A revision's ProseMirror JSON, for the queries that ask for it. */
  revisionContent(loaders: RequestLoaders, id: string): Promise<Record<string, unknown> | null> {
    return loaders
      .get<string, Record<string, unknown> | null>('profiles.revisionContentById', async (ids) => {
        const rows = await this.dataSource.query<Array<{ id: string; content: Record<string, unknown> }>>(
          'SELECT id, content FROM revisions WHERE id = ANY($1::uuid[])',
          [ids],
        );
        return oneByKeys(ids, rows, (r) => r.id).map((row) => row?.content ?? null);
      })
      .load(id);
  }

  async assignedOrganizationIds(loaders: RequestLoaders, sectionId: string): Promise<string[]> {
    const rows = await this.assignmentLoader(loaders).load(sectionId);
    return rows.map((a) => a.organizationId);
  }

  private assignmentLoader(loaders: RequestLoaders) {
    return loaders.get<string, SectionAssignmentEntity[]>('profiles.assignmentsBySection', async (ids) =>
      groupByKeys(
        ids,
        await this.dataSource.getRepository(SectionAssignmentEntity).findBy({ sectionId: In([...ids]) }),
        (a) => a.sectionId,
      ),
    );
  }
}
