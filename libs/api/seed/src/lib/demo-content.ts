/**
 * Fictional text for the demo profile: Norland and every figure here are
 * invented. Each entry lists successive drafts (oldest first) and who wrote them.
 */
type Inline = Record<string, unknown>;
const text = (value: string, ...marks: string[]): Inline => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const link = (value: string, href: string): Inline => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });
const note = (value: string): Inline => ({ type: 'footnote', attrs: { text: value } });
const p = (...content: Array<Inline | string>) => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const h = (level: 2 | 3, value: string) => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const ul = (...items: string[]) => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [p(i)] })) });
const cell = (value: string, header = false) => ({ type: header ? 'tableHeader' : 'tableCell', content: [p(value)] });
const table = (head: string[], ...rows: string[][]) => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: head.map((v) => cell(v, true)) },
    ...rows.map((r) => ({ type: 'tableRow', content: r.map((v) => cell(v)) })),
  ],
});
const ol = (...items: string[]) => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((i) => ({ type: 'listItem', content: [p(i)] })),
});
const doc = (...content: unknown[]) => ({ type: 'doc' as const, content });
export type DemoDocument = ReturnType<typeof doc>;

// Blocks that stay the same from one draft to the next.
const STRATEGY_OBJECTIVES = ol(
  'Managing labour migration in line with labour market needs',
  'Strengthening the links with the diaspora',
  'Supporting the reintegration of returning migrants',
  'Improving migration statistics and their use in policy',
);

export interface DemoDraft {
  author: string;
  summary: string;
  content: unknown;
}

/** A.2's chart (issue 11): the immigrant stock over five years from the demo data, with its table for screen readers. */
const IMMIGRANT_STOCK_CHART = {
  type: 'indicatorBlock',
  attrs: {
    codes: ['IMM.STOCK'],
    periods: ['2019', '2020', '2021', '2022', '2023'],
    sex: 'TOTAL',
    ageGroup: '',
    countryCode: '',
    display: 'chart',
    caption: 'Immigrant stock, 2019-2023 (fictional demo figures)',
  },
};

export const DEMO_CONTENT: Readonly<Record<string, readonly DemoDraft[]>> = {
  'executive-summary': [
    {
      author: 'coordinator@demo.example',
      summary: 'Outline of the summary',
      content: doc(p('Norland remains a country of net emigration. This profile brings together the data of five ministries and agencies to describe migration trends, their impact, and how migration is governed.')),
    },
    {
      author: 'coordinator@demo.example',
      summary: 'Key messages agreed at the TWG meeting of 12 March',
      content: doc(
        p('Norland remains a country of ', text('net emigration', 'bold'), '. This profile brings together the data of five ministries and agencies to describe migration trends, their impact, and how migration is governed.'),
        ul(
          'About one resident in seven lives abroad for more than a year.',
          'Remittances equal roughly one tenth of gross domestic product.',
          'Return migration has grown since the 2021 reintegration programme.',
        ),
      ),
    },
  ],
  'key-data': [
    {
      author: 'focal.statistics@demo.example',
      summary: 'Core indicators, first compilation',
      content: doc(
        table(
          ['Indicator', 'Value', 'Reference period', 'Source'],
          ['Resident population', '3,412,000', '1 January 2024', 'Population register'],
          ['Emigrants abroad over 12 months', '488,000', '2023', 'Labour Force Survey'],
          ['Immigrant stock', '41,200', '2023', 'Residence permits'],
          ['Personal remittances, % of GDP', '9.8', '2023', 'National Bank'],
        ),
      ),
    },
  ],
  'trends.emigration': [
    {
      author: 'focal.statistics@demo.example',
      summary: 'First draft from the Labour Force Survey',
      content: doc(
        p('Emigration from Norland grew steadily between 2015 and 2023. Most emigrants are of working age and leave for seasonal or long-term work.'),
      ),
    },
    {
      author: 'focal.statistics@demo.example',
      summary: 'Added destinations and survey source',
      content: doc(
        p('Emigration from Norland grew steadily between 2015 and 2023, reaching an estimated 488,000 people abroad for more than twelve months', note('Labour Force Survey 2023, module on absent household members.'), '. Most emigrants are of working age and leave for seasonal or long-term work.'),
        h(3, 'Main destinations'),
        ul('Southern Union member states (61%)', 'Eastern neighbours (24%)', 'Other countries (15%)'),
      ),
    },
    {
      // The section is drafted by NBS and MFA: the Interior ministry's data reaches it through the coordinator.
      author: 'coordinator@demo.example',
      summary: 'Border crossing data from the Ministry of Internal Affairs, and a definition note',
      content: doc(
        p('Emigration from Norland grew steadily between 2015 and 2023, reaching an estimated 488,000 people abroad for more than twelve months', note('Labour Force Survey 2023, module on absent household members.'), '. Most emigrants are of working age and leave for seasonal or long-term work.'),
        h(3, 'Main destinations'),
        ul('Southern Union member states (61%)', 'Eastern neighbours (24%)', 'Other countries (15%)'),
        p('Border crossing records of the Ministry of Internal Affairs count trips, not persons, and are therefore ', text('not comparable', 'italic'), ' with the survey estimate; the TWG uses the survey figure as its reference.'),
      ),
    },
  ],
  'trends.immigration': [
    {
      author: 'focal.interior@demo.example',
      summary: 'Residence permit statistics',
      content: doc(p('In 2023 the Bureau for Migration issued 9,870 first residence permits, mostly for work (44%), family reunification (31%) and study (17%). The immigrant stock stood at 41,200 at the end of the year.')),
    },
    {
      author: 'focal.statistics@demo.example',
      summary: 'Census comparison',
      content: doc(
        p('In 2023 the Bureau for Migration issued 9,870 first residence permits, mostly for work (44%), family reunification (31%) and study (17%). The immigrant stock stood at 41,200 at the end of the year.'),
        p('The 2022 census counted 38,900 foreign-born residents; the difference with the permit register reflects permits that expired without departure being recorded.'),
        IMMIGRANT_STOCK_CHART,
      ),
    },
  ],
  'impact.economic': [
    {
      author: 'focal.labour@demo.example',
      summary: 'Remittances and household income',
      content: doc(
        p('Personal remittances reached 9.8% of GDP in 2023. Household budget data show that remittances are spent mainly on consumption, housing and education.'),
        p('See the ', link('National Bank remittance series', 'https://stat.example/remittances'), ' for quarterly figures.'),
      ),
    },
  ],
  'governance.policy': [
    {
      author: 'focal.interior@demo.example',
      summary: 'Strategy overview',
      content: doc(
        p('The National Migration and Asylum Strategy 2021–2030 sets four objectives:'),
        STRATEGY_OBJECTIVES,
      ),
    },
    {
      author: 'coordinator@demo.example',
      summary: 'Implementation status quote',
      content: doc(
        p('The National Migration and Asylum Strategy 2021–2030 sets four objectives:'),
        STRATEGY_OBJECTIVES,
        { type: 'blockquote', content: [p('“Two thirds of the 2021–2023 action plan measures were implemented on time.” — Mid-term review, 2024')] },
      ),
    },
  ],
};

const EMIGRATION_DESTINATIONS = [
  h(3, 'Main destinations'),
  ul('Southern Union member states (61%)', 'Eastern neighbours (24%)', 'Other countries (15%)'),
  p('Border crossing records of the Ministry of Internal Affairs count trips, not persons, and are therefore ', text('not comparable', 'italic'), ' with the survey estimate; the TWG uses the survey figure as its reference.'),
];

/** Texts of the demo review history (libs/api/seed/src/lib/demo-reviews.ts). */
export const DEMO_REVIEW_EDITS = {
  emigrationSuggestion:
    'reaching an estimated 488,000 people who had been abroad for more than twelve months (the Labour Force Survey definition of an emigrant)',
  /** A.4 with the civil-society suggestion applied in place of its passage. */
  emigrationWithDefinition: doc(
    p('Emigration from Norland grew steadily between 2015 and 2023, reaching an estimated 488,000 people who had been abroad for more than twelve months (the Labour Force Survey definition of an emigrant)', note('Labour Force Survey 2023, module on absent household members.'), '. Most emigrants are of working age and leave for seasonal or long-term work.'),
    ...EMIGRATION_DESTINATIONS,
  ),
  /** A.2 with the census sentence rewritten: the academic's passage is gone, so that thread is orphaned. */
  immigrationRewritten: doc(
    p('In 2023 the Bureau for Migration issued 9,870 first residence permits, mostly for work (44%), family reunification (31%) and study (17%). The immigrant stock stood at 41,200 at the end of the year.'),
    p('The 2022 census counted 38,900 foreign-born residents. The annex explains how the census and the permit register differ.'),
    IMMIGRANT_STOCK_CHART,
  ),
};
