import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationEntity, UserEntity } from '@mps/api-iam';
import { DataPointsService, IndicatorEntity } from '@mps/api-indicators';
import type { Comparability, DataPointFields, DataSourceType, GmgPart } from '@mps/shared-domain';

/**
 * The starter catalogue: real indicators of the UN Recommendations on Statistics of International Migration and the
 * Global Migration Group's common set, each marked "to be confirmed by the TWG" (a proposal, not an adopted list).
 * Definitions are short paraphrases; no official figure comes with them.
 */
export const STARTER_CATALOGUE: ReadonlyArray<{
  code: string;
  name: string;
  unit: string;
  gmgPart: GmgPart;
  definition: string;
  internationalReference: string;
  sdgTarget?: string;
  gcmObjective?: number;
}> = [
  {
    code: 'LEG.ICRMW',
    name: 'Ratification of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990)',
    unit: '1 = ratified, 0 = not',
    gmgPart: 'I',
    definition: 'Whether the country is a State Party to the 1990 Convention at the end of the reference year.',
    internationalReference: 'GMG common set, part I: international legal instruments',
  },
  {
    code: 'LEG.REFCONV',
    name: 'Accession to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol',
    unit: '1 = party, 0 = not',
    gmgPart: 'I',
    definition: 'Whether the country is a party to the 1951 Convention and the 1967 Protocol at the end of the reference year.',
    internationalReference: 'GMG common set, part I: international legal instruments',
  },
  {
    code: 'POP.TOTAL',
    name: 'Total population',
    unit: 'persons',
    gmgPart: 'II',
    definition: 'Usual residents of the country on 1 January of the reference year.',
    internationalReference: 'UN Principles and Recommendations for Population and Housing Censuses: usual resident population',
  },
  {
    code: 'POP.NETMIG',
    name: 'Net international migration',
    unit: 'persons',
    gmgPart: 'II',
    definition: 'Long-term immigrants minus long-term emigrants during the reference year.',
    internationalReference: 'UN Recommendations on Statistics of International Migration, Rev. 1: long-term migrants (12 months or more)',
  },
  {
    code: 'IMM.FLOW',
    name: 'Long-term immigrants',
    unit: 'persons',
    gmgPart: 'II',
    definition: 'Persons who arrived during the reference year to stay in the country for at least 12 months.',
    internationalReference: 'UN Recommendations on Statistics of International Migration, Rev. 1: long-term immigrant',
    gcmObjective: 1,
  },
  {
    code: 'REM.IN',
    name: 'Personal remittances received',
    unit: 'USD million',
    gmgPart: 'III',
    definition: 'Personal transfers and compensation of employees received from non-residents during the reference year.',
    internationalReference: 'IMF Balance of Payments Manual (BPM6): personal remittances',
    sdgTarget: '10.c',
    gcmObjective: 20,
  },
  {
    code: 'REM.GDP',
    name: 'Personal remittances received as a share of GDP',
    unit: '% of GDP',
    gmgPart: 'III',
    definition: 'Personal remittances received during the reference year divided by gross domestic product.',
    internationalReference: 'IMF Balance of Payments Manual (BPM6): personal remittances; System of National Accounts: GDP',
    gcmObjective: 20,
  },
  {
    code: 'IMM.STOCK',
    name: 'International migrant stock (foreign-born population)',
    unit: 'persons',
    gmgPart: 'IV',
    definition: 'Usual residents born in another country, on 1 January of the reference year.',
    internationalReference: 'UN Recommendations on Statistics of International Migration, Rev. 1: stock of international migrants (foreign-born)',
    sdgTarget: '10.7',
    gcmObjective: 1,
  },
  {
    code: 'EMI.STOCK',
    name: 'Citizens residing abroad',
    unit: 'persons',
    gmgPart: 'IV',
    definition: 'Citizens of the country usually resident in another country at the end of the reference year.',
    internationalReference: 'UN Recommendations on Statistics of International Migration, Rev. 1: stock of emigrants (citizens abroad)',
  },
  {
    code: 'REF.STOCK',
    name: 'Refugees and asylum seekers in the country',
    unit: 'persons',
    gmgPart: 'IV',
    definition: 'Recognised refugees and persons whose asylum application is pending, at the end of the reference year.',
    internationalReference: 'UNHCR statistical definitions; 1951 Convention relating to the Status of Refugees',
  },
  {
    code: 'EDU.ABROAD',
    name: 'Tertiary students studying abroad',
    unit: 'persons',
    gmgPart: 'IV',
    definition: 'Citizens enrolled in tertiary education in another country during the academic year starting in the reference year.',
    internationalReference: 'UNESCO Institute for Statistics: internationally mobile students',
  },
];

type Figure = [code: string, org: string, period: string, value: number, source: DataSourceType, sourceName: string, comparability: Comparability, note?: string];

/** Clearly fictional figures for Norland (the demo country), from three organisations. */
const FICTIONAL = 'Fictional demo figure for the Republic of Norland.';
const series = (code: string, org: string, source: DataSourceType, sourceName: string, comparability: Comparability, values: Record<string, number>, note?: string): Figure[] =>
  Object.entries(values).map(([period, value]) => [code, org, period, value, source, sourceName, comparability, note]);

const EARLY: Figure[] = [
  ...series('IMM.STOCK', 'MIA', 'ADMINISTRATIVE_REGISTER', 'Register of foreign residents (demo)', 'COMPARABLE', { 2014: 28400, 2015: 29900, 2016: 31200, 2017: 33050, 2018: 34800 }),
  ...series('EMI.STOCK', 'MFA', 'ADMINISTRATIVE_REGISTER', 'Consular registers (demo)', 'PARTLY_COMPARABLE', { 2014: 312000, 2016: 318500, 2018: 326000 }, 'Only citizens who registered with a consulate are counted.'),
  ...series('REM.IN', 'NBS', 'SURVEY', 'Balance of payments statistics (demo)', 'COMPARABLE', { 2014: 1210, 2015: 1185, 2016: 1260, 2017: 1330, 2018: 1402 }),
  ...series('POP.TOTAL', 'NBS', 'CENSUS', 'Population estimates based on the 2014 census (demo)', 'COMPARABLE', { 2014: 2861000, 2016: 2849500, 2018: 2838200 }),
  ...series('LEG.ICRMW', 'MFA', 'OTHER', 'Treaty register of the Ministry of Foreign Affairs (demo)', 'COMPARABLE', { 2018: 0 }),
];
const LATER: Figure[] = [
  ...series('IMM.STOCK', 'MIA', 'ADMINISTRATIVE_REGISTER', 'Register of foreign residents (demo)', 'COMPARABLE', { 2019: 36100, 2020: 36900, 2021: 38700, 2022: 41250, 2023: 43100 }),
  // The differing figure: the survey estimate counts only residents of 12 months or more.
  ['IMM.STOCK', 'NBS', '2022', 38900, 'SURVEY', 'Labour force survey 2022 (demo)', 'PARTLY_COMPARABLE', 'Survey estimate; residents of 12 months or more only.'],
  ...series('EMI.STOCK', 'MFA', 'ADMINISTRATIVE_REGISTER', 'Consular registers (demo)', 'PARTLY_COMPARABLE', { 2020: 331200, 2022: 337800 }, 'Only citizens who registered with a consulate are counted.'),
  ...series('REM.IN', 'NBS', 'SURVEY', 'Balance of payments statistics (demo)', 'COMPARABLE', { 2019: 1455, 2020: 1390, 2021: 1520, 2022: 1610, 2023: 1655 }),
  ...series('POP.TOTAL', 'NBS', 'CENSUS', 'Population estimates based on the 2014 census (demo)', 'COMPARABLE', { 2020: 2829000, 2022: 2820400 }),
  ...series('LEG.ICRMW', 'MFA', 'OTHER', 'Treaty register of the Ministry of Foreign Affairs (demo)', 'COMPARABLE', { 2023: 0 }),
];

/**
 * The demo's indicators: the starter catalogue, then figures in two steps around the 2019 release, so that the
 * release freezes only what existed then and the time series shows the published edition beside today's figures.
 */
@Injectable()
export class DemoIndicatorSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dataPoints: DataPointsService,
  ) {}

  /** The catalogue and the figures up to 2018 (before the 2019 release is prepared). */
  async seedCatalogueAndEarlyFigures(workspaceId: string): Promise<void> {
    await this.dataSource.getRepository(IndicatorEntity).insert(
      STARTER_CATALOGUE.map((entry) => ({
        workspaceId,
        ...entry,
        sdgTarget: entry.sdgTarget ?? null,
        gcmObjective: entry.gcmObjective ?? null,
        toBeConfirmed: true,
      })),
    );
    await this.figures(workspaceId, EARLY);
  }

  /** The figures from 2019 on, including one that two organisations supply differently (IMM.STOCK, 2022). */
  async seedLaterFigures(workspaceId: string): Promise<void> {
    await this.figures(workspaceId, LATER);
  }

  private async figures(workspaceId: string, figures: readonly Figure[]): Promise<void> {
    const [indicators, organizations, users] = await Promise.all([
      this.dataSource.getRepository(IndicatorEntity).find({ where: { workspaceId } }),
      this.dataSource.getRepository(OrganizationEntity).find({ where: { workspaceId } }),
      this.dataSource.getRepository(UserEntity).find(),
    ]);
    const coordinatorId = users.find((u) => u.email === 'coordinator@demo.example')!.id;
    const rows = figures.map(([code, org, period, value, sourceType, sourceName, comparability, note]) => {
      const indicator = indicators.find((i) => i.code === code)!;
      const fields: DataPointFields = {
        value,
        dataGap: false,
        unit: indicator.unit,
        period,
        sex: 'TOTAL',
        ageGroup: null,
        countryCode: null,
        sourceType,
        sourceName,
        nationalDefinition: null,
        comparability,
        comparabilityNote: comparability === 'COMPARABLE' ? null : (note ?? 'See the note.'),
        note: FICTIONAL,
      };
      return { ...fields, indicatorId: indicator.id, organizationId: organizations.find((o) => o.acronym === org)!.id };
    });
    await this.dataSource.transaction((manager) => this.dataPoints.upsert(manager, workspaceId, coordinatorId, rows));
  }
}
