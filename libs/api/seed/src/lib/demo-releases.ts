import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@mps/api-core';
import { Actor, OrganizationEntity, UserEntity } from '@mps/api-iam';
import { ProfileEntity, ProfilesService, RevisionsService, SectionAssignmentEntity, SectionEntity } from '@mps/api-profiles';
import { ProfileEditionEntity, ReleasesService } from '@mps/api-releases';
import { ReviewCycleEntity, ReviewCycleOrganizationEntity, ReviewCycleSectionEntity, SignOffEntity } from '@mps/api-reviews';
import { DEMO_ASSIGNMENTS, DEMO_PROFILE } from './demo-data';

const p = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map(p) });

/**
 * The earlier edition of the demo profile (fictional, like everything in the demo): a small outline with the same
 * section keys as the current edition (numbered differently: identity is the key), validated by the statistics
 * office and the university centre, and published as release 2019.1. The current edition is recorded as its next
 * edition, so that editions and releases can be compared section by section.
 */
const EARLIER_SECTIONS: ReadonlyArray<{ key: string; title: string; parent?: string; numbered?: boolean; text?: string[] }> = [
  {
    key: 'executive-summary',
    title: 'Executive summary',
    numbered: false,
    text: [
      'Norland remained a country of net emigration between 2014 and 2018. About one Norland-born person in nine lived abroad in 2018.',
      'Remittances reached an estimated 14% of GDP and return migration grew, though most returnees left again within two years.',
    ],
  },
  { key: 'trends', title: 'Migration trends and migrant characteristics' },
  {
    key: 'trends.emigration',
    title: 'Emigration',
    parent: 'trends',
    text: ['The 2014 census counted 310,000 Norland-born residents abroad, two thirds of them of working age.'],
  },
  {
    key: 'trends.return',
    title: 'Return migration',
    parent: 'trends',
    text: ['Border data recorded about 18,000 returns a year; no survey yet followed returnees after their return.'],
  },
  { key: 'governance', title: 'Migration governance' },
  {
    key: 'governance.policy',
    title: 'Policy framework',
    parent: 'governance',
    text: ['The National Migration Strategy 2016-2020 set out the first whole-of-government approach to migration.'],
  },
];

@Injectable()
export class DemoReleaseSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly revisions: RevisionsService,
    private readonly releases: ReleasesService,
    private readonly audit: AuditService,
  ) {}

  async seed(workspaceId: string, currentProfileId: string): Promise<void> {
    const users = await this.dataSource.getRepository(UserEntity).find();
    const organizations = await this.dataSource.getRepository(OrganizationEntity).find({ where: { workspaceId } });
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    const org = (acronym: string) => organizations.find((o) => o.acronym === acronym)!;
    const coordinatorId = userId('coordinator@demo.example');
    const coordinator: Actor = { userId: coordinatorId, sessionId: '', isPlatformAdmin: false, membershipCache: new Map() };

    // --- the 2019 profile and its outline (same keys as the 2024 edition)
    const sections = await this.dataSource.transaction(async (manager) => {
      const profile = await this.profiles.insertProfile(manager, null, { workspaceId, title: DEMO_PROFILE.title, edition: '2019' }, null);
      // Older than the current edition, which stays first in newest-first lists.
      await manager.query(`UPDATE profiles SET template_key = 'iom-standard', outline_style = 'LETTERED_CHAPTERS', created_at = now() - interval '5 years' WHERE id = $1`, [
        profile.id,
      ]);
      const ids = new Map<string, string>();
      for (const [position, s] of EARLIER_SECTIONS.entries()) {
        const saved = await manager.save(
          SectionEntity,
          manager.create(SectionEntity, {
            profileId: profile.id,
            parentId: s.parent ? ids.get(s.parent)! : null,
            key: s.key,
            title: s.title,
            position,
            numbering: s.numbered === false ? 'UNNUMBERED' : 'NUMBERED',
          }),
        );
        ids.set(s.key, saved.id);
        // History, written years ago and published: no "Draft" tasks for it (the current edition's come through SectionWorkPort).
        for (const acronym of DEMO_ASSIGNMENTS[s.key] ?? []) {
          await manager.insert(SectionAssignmentEntity, { sectionId: saved.id, organizationId: org(acronym).id });
        }
      }
      return { profileId: profile.id, ids };
    });

    // --- texts, saved the way people save them
    for (const s of EARLIER_SECTIONS) {
      if (s.text) await this.revisions.saveAsSystem(coordinatorId, sections.ids.get(s.key)!, doc(...s.text), 'Validated text of the 2019 edition');
    }

    // --- the validation round of 2019, closed with every section approved by both signatories
    await this.dataSource.transaction(async (manager) => {
      const cycle = await manager.save(
        ReviewCycleEntity,
        manager.create(ReviewCycleEntity, {
          profileId: sections.profileId,
          workspaceId,
          title: 'Validation of the 2019 edition',
          status: 'CLOSED',
          closesAt: new Date(Date.now() - 1000),
          openedById: coordinatorId,
          closedAt: new Date(),
          closedById: coordinatorId,
        }),
      );
      const signatories = [org('NBS'), org('CMS')];
      for (const o of signatories) {
        await manager.insert(ReviewCycleOrganizationEntity, { reviewCycleId: cycle.id, organizationId: o.id, participant: true, requiredSignatory: true });
      }
      const signer = { NBS: userId('focal.statistics@demo.example'), CMS: userId('academic@demo.example') } as Record<string, string>;
      for (const s of EARLIER_SECTIONS.filter((x) => x.text)) {
        const section = await manager.findOneByOrFail(SectionEntity, { id: sections.ids.get(s.key)! });
        await manager.insert(ReviewCycleSectionEntity, { reviewCycleId: cycle.id, sectionId: section.id, statusAtClose: 'APPROVED' });
        for (const o of signatories) {
          await manager.insert(SignOffEntity, {
            sectionId: section.id,
            revisionId: section.currentRevisionId!,
            organizationId: o.id,
            userId: signer[o.acronym!] ?? coordinatorId,
            decision: 'APPROVE',
            note: null,
          });
        }
        await manager.update(SectionEntity, { id: section.id }, { reviewStatus: 'APPROVED' });
      }
      await this.audit.record(manager, {
        actorId: null,
        workspaceId,
        action: 'demo.seeded-earlier-edition',
        subjectType: 'Profile',
        subjectId: sections.profileId,
        data: { reviewCycleId: cycle.id },
      });
    });

    // --- released and published through the release service, so the gate and the freeze hold as for anyone
    const release = await this.releases.prepare(coordinator, {
      profileId: sections.profileId,
      version: '2019.1',
      notes: 'The 2019 edition as validated by the Technical Working Group.',
    });
    await this.releases.publish(coordinator, release.id);

    // --- the current edition continues it (same section keys)
    await this.dataSource.transaction(async (manager) => {
      await manager.findOneByOrFail(ProfileEntity, { id: currentProfileId });
      await manager.insert(ProfileEditionEntity, { profileId: currentProfileId, previousProfileId: sections.profileId, basedOnReleaseId: release.id });
      await this.audit.record(manager, {
        actorId: null,
        workspaceId,
        action: 'profile.edition-linked',
        subjectType: 'Profile',
        subjectId: currentProfileId,
        data: { previousProfileId: sections.profileId, basedOnReleaseId: release.id },
      });
    });
  }
}
