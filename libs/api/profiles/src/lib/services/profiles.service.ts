import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService, BadUserInputError, isUuid, NotFoundError, RequestLoaders, requiredText } from '@mps/api-core';
import { AccessService, Actor, MembershipEntity, OrganizationEntity, WorkspaceAccess, WorkspaceEntity } from '@mps/api-iam';
import { orderOutline, PROFILE_TEMPLATES, TemplateSection } from '@mps/shared-domain';
import { ProfileEntity } from '../entities/profile.entity';
import { SectionEntity } from '../entities/section.entity';
import { CreateProfileInput } from '../models/profile.inputs';
import { SectionModel, SectionOutlineDetails } from '../models/profile.model';
import { outlineStyleOf, toSectionModel } from '../models/section.mapper';
import { ProfileLoaders } from './profile-loaders.service';
import { SectionAccessService } from './section-access.service';

@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sectionAccess: SectionAccessService,
    private readonly profileLoaders: ProfileLoaders,
  ) {}

  /** A profile the caller may read; `withWorkspace` reads its workspace in the same statement (`profile.workspace`). */
  async get(
    actor: Actor,
    id: string,
    options: { withWorkspace?: boolean; withOrganizations?: boolean } = {},
  ): Promise<{ profile: ProfileEntity; access: WorkspaceAccess; organizations: OrganizationEntity[] | null }> {
    // One statement: the profile, the caller's membership of its workspace (the access check needs it next: one
    // round trip less) and, when asked, the workspace and its organisations (by name). Plain SQL with the entities'
    // columns from TypeORM's metadata: building and hydrating this join through the query builder cost more CPU
    // than the rest of the profile's own work (docs/performance.md).
    let profile: (ProfileEntity & { callerMembership?: MembershipEntity | null; workspaceOrganizations?: OrganizationEntity[] }) | null = null;
    if (isUuid(id)) {
      const sql = this.profileStatement(options);
      const row = (await this.dataSource.query<Array<Record<string, unknown>>>(sql.text, [id, actor.userId]))[0];
      if (row) {
        profile = sql.profile.read(row) as ProfileEntity;
        profile.callerMembership = sql.membership.read(row) as MembershipEntity | null;
        if (options.withWorkspace) profile.workspace = sql.workspace.read(row) as WorkspaceEntity;
        if (options.withOrganizations) profile.workspaceOrganizations = ((row['organizations'] as Array<Record<string, unknown>>) ?? []).map((o) => sql.organization.fromJson(o) as OrganizationEntity);
      }
    }
    if (!profile) throw new NotFoundError('Profile');
    this.access.primeMembership(actor, profile.workspaceId, profile.callerMembership ?? null);
    const organizations = options.withOrganizations ? (profile.workspaceOrganizations ?? []) : null;
    delete profile.callerMembership;
    delete profile.workspaceOrganizations;
    const access = await this.access.authorize(actor, 'profile', profile.workspaceId, 'Profile');
    return { profile, access, organizations };
  }

  private readonly profileStatements = new Map<string, ReturnType<ProfilesService['buildProfileStatement']>>();

  /** The statement of `get` for these options (built once from the entities' metadata). */
  private profileStatement(options: { withWorkspace?: boolean; withOrganizations?: boolean }) {
    const key = `${Boolean(options.withWorkspace)}:${Boolean(options.withOrganizations)}`;
    let statement = this.profileStatements.get(key);
    if (!statement) this.profileStatements.set(key, (statement = this.buildProfileStatement(options)));
    return statement;
  }

  private buildProfileStatement(options: { withWorkspace?: boolean; withOrganizations?: boolean }) {
    const profile = entityColumns(this.dataSource, ProfileEntity, 'p');
    const membership = entityColumns(this.dataSource, MembershipEntity, 'm');
    const workspace = entityColumns(this.dataSource, WorkspaceEntity, 'w');
    const organization = entityColumns(this.dataSource, OrganizationEntity, 'o');
    const select = [profile.select, membership.select, ...(options.withWorkspace ? [workspace.select] : [])];
    if (options.withOrganizations) {
      select.push(`(SELECT coalesce(json_agg(${organization.jsonObject} ORDER BY o.name), '[]') FROM organizations o WHERE o.workspace_id = p.workspace_id) AS "organizations"`);
    }
    const text = `SELECT ${select.join(', ')}
                    FROM profiles p
                    LEFT JOIN memberships m ON m.workspace_id = p.workspace_id AND m.user_id = $2 AND m.status = 'ACTIVE'
                    ${options.withWorkspace ? 'JOIN workspaces w ON w.id = p.workspace_id' : ''}
                   WHERE p.id = $1`;
    return { text, profile, membership, workspace, organization };
  }

  listForWorkspaces(workspaceIds: readonly string[]): Promise<ProfileEntity[]> {
    return this.dataSource
      .getRepository(ProfileEntity)
      .find({ where: { workspaceId: In([...workspaceIds]) }, order: { createdAt: 'DESC' } });
  }

  async create(actor: Actor, input: CreateProfileInput): Promise<ProfileEntity> {
    if (!isUuid(input.workspaceId)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'createProfile', input.workspaceId);
    const title = requiredText(input.title, 'title', 'Title');
    const edition = requiredText(input.edition, 'edition', 'Edition', 40);
    const template = input.templateKey ? PROFILE_TEMPLATES[input.templateKey] : null;
    if (input.templateKey && !template) {
      throw new BadUserInputError(
        `Unknown template "${input.templateKey}". Available: ${Object.keys(PROFILE_TEMPLATES).join(', ')}.`,
        'templateKey',
      );
    }
    return this.dataSource.transaction((manager) =>
      this.insertProfile(manager, actor.userId, { workspaceId: input.workspaceId, title, edition }, template?.key ?? null),
    );
  }

  /** Writes a validated profile, its template outline and the audit line (also used by the demo seed). */
  async insertProfile(
    manager: EntityManager,
    actorId: string | null,
    fields: { workspaceId: string; title: string; edition: string },
    templateKey: string | null,
  ): Promise<ProfileEntity> {
    const template = templateKey ? PROFILE_TEMPLATES[templateKey] : null;
    const profile = await manager.save(
      ProfileEntity,
      manager.create(ProfileEntity, {
        ...fields,
        templateKey: template?.key ?? null,
        outlineStyle: template?.style ?? 'DECIMAL',
      }),
    );
    if (template) await this.insertTemplateSections(manager, profile.id, null, template.sections);
    await this.audit.record(manager, {
      actorId,
      workspaceId: profile.workspaceId,
      action: 'profile.created',
      subjectType: 'Profile',
      subjectId: profile.id,
      data: { title: profile.title, edition: profile.edition, templateKey: profile.templateKey },
    });
    return profile;
  }

  /**
   * The outline as the caller may read it: ordered depth-first, numbered over the whole outline (a contributor's
   * A.4 is the same A.4 everyone sees). Contributors read only the sections of the review cycles their organisation
   * takes part in.
   */
  async outline(
    profile: ProfileEntity,
    access: WorkspaceAccess,
    load?: { loaders: RequestLoaders; revisionFields: ReadonlySet<string> | null; assignments: boolean },
  ): Promise<SectionModel[]> {
    const readable = await this.sectionAccess.readableSectionIds(access, profile.id);
    if (readable !== 'all' && readable.size === 0) return [];
    const sections: Array<Omit<SectionEntity, 'createdAt'> & { outlineDetails?: SectionOutlineDetails }> = load
      ? await this.profileLoaders.outline(load.loaders, profile.id, load)
      : await this.dataSource.getRepository(SectionEntity).find({ where: { profileId: profile.id, archivedAt: IsNull() } });
    return orderOutline(sections, outlineStyleOf(profile))
      .filter(({ node }) => readable === 'all' || readable.has(node.id))
      .map(({ node, number, depth }) => toSectionModel(node, profile, number, depth, node.outlineDetails));
  }

  private async insertTemplateSections(
    manager: EntityManager,
    profileId: string,
    parentId: string | null,
    sections: readonly TemplateSection[],
  ): Promise<void> {
    for (const [position, section] of sections.entries()) {
      const saved = await manager.save(
        SectionEntity,
        manager.create(SectionEntity, {
          profileId,
          parentId,
          key: section.key,
          title: section.title,
          position,
          numbering: section.numbering,
        }),
      );
      if (section.children?.length) await this.insertTemplateSections(manager, profileId, saved.id, section.children);
    }
  }
}

/**
 * An entity's columns for plain SQL under `alias`: selected as `"alias.property"` and read back into an entity
 * (null when the row's id is null: a left join that found nothing), or as one JSON object read back with its dates.
 */
function entityColumns<T>(dataSource: DataSource, entity: new () => T, alias: string) {
  const metadata = dataSource.getMetadata(entity);
  const seen = new Set<string>();
  const columns = metadata.columns.filter((c) => !seen.has(c.databaseName) && seen.add(c.databaseName));
  const isDate = (type: unknown) => type === 'timestamptz' || type === 'timestamp' || type === Date;
  return {
    select: columns.map((c) => `${alias}.${c.databaseName} AS "${alias}.${c.propertyName}"`).join(', '),
    jsonObject: `json_build_object(${columns.map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}`).join(', ')})`,
    read(row: Record<string, unknown>): T | null {
      if (row[`${alias}.id`] === null || row[`${alias}.id`] === undefined) return null;
      const value = new entity() as Record<string, unknown>;
      for (const c of columns) value[c.propertyName] = row[`${alias}.${c.propertyName}`];
      return value as T;
    },
    fromJson(json: Record<string, unknown>): T {
      const value = new entity() as Record<string, unknown>;
      for (const c of columns) {
        const v = json[c.propertyName];
        value[c.propertyName] = v !== null && v !== undefined && isDate(c.type) ? new Date(v as string) : v;
      }
      return value as T;
    },
  };
}
