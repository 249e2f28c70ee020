import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AuditService } from '@mps/api-core';
import { MembershipEntity, OrganizationEntity, PasswordService, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { ProfileEntity, ProfilesService, RevisionsService, SectionAssignmentEntity, SectionEntity, SectionWorkPort } from '@mps/api-profiles';
import { normalizeEmail } from '@mps/shared-domain';
import { DEMO_CONTENT } from './demo-content';
import { DemoIndicatorSeeder } from './demo-indicators';
import { DEMO_REGIONAL_USERS, DemoRegionalSeeder } from './demo-regional';
import { DemoReleaseSeeder } from './demo-releases';
import { DemoReviewSeeder } from './demo-reviews';
import { DemoTaskSeeder } from './demo-tasks';
import { DEMO_ASSIGNMENTS, DEMO_ORGANIZATIONS, DEMO_PROFILE, DEMO_USERS, DEMO_WORKSPACE } from './demo-data';

const SEED_LOCK_KEY = 727_002;

/**
 * At start: creates the platform admin named by BOOTSTRAP_ADMIN_* when absent,
 * and fills an empty database with the demo workspace unless SEED_DEMO=false.
 * Both run under an advisory lock, so replicas starting together do it once.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly profiles: ProfilesService,
    private readonly revisions: RevisionsService,
    private readonly audit: AuditService,
    private readonly reviews: DemoReviewSeeder,
    private readonly releases: DemoReleaseSeeder,
    private readonly work: SectionWorkPort,
    private readonly tasks: DemoTaskSeeder,
    private readonly indicators: DemoIndicatorSeeder,
    private readonly regional: DemoRegionalSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.bootstrapAdmin) await this.ensurePlatformAdmin(this.config.bootstrapAdmin);
    if (this.config.seedDemo) {
      const seeded = await this.seedDemoIfEmpty();
      if (!this.config.isProduction) this.printDemoLogins(seeded);
    }
  }

  async ensurePlatformAdmin(admin: { email: string; password: string }): Promise<void> {
    const email = normalizeEmail(admin.email);
    const hash = await this.passwords.hash(admin.password);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      const existing = await manager.findOne(UserEntity, { where: { email } });
      if (existing?.isPlatformAdmin) return;
      const user = existing
        ? { ...existing, isPlatformAdmin: true }
        : manager.create(UserEntity, { email, displayName: 'Platform administrator', passwordHash: hash, isPlatformAdmin: true });
      const saved = await manager.save(UserEntity, user);
      await this.audit.record(manager, {
        actorId: null,
        workspaceId: null,
        action: existing ? 'user.promoted-platform-admin' : 'user.created-platform-admin',
        subjectType: 'User',
        subjectId: saved.id,
        data: { email, source: 'BOOTSTRAP_ADMIN_EMAIL' },
      });
      this.logger.log(`Platform admin ${email} ${existing ? 'promoted' : 'created'}`);
    });
  }

  /** Returns true when this call seeded, false when the database already had data. */
  async seedDemoIfEmpty(): Promise<boolean> {
    const hashes = new Map<string, string>();
    for (const password of new Set([...DEMO_USERS, ...DEMO_REGIONAL_USERS].map((u) => u.password))) {
      hashes.set(password, await this.passwords.hash(password));
    }
    const profileId = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await manager.count(WorkspaceEntity)) > 0) return null;
      return this.seedDemo(manager, hashes);
    });
    if (!profileId) return false;
    await this.seedDemoContent(profileId);
    // The published earlier edition first: it does not depend on the current edition's review history.
    const { workspaceId } = await this.dataSource.getRepository(ProfileEntity).findOneByOrFail({ id: profileId });
    // Figures up to 2018 exist when release 2019.1 is prepared (it freezes them); later ones come after.
    await this.indicators.seedCatalogueAndEarlyFigures(workspaceId);
    await this.releases.seed(workspaceId, profileId);
    await this.indicators.seedLaterFigures(workspaceId);
    await this.reviews.seed(profileId);
    await this.tasks.seed(profileId);
    // Two more fictional countries with a published release each, and the regional workspace that compares them.
    await this.regional.seed(workspaceId, hashes);
    this.logger.log(`Demo workspace "${DEMO_WORKSPACE.name}" created`);
    return true;
  }

  private async seedDemo(manager: EntityManager, hashes: Map<string, string>): Promise<string> {
    const workspace = await manager.save(WorkspaceEntity, manager.create(WorkspaceEntity, DEMO_WORKSPACE));
    const organizations = new Map<string, OrganizationEntity>();
    for (const { key, ...org } of DEMO_ORGANIZATIONS) {
      organizations.set(
        key,
        await manager.save(OrganizationEntity, manager.create(OrganizationEntity, { ...org, workspaceId: workspace.id })),
      );
    }
    for (const demo of DEMO_USERS) {
      const existing = await manager.findOne(UserEntity, { where: { email: demo.email } });
      const user =
        existing ??
        (await manager.save(
          UserEntity,
          manager.create(UserEntity, {
            email: demo.email,
            displayName: demo.displayName,
            passwordHash: hashes.get(demo.password)!,
            isPlatformAdmin: demo.platformAdmin ?? false,
            locale: demo.locale ?? null,
          }),
        ));
      if (demo.role && demo.organization) {
        await manager.save(
          MembershipEntity,
          manager.create(MembershipEntity, {
            userId: user.id,
            workspaceId: workspace.id,
            organizationId: organizations.get(demo.organization)!.id,
            role: demo.role,
            deactivatedAt: null,
          }),
        );
      }
    }
    const profile = await this.profiles.insertProfile(
      manager,
      null,
      { workspaceId: workspace.id, title: DEMO_PROFILE.title, edition: DEMO_PROFILE.edition },
      DEMO_PROFILE.templateKey,
    );
    const sections = await manager.find(SectionEntity, { where: { profileId: profile.id } });
    for (const section of sections) {
      for (const orgKey of DEMO_ASSIGNMENTS[section.key ?? ''] ?? []) {
        await manager.insert(SectionAssignmentEntity, {
          sectionId: section.id,
          organizationId: organizations.get(orgKey)!.id,
        });
      }
    }
    // The same path as assignSection: each assigned organisation gets its "Draft" tasks (nobody listens yet at boot).
    await this.work.onSectionsChanged(manager, { workspaceId: workspace.id, profileId: profile.id, sectionIds: sections.map((s) => s.id), actorId: null });
    await this.audit.record(manager, {
      actorId: null,
      workspaceId: workspace.id,
      action: 'demo.seeded',
      subjectType: 'Workspace',
      subjectId: workspace.id,
    });
    return profile.id;
  }

  /** Drafts are saved the way people save them: one revision after another, through the revisions service. */
  private async seedDemoContent(profileId: string): Promise<void> {
    const sections = await this.dataSource.getRepository(SectionEntity).find({ where: { profileId } });
    const users = await this.dataSource.getRepository(UserEntity).find();
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    for (const section of sections) {
      for (const draft of DEMO_CONTENT[section.key ?? ''] ?? []) {
        await this.revisions.saveAsSystem(userId(draft.author), section.id, draft.content, draft.summary);
      }
    }
  }

  /** Plain text on purpose: a person reads this at the terminal (never printed in production). */
  private printDemoLogins(seeded: boolean): void {
    const width = Math.max(...[...DEMO_USERS, ...DEMO_REGIONAL_USERS].map((u) => u.email.length)) + 1;
    const lines = DEMO_USERS.map((u) => `  ${(u.role ?? 'PLATFORM ADMIN').padEnd(15)} ${u.email.padEnd(width)} ${u.password}`);
    lines.push(...DEMO_REGIONAL_USERS.map((u) => `  ${'COORDINATOR'.padEnd(15)} ${u.email.padEnd(width)} ${u.password}  (${u.workspace})`));
    this.logger.log(seeded ? 'Demo data created' : 'Demo data present');
    process.stdout.write(`\nDemo sign-ins (for trying the product, never for production):\n${lines.join('\n')}\n\n`);
  }
}
