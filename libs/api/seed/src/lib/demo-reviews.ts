import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, OrganizationEntity, UserEntity } from '@mps/api-iam';
import { RevisionEntity, RevisionsService, SectionEntity } from '@mps/api-profiles';
import { CommentsService, Disposition, ReviewCyclesService, SignOffDecision, SignOffsService } from '@mps/api-reviews';
import { DEMO_REVIEW_EDITS, DemoDocument } from './demo-content';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's review history, made through the same services people use (so every rule holds): an earlier cycle on
 * the policy framework, closed with its section approved, and an open consultation on migration trends with comments
 * from civil society and academia (one suggestion applied, one waiting, one passage later rewritten), an internal
 * note, and partial sign-offs.
 */
@Injectable()
export class DemoReviewSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReviewCyclesService,
    private readonly comments: CommentsService,
    private readonly signOffs: SignOffsService,
    private readonly revisions: RevisionsService,
  ) {}

  async seed(profileId: string): Promise<void> {
    const users = await this.dataSource.getRepository(UserEntity).find();
    const organizations = await this.dataSource.getRepository(OrganizationEntity).find();
    const sections = await this.dataSource.getRepository(SectionEntity).find({ where: { profileId } });
    const as = (email: string): Actor => ({
      userId: users.find((u) => u.email === email)!.id,
      sessionId: '',
      isPlatformAdmin: false,
      membershipCache: new Map(),
    });
    const org = (acronym: string) => organizations.find((o) => o.acronym === acronym)!.id;
    const section = (key: string) => sections.find((s) => s.key === key)!;
    const coordinator = as('coordinator@demo.example');
    const civilSociety = as('contributor@demo.example');
    const academic = as('academic@demo.example');
    const statistics = as('focal.statistics@demo.example');

    // --- an earlier cycle, closed: the policy framework was reviewed and approved by the university centre.
    const policy = section('governance.policy');
    const earlier = await this.cycles.open(coordinator, {
      profileId,
      title: 'Review of the policy framework',
      sectionIds: [policy.id],
      participantOrganizationIds: [org('NMSN'), org('CMS')],
      requiredSignatoryOrganizationIds: [org('CMS')],
      closesAt: new Date(Date.now() + 7 * DAY),
    });
    const lateMeasures = await this.commentOn(academic, policy.id, 'Two thirds of the 2021–2023 action plan measures were implemented on time.', {
      body: 'Which measures were late? A short table would help readers judge the strategy.',
    });
    await this.comments.setDisposition(coordinator, {
      commentId: lateMeasures.id,
      disposition: Disposition.NOT_ACCEPTED,
      reason: 'The mid-term review does not list the measures one by one; the TWG will ask for the list for the next edition.',
    });
    await this.comments.resolve(coordinator, lateMeasures.id, true);
    await this.signOffs.signOff(academic, { sectionId: policy.id, revisionId: (await this.current(policy.id)).id, decision: SignOffDecision.APPROVE, note: null });
    await this.cycles.close(coordinator, earlier.id);
    // With no open cycle on the section, a coordinator's comment is internal: contributors never see it.
    const internal = await this.commentOn(coordinator, policy.id, 'Mid-term review, 2024', {
      body: 'For the next edition, ask the Ministry of Internal Affairs for the list of measures that were late.',
    });
    // The ministry's focal point answers: the coordinator finds the reply among their notifications.
    await this.comments.add(as('focal.interior@demo.example'), {
      sectionId: policy.id,
      revisionId: (await this.current(policy.id)).id,
      parentId: internal.id,
      body: 'We will send the list of late measures with our next data delivery.',
    });

    // --- the open consultation on migration trends.
    const immigration = section('trends.immigration');
    const emigration = section('trends.emigration');
    const economic = section('impact.economic');
    await this.cycles.open(coordinator, {
      profileId,
      title: 'Consultation on migration trends and remittances',
      sectionIds: [immigration.id, emigration.id, economic.id],
      participantOrganizationIds: [org('NMSN'), org('CMS'), org('IOM')],
      requiredSignatoryOrganizationIds: [org('NMSN'), org('CMS')],
      closesAt: new Date(Date.now() + 14 * DAY),
    });

    // A suggestion the focal point applied, then resolved with a disposition.
    const definition = await this.commentOn(civilSociety, emigration.id, 'reaching an estimated 488,000 people abroad for more than twelve months', {
      body: 'Readers will not know which definition of an emigrant this uses. Could the sentence say it?',
      suggestion: DEMO_REVIEW_EDITS.emigrationSuggestion,
    });
    await this.save(statistics, emigration.id, DEMO_REVIEW_EDITS.emigrationWithDefinition, 'Definition of an emigrant, as suggested by NMSN', [definition.id]);
    await this.comments.setDisposition(statistics, {
      commentId: definition.id,
      disposition: Disposition.ACCEPTED,
      reason: 'The suggested wording was taken as proposed.',
    });
    await this.comments.resolve(statistics, definition.id, true);

    // A question answered in a reply, partly accepted, still open.
    const seasonal = await this.commentOn(academic, emigration.id, 'Eastern neighbours (24%)', {
      body: 'Does this share include seasonal workers who come back every year?',
    });
    await this.comments.add(statistics, {
      sectionId: emigration.id,
      revisionId: (await this.current(emigration.id)).id,
      parentId: seasonal.id,
      body: 'No: the survey counts people absent for more than twelve months, so seasonal workers are not in it. We will add a note on seasonal work.',
    });
    await this.comments.setDisposition(statistics, {
      commentId: seasonal.id,
      disposition: Disposition.PARTLY_ACCEPTED,
      reason: 'A note on seasonal work follows in the next draft; the shares stay as the survey published them.',
    });

    // A passage later rewritten: its thread stays listed, orphaned, with its quote.
    await this.commentOn(academic, immigration.id, 'permits that expired without departure being recorded', {
      body: 'Is there an estimate of how many of these people are still in Norland?',
    });
    await this.save(statistics, immigration.id, DEMO_REVIEW_EDITS.immigrationRewritten, 'Census comparison explained in the annex');

    // A suggestion still waiting for the focal point.
    await this.commentOn(civilSociety, economic.id, 'Personal remittances reached 9.8% of GDP in 2023.', {
      body: 'Transfers through informal channels are not in this figure; the text should say so.',
      suggestion: 'Personal remittances recorded by the National Bank reached 9.8% of GDP in 2023; transfers through informal channels are not included.',
    });

    // Partial sign-offs: immigration approved by both, emigration with changes requested, remittances half-way.
    await this.sign(civilSociety, immigration.id, 'APPROVE', null);
    await this.sign(academic, immigration.id, 'APPROVE', null);
    await this.sign(civilSociety, emigration.id, 'APPROVE', 'Thank you for adding the definition.');
    await this.sign(academic, emigration.id, 'REQUEST_CHANGES', 'Please add the note on seasonal work promised in the thread.');
    await this.sign(civilSociety, economic.id, 'APPROVE', null);
  }

  private async current(sectionId: string): Promise<RevisionEntity> {
    const section = await this.dataSource.getRepository(SectionEntity).findOneByOrFail({ id: sectionId });
    return this.dataSource.getRepository(RevisionEntity).findOneByOrFail({ id: section.currentRevisionId! });
  }

  /** Comments on the first occurrence of `quote` in the section's current text. */
  private async commentOn(actor: Actor, sectionId: string, quote: string, fields: { body: string; suggestion?: string }) {
    const revision = await this.current(sectionId);
    const start = revision.text.indexOf(quote);
    if (start < 0) throw new Error(`Demo data: "${quote}" is not in the section's text.`);
    return this.comments.add(actor, {
      sectionId,
      revisionId: revision.id,
      body: fields.body,
      anchor: { start, end: start + quote.length, quote },
      suggestion: fields.suggestion ?? null,
    });
  }

  private async save(actor: Actor, sectionId: string, content: DemoDocument, summary: string, applied: string[] = []): Promise<void> {
    const base = await this.current(sectionId);
    await this.revisions.save(actor, { sectionId, baseRevisionId: base.id, content, summary, appliedSuggestionIds: applied });
  }

  private async sign(actor: Actor, sectionId: string, decision: 'APPROVE' | 'REQUEST_CHANGES', note: string | null): Promise<void> {
    await this.signOffs.signOff(actor, { sectionId, revisionId: (await this.current(sectionId)).id, decision: SignOffDecision[decision], note });
  }
}
