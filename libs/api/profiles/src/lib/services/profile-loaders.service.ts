import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys, oneByKeys, RequestLoaders } from '@mps/api-core';
import { IamLoaders, OrganizationEntity } from '@mps/api-iam';
import { ProfileEntity } from '../entities/profile.entity';
import { RevisionEntity } from '../entities/revision.entity';
import { SectionAssignmentEntity } from '../entities/section-assignment.entity';
import { SectionEntity } from '../entities/section.entity';
import type { SectionOutlineDetails } from '../models/profile.model';

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

/** The revision columns the outline reads for the fields asked of `currentRevision` (id, section and number always). */
function outlineRevisionColumns(asked: ReadonlySet<string>): ReadonlyArray<readonly [column: string, field: keyof RevisionSummary]> {
  const needed = new Set<string>(['id', 'sectionId', 'number', ...asked]);
  if (asked.has('author')) needed.add('authorId');
  if (asked.has('section')) needed.add('sectionId');
  return REVISION_SUMMARY_FIELDS.filter(([, field]) => needed.has(field));
}

/** A section as the outline's statement reads it, with what it read for the section's fields. */
export type OutlineSection = Omit<SectionEntity, 'createdAt'> & { outlineDetails: SectionOutlineDetails };

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
   * read in the same statement: its current revision (by primary key, only the columns of the fields asked, never
   * `content`) and its assigned organisations' rows. They travel on each row as `outlineDetails`, from which the
   * Section field resolvers answer directly (no loader, no promise per field): after this statement the profile
   * screen's sections need no other.
   *
   * `revisionFields`: the fields the query asks of `currentRevision` (null: it does not ask for it). The sections'
   * `createdAt` is not read (no field shows it).
   */
  async outline(
    loaders: RequestLoaders,
    profileId: string,
    include: { revisionFields: ReadonlySet<string> | null; assignments: boolean },
  ): Promise<OutlineSection[]> {
    const revisionColumns = include.revisionFields ? outlineRevisionColumns(include.revisionFields) : [];
    const assignmentColumn = include.assignments
      ? `, (SELECT coalesce(json_agg(json_build_object('id', o.id, 'workspaceId', o.workspace_id, 'name', o.name, 'acronym', o.acronym, 'kind', o.kind, 'createdAt', o.created_at)), '[]')
              FROM section_assignments a JOIN organizations o ON o.id = a.organization_id WHERE a.section_id = s.id) AS "organizations"`
      : '';
    type Dated<T> = Omit<T, 'createdAt'> & { createdAt: string };
    type Row = SectionEntity & { organizations?: Array<Dated<OrganizationEntity>> } & Record<string, unknown>;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT s.id, s.profile_id AS "profileId", s.parent_id AS "parentId", s.key, s.title, s.position, s.numbering,
              s.current_revision_id AS "currentRevisionId", s.review_status AS "reviewStatus"${revisionColumns.map(([column, field]) => `, r.${column} AS "r.${field}"`).join('')}${assignmentColumn}
         FROM sections s ${include.revisionFields ? 'LEFT JOIN revisions r ON r.id = s.current_revision_id' : ''}
        WHERE s.profile_id = $1 AND s.archived_at IS NULL`,
      [profileId],
    );
    const organizationsById = new Map<string, OrganizationEntity>();
    const complete = revisionColumns.length === REVISION_SUMMARY_FIELDS.length;
    return rows.map((row) => {
      const section: OutlineSection = {
        id: row.id,
        profileId: row.profileId,
        parentId: row.parentId,
        key: row.key,
        title: row.title,
        position: row.position,
        numbering: row.numbering,
        currentRevisionId: row.currentRevisionId,
        reviewStatus: row.reviewStatus,
        // Not archived (the statement's condition); its creation time is not shown, so not read (a Date to parse).
        archivedAt: null,
        outlineDetails: {},
      } as OutlineSection;
      if (include.revisionFields) {
        let revision: Record<string, unknown> | null = null;
        if (row.currentRevisionId !== null && row['r.id'] !== null) {
          revision = {};
          for (const [, field] of revisionColumns) revision[field] = row[`r.${field}`];
        }
        section.outlineDetails.currentRevision = revision as SectionOutlineDetails['currentRevision'];
        // Other fields of the request (a comment's revision) find a whole summary in the loader.
        if (revision && complete) this.revisionLoader(loaders).prime(revision['id'] as string, revision as unknown as RevisionSummary);
      }
      if (row.organizations) {
        // JSON carries timestamps as text: the same Date the loaders give; one object per organisation.
        section.outlineDetails.organizations = row.organizations.map((o) => {
          let organization = organizationsById.get(o.id);
          if (!organization) {
            organization = { ...o, createdAt: new Date(o.createdAt) } as OrganizationEntity;
            organizationsById.set(o.id, organization);
            this.iam.primeOrganization(loaders, organization);
          }
          return organization;
        });
        // For the other fields of the request that ask for a section's assignments (a comment's canReply).
        this.assignmentLoader(loaders).prime(section.id, row.organizations.map((o) => ({ sectionId: section.id, organizationId: o.id }) as SectionAssignmentEntity));
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
