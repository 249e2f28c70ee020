import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, OrganizationEntity, UserEntity } from '@mps/api-iam';
import { SectionEntity } from '@mps/api-profiles';
import { TaskEntity, TasksService, TaskStatus } from '@mps/api-tasks';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's tasks by hand, made through the same service people use, in every state and some overdue, for several
 * demo people. The workflow's own tasks (Draft, Review and sign off, Answer the comments) already came with the
 * assignments, cycles and comments the other seeders made, through the same ports as in use.
 */
@Injectable()
export class DemoTaskSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
  ) {}

  async seed(profileId: string): Promise<void> {
    const users = await this.dataSource.getRepository(UserEntity).find();
    const organizations = await this.dataSource.getRepository(OrganizationEntity).find();
    const sections = await this.dataSource.getRepository(SectionEntity).find({ where: { profileId } });
    const as = (email: string): Actor => ({ userId: users.find((u) => u.email === email)!.id, sessionId: '', isPlatformAdmin: false, membershipCache: new Map() });
    const org = (acronym: string) => organizations.find((o) => o.acronym === acronym)!.id;
    const person = (email: string) => users.find((u) => u.email === email)!.id;
    const section = (key: string) => sections.find((s) => s.key === key)!.id;
    const inDays = (days: number) => new Date(Date.now() + days * DAY);
    const coordinator = as('coordinator@demo.example');

    const create = (fields: Omit<Parameters<TasksService['create']>[1], 'profileId'>, by: Actor = coordinator) => this.tasks.create(by, { profileId, ...fields });

    // Overdue, not started: the statistics office owes the labour ministry its tables.
    await create({
      title: 'Send the 2023 labour force survey tables to the labour ministry',
      description: 'Employment of returnees by sex and age group, as agreed at the April TWG meeting.',
      sectionId: section('impact.employment'),
      assigneeOrganizationId: org('NBS'),
      dueAt: inDays(-5),
    });
    // Overdue and in progress: the interior ministry is updating its border figures.
    const border = await create({
      title: 'Update irregular migration figures with the 2024 border data',
      sectionId: section('trends.irregular'),
      assigneeOrganizationId: org('MIA'),
      dueAt: inDays(-2),
    });
    await this.tasks.setStatus(as('focal.interior@demo.example'), border.id, TaskStatus.IN_PROGRESS);
    // In progress, due soon, taken by one person of the organisation.
    const annex = await create({
      title: 'Check the census definitions in the statistical annex',
      sectionId: section('annex'),
      assigneeOrganizationId: org('NBS'),
      dueAt: inDays(6),
    });
    await this.tasks.setStatus(as('focal.statistics@demo.example'), annex.id, TaskStatus.IN_PROGRESS);
    // Done.
    const remittances = await create({
      title: 'Agree the remittance definition with the National Bank',
      sectionId: section('impact.economic'),
      assigneeOrganizationId: org('MLSP'),
      dueAt: inDays(-10),
    });
    await this.tasks.setStatus(as('focal.labour@demo.example'), remittances.id, TaskStatus.DONE);
    // Cancelled by the coordinator.
    const launch = await create({ title: 'Draft a note for the launch event', assigneeUserId: person('focal.labour@demo.example'), dueAt: inDays(20) });
    await this.tasks.setStatus(coordinator, launch.id, TaskStatus.CANCELLED);
    // For a contributor, open, and one a focal point created for a colleague.
    await create({
      title: 'Share the network’s 2024 survey of returnees',
      description: 'The consultation on migration trends would benefit from it.',
      assigneeUserId: person('contributor@demo.example'),
      dueAt: inDays(7),
    });
    await create({ title: 'Proofread the emigration tables', sectionId: section('trends.emigration'), assigneeOrganizationId: org('NBS') }, as('focal.statistics@demo.example'));

    // A workflow task a focal point has taken: drafting key data.
    const keyData = await this.dataSource.getRepository(TaskEntity).findOneBy({ sectionId: section('key-data'), assigneeOrganizationId: org('NBS') });
    if (keyData?.status === 'OPEN') await this.tasks.setStatus(as('focal.statistics@demo.example'), keyData.id, TaskStatus.IN_PROGRESS);
  }
}
