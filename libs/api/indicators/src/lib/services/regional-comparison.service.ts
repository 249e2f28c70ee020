import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService, BadUserInputError, ConflictError, isUniqueViolation, isUuid, NotFoundError, parseInput } from '@mps/api-core';
import { AccessService, Actor, WorkspaceEntity } from '@mps/api-iam';
import {
  ComparisonFlag,
  definitionUsed,
  figureFlags,
  indicatorCodeSchema,
  mergeFlags,
  normalizeDefinition,
  periodSchema,
  REGIONAL_COMPARISON_MAX_INDICATORS,
  RegionalFigure,
  usualDefinitions,
} from '@mps/shared-domain';
import type { Comparability, DataSourceType } from '@mps/shared-domain';
import { RegionalMemberEntity } from '../entities/regional-member.entity';
import type {
  RegionalComparisonCellModel,
  RegionalComparisonIndicatorModel,
  RegionalComparisonModel,
  RegionalCountryModel,
  RegionalFigureModel,
  RegionalMemberModel,
  RegionalReleaseModel,
} from '../models/regional.model';

interface FrozenRow {
  release_id: string;
  indicator_code: string;
  indicator_name: string;
  definition: string;
  international_reference: string | null;
  value: number | null;
  data_gap: boolean;
  unit: string;
  period: string;
  organization_name: string;
  source_type: DataSourceType;
  source_name: string;
  national_definition: string | null;
  comparability: Comparability;
  comparability_note: string | null;
  selection: 'SINGLE' | 'CHOSEN' | 'DIFFERING';
  footnote: string | null;
}

type MemberRow = { id: string; name: string; country_code: string | null; slug: string; added_at: Date | null };
const toMember = (r: MemberRow): RegionalMemberModel => ({ workspaceId: r.id, name: r.name, countryCode: r.country_code, slug: r.slug, addedAt: r.added_at });

/**
 * Regional workspaces (issue 11 item 8): the national workspaces a regional TWG lists as member countries, and the
 * comparison tables built from their published figures. A regional workspace never reads a member's drafts or live
 * data: only the frozen figures (`release_indicator_values`) of the latest PUBLISHED release of each of the member's
 * profiles, which are public anyway (docs/domain.md rule 1). Only national workspaces with a published release can be
 * listed, so that listing reveals nothing the public portal does not show.
 */
@Injectable()
export class RegionalComparisonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async members(actor: Actor, workspaceId: string): Promise<RegionalMemberModel[]> {
    await this.access.authorize(actor, 'regionalMembers', (await this.workspace(workspaceId)).id);
    return this.currentMembers(workspaceId);
  }

  async candidates(actor: Actor, workspaceId: string): Promise<RegionalMemberModel[]> {
    await this.access.authorize(actor, 'regionalMemberCandidates', (await this.workspace(workspaceId)).id);
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT w.id, w.name, w.country_code, w.slug, NULL::timestamptz AS added_at
         FROM workspaces w
        WHERE w.kind = 'NATIONAL' AND w.id <> $1
          AND EXISTS (SELECT 1 FROM releases r WHERE r.workspace_id = w.id AND r.status = 'PUBLISHED')
          AND NOT EXISTS (SELECT 1 FROM regional_members m
                           WHERE m.regional_workspace_id = $1 AND m.member_workspace_id = w.id AND m.removed_at IS NULL)
        ORDER BY w.name, w.id`,
      [workspaceId],
    );
    return rows.map(toMember);
  }

  async add(actor: Actor, workspaceId: string, memberWorkspaceId: string): Promise<RegionalMemberModel> {
    const regional = await this.workspace(workspaceId);
    await this.access.authorize(actor, 'addRegionalMember', regional.id);
    this.mustBeRegional(regional);
    const [candidate]: Array<{ id: string }> = isUuid(memberWorkspaceId)
      ? await this.dataSource.query(
          `SELECT w.id FROM workspaces w
            WHERE w.id = $1 AND w.kind = 'NATIONAL'
              AND EXISTS (SELECT 1 FROM releases r WHERE r.workspace_id = w.id AND r.status = 'PUBLISHED')`,
          [memberWorkspaceId],
        )
      : [];
    // A workspace that publishes nothing does not exist as far as another workspace can tell.
    if (!candidate) throw new NotFoundError('A national workspace with a published release');
    const conflict = () => new ConflictError('This country is already a member of the regional workspace.', { field: 'memberWorkspaceId' });
    try {
      await this.dataSource.transaction(async (manager) => {
        const current = await manager.query(
          `SELECT 1 FROM regional_members WHERE regional_workspace_id = $1 AND member_workspace_id = $2 AND removed_at IS NULL`,
          [regional.id, memberWorkspaceId],
        );
        if (current.length) throw conflict();
        const saved = await manager.save(
          RegionalMemberEntity,
          manager.create(RegionalMemberEntity, { regionalWorkspaceId: regional.id, memberWorkspaceId, addedById: actor.userId, removedById: null, removedAt: null }),
        );
        await this.audit.record(manager, {
          actorId: actor.userId,
          workspaceId: regional.id,
          action: 'regional-member.added',
          subjectType: 'Workspace',
          subjectId: memberWorkspaceId,
          data: { regionalMemberId: saved.id },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_regional_members_current')) throw conflict();
      throw error;
    }
    return (await this.currentMembers(regional.id)).find((m) => m.workspaceId === memberWorkspaceId)!;
  }

  async remove(actor: Actor, workspaceId: string, memberWorkspaceId: string): Promise<RegionalMemberModel> {
    const regional = await this.workspace(workspaceId);
    await this.access.authorize(actor, 'removeRegionalMember', regional.id);
    const member = (await this.currentMembers(regional.id)).find((m) => m.workspaceId === memberWorkspaceId);
    if (!member) throw new NotFoundError('Member country');
    await this.dataSource.transaction(async (manager) => {
      const updated: [unknown[], number] = await manager.query(
        `UPDATE regional_members SET removed_at = now(), removed_by_id = $3
          WHERE regional_workspace_id = $1 AND member_workspace_id = $2 AND removed_at IS NULL RETURNING id`,
        [regional.id, memberWorkspaceId, actor.userId],
      );
      const [rows] = updated;
      if (!rows.length) throw new NotFoundError('Member country');
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: regional.id,
        action: 'regional-member.removed',
        subjectType: 'Workspace',
        subjectId: memberWorkspaceId,
        data: { regionalMemberId: (rows[0] as { id: string }).id },
      });
    });
    return member;
  }

  /**
   * Indicators (by code) × member countries × periods, from the frozen figures of each member's latest published
   * release per profile; where several of a country's releases hold the same period, the most recently published one
   * speaks. Totals only (no disaggregation); a figure the country did not choose (NOT_CHOSEN) never shows.
   */
  async comparison(actor: Actor, workspaceId: string, indicatorCodes: readonly string[], period?: string | null): Promise<RegionalComparisonModel> {
    const regional = await this.workspace(workspaceId);
    await this.access.authorize(actor, 'regionalComparison', regional.id);
    if (indicatorCodes.length > REGIONAL_COMPARISON_MAX_INDICATORS) {
      throw new BadUserInputError(`Choose at most ${REGIONAL_COMPARISON_MAX_INDICATORS} indicators to compare.`, 'indicatorCodes');
    }
    const asked = parseInput(
      z.object({ indicatorCodes: z.array(indicatorCodeSchema), period: periodSchema.nullable() }),
      { indicatorCodes, period: period?.trim() ? period : null },
      { indicatorCodes: 'the indicator codes', period: 'the period' },
    );
    const codes = [...new Set(asked.indicatorCodes)];
    const onlyPeriod = asked.period;

    const members = await this.currentMembers(regional.id);
    const memberIds = members.map((m) => m.workspaceId);
    const releases: Array<{ id: string; workspace_id: string; version: string; published_at: Date | null; edition: string; title: string }> = memberIds.length
      ? await this.dataSource.query(
          `SELECT DISTINCT ON (r.profile_id) r.id, r.workspace_id, r.version, r.published_at, f.edition, f.title
             FROM releases r JOIN release_frames f ON f.release_id = r.id
            WHERE r.workspace_id = ANY($1) AND r.status = 'PUBLISHED'
            ORDER BY r.profile_id, r.published_at DESC NULLS LAST, r.id`,
          [memberIds],
        )
      : [];
    // Newest first: the first release of a country holding a period is the one that speaks for it.
    releases.sort((a, b) => (b.published_at?.getTime() ?? 0) - (a.published_at?.getTime() ?? 0) || a.id.localeCompare(b.id));
    const releaseIds = releases.map((r) => r.id);

    const countries: RegionalCountryModel[] = members.map((m) => ({
      workspaceId: m.workspaceId,
      name: m.name,
      countryCode: m.countryCode,
      releases: releases
        .filter((r) => r.workspace_id === m.workspaceId)
        .map((r): RegionalReleaseModel => ({ id: r.id, version: r.version, edition: r.edition, profileTitle: r.title, publishedAt: r.published_at })),
    }));

    const available: Array<{ code: string; name: string }> = releaseIds.length
      ? await this.dataSource.query(
          `SELECT v.indicator_code AS code, min(v.indicator_name) AS name
             FROM release_indicator_values v
            WHERE v.release_id = ANY($1) AND v.sex = 'TOTAL' AND v.age_group = '' AND v.country_code = ''
            GROUP BY v.indicator_code ORDER BY v.indicator_code`,
          [releaseIds],
        )
      : [];
    const availableCodes = new Set(available.map((a) => a.code));
    const chosen = codes.filter((c) => availableCodes.has(c));
    const empty: RegionalComparisonModel = { workspaceId: regional.id, countries, available, indicators: [], periods: [], cells: [] };
    if (!chosen.length) return empty;

    const rows: FrozenRow[] = await this.dataSource.query(
      `SELECT v.release_id, v.indicator_code, v.indicator_name, v.definition, v.international_reference, v.value, v.data_gap, v.unit, v.period,
              v.organization_name, v.source_type, v.source_name, v.national_definition, v.comparability, v.comparability_note,
              v.selection, v.footnote
         FROM release_indicator_values v
        WHERE v.release_id = ANY($1) AND v.indicator_code = ANY($2)
          AND v.sex = 'TOTAL' AND v.age_group = '' AND v.country_code = '' AND v.selection <> 'NOT_CHOSEN'
          AND ($3::text IS NULL OR v.period = $3)
        ORDER BY v.release_id, v.position`,
      [releaseIds, chosen, onlyPeriod],
    );
    const catalogue: Array<{ code: string; name: string; unit: string; international_reference: string | null }> = await this.dataSource.query(
      `SELECT code, name, unit, international_reference FROM indicators WHERE workspace_id = $1 AND code = ANY($2)`,
      [regional.id, chosen],
    );
    const regionalEntry = new Map(catalogue.map((c) => [c.code, c]));

    // Which rows speak for a country, indicator and period: those of its most recently published release holding them.
    const releaseOf = new Map(releases.map((r) => [r.id, r]));
    const byCell = new Map<string, { release: (typeof releases)[number]; rows: FrozenRow[] }>();
    const cellKey = (code: string, country: string, p: string) => `${code}|${country}|${p}`;
    for (const release of releases) {
      for (const row of rows.filter((r) => r.release_id === release.id)) {
        const key = cellKey(row.indicator_code, release.workspace_id, row.period);
        const cell = byCell.get(key);
        if (!cell) byCell.set(key, { release, rows: [row] });
        else if (cell.release.id === release.id) cell.rows.push(row);
      }
    }
    const figures = new Map<FrozenRow, RegionalFigure>();
    for (const [key, cell] of byCell) {
      const country = key.split('|')[1]!;
      for (const row of cell.rows) {
        figures.set(row, {
          country,
          indicatorCode: row.indicator_code,
          period: row.period,
          value: row.value,
          dataGap: row.data_gap,
          definition: row.definition,
          nationalDefinition: row.national_definition,
          internationalReference: row.international_reference,
          comparability: row.comparability,
          differing: row.selection === 'DIFFERING',
        });
      }
    }
    const usual = usualDefinitions([...figures.values()]);
    const periods = [...new Set(rows.map((r) => r.period))].sort();

    const indicators: RegionalComparisonIndicatorModel[] = chosen.map((code) => {
      const entry = regionalEntry.get(code);
      const newest = rows.find((r) => r.indicator_code === code)!;
      const definitions: RegionalComparisonIndicatorModel['definitions'] = [];
      for (const m of members) {
        const seen = new Set<string>();
        for (const f of figures.values()) {
          if (f.country !== m.workspaceId || f.indicatorCode !== code || f.dataGap) continue;
          const words = definitionUsed(f);
          if (seen.has(normalizeDefinition(words))) continue;
          seen.add(normalizeDefinition(words));
          definitions.push({ workspaceId: m.workspaceId, definition: words, internationalReference: f.internationalReference });
        }
      }
      return {
        code,
        name: entry?.name ?? newest.indicator_name,
        unit: entry?.unit ?? newest.unit,
        internationalReference: entry?.international_reference ?? null,
        definitionsDiffer: new Set(definitions.map((d) => normalizeDefinition(d.definition))).size > 1,
        definitions,
      };
    });

    const cells: RegionalComparisonCellModel[] = [];
    for (const code of chosen) {
      for (const m of members) {
        for (const p of periods) {
          const cell = byCell.get(cellKey(code, m.workspaceId, p));
          if (!cell) {
            cells.push({ indicatorCode: code, workspaceId: m.workspaceId, period: p, releaseId: null, releaseVersion: null, figures: [], flags: ['NO_FIGURE'] });
            continue;
          }
          const flagLists: ComparisonFlag[][] = cell.rows.map((row) =>
            figureFlags(figures.get(row)!, usual.get(code), regionalEntry.get(code)?.international_reference ?? null),
          );
          cells.push({
            indicatorCode: code,
            workspaceId: m.workspaceId,
            period: p,
            releaseId: cell.release.id,
            releaseVersion: releaseOf.get(cell.release.id)?.version ?? null,
            figures: cell.rows.map(
              (row): RegionalFigureModel => ({
                value: row.value,
                dataGap: row.data_gap,
                unit: row.unit,
                organizationName: row.organization_name,
                sourceType: row.source_type,
                sourceName: row.source_name,
                definition: definitionUsed(figures.get(row)!),
                comparability: row.comparability,
                comparabilityNote: row.comparability_note,
                footnote: row.footnote,
              }),
            ),
            flags: mergeFlags(flagLists),
          });
        }
      }
    }
    return { ...empty, indicators, periods, cells };
  }

  private async currentMembers(regionalWorkspaceId: string): Promise<RegionalMemberModel[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT w.id, w.name, w.country_code, w.slug, m.added_at
         FROM regional_members m JOIN workspaces w ON w.id = m.member_workspace_id
        WHERE m.regional_workspace_id = $1 AND m.removed_at IS NULL
        ORDER BY w.name, w.id`,
      [regionalWorkspaceId],
    );
    return rows.map(toMember);
  }

  private mustBeRegional(workspace: WorkspaceEntity): void {
    if (workspace.kind !== 'REGIONAL') {
      throw new BadUserInputError('Only a regional workspace lists member countries.', 'workspaceId');
    }
  }

  private async workspace(id: string): Promise<WorkspaceEntity> {
    const workspace = isUuid(id) ? await this.dataSource.getRepository(WorkspaceEntity).findOne({ where: { id } }) : null;
    if (!workspace) throw new NotFoundError('Workspace');
    return workspace;
  }
}
