import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@mps/api-core';
import { Actor, MembershipEntity, OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { DataPointsService, IndicatorEntity, RegionalMemberEntity } from '@mps/api-indicators';
import { ProfilesService, RevisionsService, SectionEntity } from '@mps/api-profiles';
import { ReleasesService } from '@mps/api-releases';
import type { Comparability, DataPointFields, DataSourceType } from '@mps/shared-domain';
import { STARTER_CATALOGUE } from './demo-indicators';

/**
 * The regional demo (issue 11 item 8): two more clearly fictional countries, each with a published release of a few
 * figures, and a regional workspace that lists them and Norland as member countries. Country codes are from the
 * user-assigned range (XE, XV) like Norland's XN; every figure is marked fictional.
 */
export const DEMO_REGIONAL_WORKSPACE = { name: 'Northern Seas Migration Partnership', slug: 'northern-seas', kind: 'REGIONAL' as const, countryCode: null };

/** The regional demo's accounts (coordinators; same password rules as the national demo). Printed with the others. */
export const DEMO_REGIONAL_USERS: ReadonlyArray<{ email: string; displayName: string; password: string; workspace: string }> = [
  { email: 'regional@demo.example', displayName: 'Rita Regional', password: 'Coordinator-demo-2024', workspace: 'northern-seas' },
  { email: 'coordinator.estmark@demo.example', displayName: 'Erik Estmark', password: 'Coordinator-demo-2024', workspace: 'estmark' },
  { email: 'coordinator.valdoria@demo.example', displayName: 'Vera Valdoria', password: 'Coordinator-demo-2024', workspace: 'valdoria' },
];

type Figure = { code: string; values: Record<string, number>; source: DataSourceType; sourceName: string; comparability: Comparability; note?: string; nationalDefinition?: string };

const COUNTRIES: ReadonlyArray<{ name: string; slug: string; countryCode: string; office: string; acronym: string; edition: string; figures: Figure[] }> = [
  {
    name: 'Republic of Estmark',
    slug: 'estmark',
    countryCode: 'XE',
    office: 'Statistics Estmark',
    acronym: 'SE',
    edition: '2020',
    figures: [
      { code: 'IMM.STOCK', values: { 2016: 51200, 2017: 52900, 2018: 54350 }, source: 'ADMINISTRATIVE_REGISTER', sourceName: 'Population register (demo)', comparability: 'COMPARABLE' },
      { code: 'REM.IN', values: { 2016: 640, 2017: 655, 2018: 702 }, source: 'SURVEY', sourceName: 'Balance of payments statistics (demo)', comparability: 'COMPARABLE' },
      { code: 'POP.TOTAL', values: { 2016: 1912000, 2018: 1918400 }, source: 'ADMINISTRATIVE_REGISTER', sourceName: 'Population register (demo)', comparability: 'COMPARABLE' },
    ],
  },
  {
    name: 'Kingdom of Valdoria',
    slug: 'valdoria',
    countryCode: 'XV',
    office: 'Valdoria Office for National Statistics',
    acronym: 'VONS',
    edition: '2021',
    figures: [
      {
        code: 'IMM.STOCK',
        values: { 2016: 120400, 2018: 126800 },
        source: 'ADMINISTRATIVE_REGISTER',
        sourceName: 'Register of residence permits (demo)',
        comparability: 'NOT_COMPARABLE',
        note: 'Counts foreign citizens holding a residence permit, not persons born abroad.',
        nationalDefinition: 'Foreign citizens holding a valid residence permit on 31 December of the reference year.',
      },
      { code: 'REM.IN', values: { 2016: 2310, 2017: 2295, 2018: 2380 }, source: 'SURVEY', sourceName: 'Balance of payments statistics (demo)', comparability: 'COMPARABLE' },
      {
        code: 'POP.TOTAL',
        values: { 2016: 5402000, 2018: 5420500 },
        source: 'CENSUS',
        sourceName: 'Population estimates based on the 2011 census (demo)',
        comparability: 'PARTLY_COMPARABLE',
        note: 'De jure population including citizens abroad for less than a year.',
      },
    ],
  },
];

@Injectable()
export class DemoRegionalSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dataPoints: DataPointsService,
    private readonly profiles: ProfilesService,
    private readonly revisions: RevisionsService,
    private readonly releases: ReleasesService,
    private readonly audit: AuditService,
  ) {}

  /** `hashes` maps each demo password to its hash; `norlandId` is the national demo workspace. */
  async seed(norlandId: string, hashes: ReadonlyMap<string, string>): Promise<void> {
    const accounts = new Map<string, string>();
    for (const u of DEMO_REGIONAL_USERS) {
      const saved = await this.dataSource
        .getRepository(UserEntity)
        .save({ email: u.email, displayName: u.displayName, passwordHash: hashes.get(u.password)!, isPlatformAdmin: false });
      accounts.set(u.workspace, saved.id);
    }
    const memberIds = [norlandId];
    for (const country of COUNTRIES) memberIds.push(await this.country(country, accounts.get(country.slug)!));

    await this.dataSource.transaction(async (manager) => {
      const regional = await manager.save(WorkspaceEntity, manager.create(WorkspaceEntity, DEMO_REGIONAL_WORKSPACE));
      const secretariat = await manager.save(
        OrganizationEntity,
        manager.create(OrganizationEntity, { workspaceId: regional.id, name: 'Northern Seas Partnership Secretariat', acronym: 'NSPS', kind: 'INTERNATIONAL_ORGANIZATION' }),
      );
      const coordinatorId = accounts.get(regional.slug)!;
      await manager.save(MembershipEntity, manager.create(MembershipEntity, { userId: coordinatorId, workspaceId: regional.id, organizationId: secretariat.id, role: 'COORDINATOR' }));
      // The regional catalogue names the international references the comparison measures against.
      await manager.insert(
        IndicatorEntity,
        STARTER_CATALOGUE.map((entry) => ({ workspaceId: regional.id, ...entry, sdgTarget: entry.sdgTarget ?? null, gcmObjective: entry.gcmObjective ?? null, toBeConfirmed: true })),
      );
      for (const memberWorkspaceId of memberIds) {
        const member = await manager.save(RegionalMemberEntity, manager.create(RegionalMemberEntity, { regionalWorkspaceId: regional.id, memberWorkspaceId, addedById: coordinatorId }));
        await this.audit.record(manager, {
          actorId: coordinatorId,
          workspaceId: regional.id,
          action: 'regional-member.added',
          subjectType: 'Workspace',
          subjectId: memberWorkspaceId,
          data: { regionalMemberId: member.id },
        });
      }
    });
  }

  /** A national workspace with its coordinator, the starter catalogue, a few figures and a published release. */
  private async country(country: (typeof COUNTRIES)[number], coordinatorId: string): Promise<string> {
    const { workspaceId, organizationId, sectionId, profileId } = await this.dataSource.transaction(async (manager) => {
      const workspace = await manager.save(WorkspaceEntity, manager.create(WorkspaceEntity, { name: country.name, slug: country.slug, kind: 'NATIONAL', countryCode: country.countryCode }));
      const office = await manager.save(
        OrganizationEntity,
        manager.create(OrganizationEntity, { workspaceId: workspace.id, name: country.office, acronym: country.acronym, kind: 'GOVERNMENT_AGENCY' }),
      );
      await manager.save(MembershipEntity, manager.create(MembershipEntity, { userId: coordinatorId, workspaceId: workspace.id, organizationId: office.id, role: 'COORDINATOR' }));
      await manager.insert(
        IndicatorEntity,
        STARTER_CATALOGUE.map((entry) => ({ workspaceId: workspace.id, ...entry, sdgTarget: entry.sdgTarget ?? null, gcmObjective: entry.gcmObjective ?? null, toBeConfirmed: true })),
      );
      const profile = await this.profiles.insertProfile(manager, null, { workspaceId: workspace.id, title: `Migration Profile of the ${country.name}`, edition: country.edition }, null);
      const section = await manager.save(
        SectionEntity,
        manager.create(SectionEntity, { profileId: profile.id, parentId: null, key: 'executive-summary', title: 'Executive summary', position: 0, numbering: 'UNNUMBERED' }),
      );
      return { workspaceId: workspace.id, organizationId: office.id, sectionId: section.id, profileId: profile.id };
    });

    const indicators = await this.dataSource.getRepository(IndicatorEntity).find({ where: { workspaceId } });
    const rows = country.figures.flatMap((f) => {
      const indicator = indicators.find((i) => i.code === f.code)!;
      return Object.entries(f.values).map(([period, value]) => {
        const fields: DataPointFields = {
          value,
          dataGap: false,
          unit: indicator.unit,
          period,
          sex: 'TOTAL',
          ageGroup: null,
          countryCode: null,
          sourceType: f.source,
          sourceName: f.sourceName,
          nationalDefinition: f.nationalDefinition ?? null,
          comparability: f.comparability,
          comparabilityNote: f.comparability === 'COMPARABLE' ? null : (f.note ?? 'See the note.'),
          note: `Fictional demo figure for the ${country.name}.`,
        };
        return { ...fields, indicatorId: indicator.id, organizationId };
      });
    });
    await this.dataSource.transaction((manager) => this.dataPoints.upsert(manager, workspaceId, coordinatorId, rows));

    const text = `${country.name} is a fictional country of the demo. Its figures are invented and stand for nothing real.`;
    await this.revisions.saveAsSystem(coordinatorId, sectionId, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, 'Validated text');
    // Approval is the reviews domain's business; the demo's small profiles were validated before the platform.
    await this.dataSource.getRepository(SectionEntity).update({ id: sectionId }, { reviewStatus: 'APPROVED' });
    const coordinator: Actor = { userId: coordinatorId, sessionId: '', isPlatformAdmin: false, membershipCache: new Map() };
    const release = await this.releases.prepare(coordinator, { profileId, version: `${country.edition}.1`, notes: `The ${country.edition} edition (fictional demo).` });
    await this.releases.publish(coordinator, release.id);
    return workspaceId;
  }
}
