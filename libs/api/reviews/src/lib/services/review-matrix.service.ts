import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError, oneByKeys, RequestLoaders } from '@mps/api-core';
import { AccessService, Actor, IamLoaders, OrganizationEntity, WorkspaceAccess } from '@mps/api-iam';
import { ProfileEntity, ProfileLoaders, SectionModel } from '@mps/api-profiles';
import { PERMISSIONS } from '@mps/shared-domain';
import type { ReviewCycleEntity } from '../entities/review-cycle.entity';
import { ReviewCycleProgressModel, SignOffMatrixCellModel, SignOffMatrixRowModel } from '../models/review-cycle.model';
import { toSignOffModel } from '../models/review.mappers';
import { ReviewLoaders } from './review-loaders.service';

/** What the matrix needs of a cycle (an entity or its GraphQL model). */
export type CycleRef = Pick<ReviewCycleEntity, 'id' | 'profileId' | 'workspaceId'>;

type ProgressRow = {
  id: string;
  sections: number;
  sections_approved: number;
  sections_changes_requested: number;
  threads: number;
  threads_resolved: number;
  comments: number;
  dispositions_needed: number;
  dispositions_recorded: number;
  sign_offs_expected: number;
  sign_offs_given: number;
};

/** A cycle's summary (progress) and its sign-off matrix, batched per request. */
@Injectable()
export class ReviewMatrixService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reviews: ReviewLoaders,
    private readonly profiles: ProfileLoaders,
    private readonly iam: IamLoaders,
  ) {}

  /**
   * The matrices (sign-offs, comment responses) are the TWG secretariat's working tools: coordinators and focal
   * points (and platform admins, who read everything); contributors and observers are FORBIDDEN.
   */
  mayReadMatrices(access: WorkspaceAccess): boolean {
    return access.isPlatformAdmin || access.can(PERMISSIONS.COMMENT_ANSWER);
  }

  /** Counts for any number of cycles in one statement. */
  progress(loaders: RequestLoaders, cycleId: string): Promise<ReviewCycleProgressModel> {
    return loaders
      .get<string, ReviewCycleProgressModel>('reviews.progressByCycle', async (ids) => {
        const rows: ProgressRow[] = await this.dataSource.query(
          `WITH cycles AS (SELECT unnest($1::uuid[]) AS id),
           sec AS (
             SELECT rcs.review_cycle_id AS id, count(*)::int AS sections,
                    (count(*) FILTER (WHERE s.review_status = 'APPROVED'))::int AS sections_approved,
                    (count(*) FILTER (WHERE s.review_status = 'CHANGES_REQUESTED'))::int AS sections_changes_requested
               FROM review_cycle_sections rcs JOIN sections s ON s.id = rcs.section_id
              WHERE rcs.review_cycle_id = ANY($1::uuid[]) GROUP BY rcs.review_cycle_id),
           com AS (
             SELECT c.review_cycle_id AS id, count(*)::int AS comments,
                    (count(*) FILTER (WHERE c.parent_id IS NULL))::int AS threads,
                    (count(*) FILTER (WHERE c.parent_id IS NULL AND c.resolved_at IS NOT NULL))::int AS threads_resolved,
                    (count(*) FILTER (WHERE c.parent_id IS NULL AND o.organization_id IS NOT NULL))::int AS dispositions_needed,
                    (count(*) FILTER (WHERE c.parent_id IS NULL AND o.organization_id IS NOT NULL AND c.disposition IS NOT NULL))::int
                      AS dispositions_recorded
               FROM comments c
               LEFT JOIN review_cycle_organizations o ON o.review_cycle_id = c.review_cycle_id AND o.organization_id = c.organization_id
              WHERE c.review_cycle_id = ANY($1::uuid[]) GROUP BY c.review_cycle_id),
           sig AS (
             SELECT rcs.review_cycle_id AS id, count(*)::int AS sign_offs_expected, count(so.id)::int AS sign_offs_given
               FROM review_cycle_sections rcs
               JOIN review_cycle_organizations o ON o.review_cycle_id = rcs.review_cycle_id AND o.required_signatory
               JOIN sections s ON s.id = rcs.section_id
               LEFT JOIN sign_offs so ON so.section_id = rcs.section_id AND so.organization_id = o.organization_id
                                     AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id
              WHERE rcs.review_cycle_id = ANY($1::uuid[]) GROUP BY rcs.review_cycle_id)
           SELECT cycles.id,
                  coalesce(sec.sections, 0) AS sections, coalesce(sec.sections_approved, 0) AS sections_approved,
                  coalesce(sec.sections_changes_requested, 0) AS sections_changes_requested,
                  coalesce(com.threads, 0) AS threads, coalesce(com.threads_resolved, 0) AS threads_resolved,
                  coalesce(com.comments, 0) AS comments, coalesce(com.dispositions_needed, 0) AS dispositions_needed,
                  coalesce(com.dispositions_recorded, 0) AS dispositions_recorded,
                  coalesce(sig.sign_offs_expected, 0) AS sign_offs_expected, coalesce(sig.sign_offs_given, 0) AS sign_offs_given
             FROM cycles LEFT JOIN sec ON sec.id = cycles.id LEFT JOIN com ON com.id = cycles.id LEFT JOIN sig ON sig.id = cycles.id`,
          [[...ids]],
        );
        return oneByKeys(ids, rows, (r) => r.id).map((r) => ({
          sections: r?.sections ?? 0,
          sectionsApproved: r?.sections_approved ?? 0,
          sectionsChangesRequested: r?.sections_changes_requested ?? 0,
          threads: r?.threads ?? 0,
          threadsResolved: r?.threads_resolved ?? 0,
          comments: r?.comments ?? 0,
          dispositionsNeeded: r?.dispositions_needed ?? 0,
          dispositionsRecorded: r?.dispositions_recorded ?? 0,
          signOffsExpected: r?.sign_offs_expected ?? 0,
          signOffsGiven: r?.sign_offs_given ?? 0,
        }));
      })
      .load(cycleId);
  }

  /** The cycle's organisations with a role, sorted by name (the matrix's column order). */
  async organizations(loaders: RequestLoaders, cycleId: string, role: 'participant' | 'requiredSignatory'): Promise<OrganizationEntity[]> {
    const rows = (await this.reviews.organizationsOfCycle(loaders, cycleId)).filter((o) => o[role]);
    const organizations = await Promise.all(rows.map((r) => this.iam.organization(loaders, r.organizationId)));
    return organizations.filter((o): o is OrganizationEntity => o !== null).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** The cycle's sections in outline order. */
  async sections(loaders: RequestLoaders, cycle: CycleRef): Promise<SectionModel[]> {
    const profile = await this.profile(loaders, cycle.profileId);
    const rows = await this.reviews.sectionsOfCycle(loaders, cycle.id);
    return this.reviews.sectionModels(loaders, profile, rows.map((r) => r.sectionId));
  }

  /** Sections x required signatories: each organisation's latest decision, whether it is stale, who must act. */
  async signOffMatrix(actor: Actor, loaders: RequestLoaders, cycle: CycleRef): Promise<SignOffMatrixRowModel[]> {
    const access = await this.access.accessTo(actor, cycle.workspaceId);
    if (!access || !this.mayReadMatrices(access)) {
      throw new ForbiddenError('Only coordinators and focal points see the sign-off matrix.');
    }
    const [sections, signatories] = await Promise.all([this.sections(loaders, cycle), this.organizations(loaders, cycle.id, 'requiredSignatory')]);
    const latest = await Promise.all(sections.map((s) => this.reviews.latestSignOffs(loaders, s.id)));
    return sections.map((section, i) => ({
      sectionId: section.id,
      section,
      cells: signatories.map((organization): SignOffMatrixCellModel => {
        const entity = latest[i]!.find((s) => s.organizationId === organization.id) ?? null;
        const signOff = entity ? toSignOffModel(entity, section.currentRevisionId) : null;
        return {
          organizationId: organization.id,
          organization,
          signOffId: signOff?.id ?? null,
          signOff,
          stale: signOff?.stale ?? false,
          awaiting: !signOff || signOff.stale,
        };
      }),
    }));
  }

  private async profile(loaders: RequestLoaders, id: string): Promise<ProfileEntity> {
    const profile = await this.profiles.profile(loaders, id);
    if (!profile) throw new NotFoundError('Profile');
    return profile;
  }
}
