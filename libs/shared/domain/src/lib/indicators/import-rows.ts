import { dataPointSchema, indicatorCodeSchema, validationMessageEn } from '../input-schemas';
import type { Comparability, DataSourceType, Sex } from './indicator-terms';

/**
 * Reading the rows of an indicator data file (CSV or XLSX) into figures, with a report a person can fix from: each
 * problem names the spreadsheet row (the header is row 1), the column and what to change. Pure: the API reads the
 * file into cells, this checks them against the catalogue and the organisations, and the same code runs in preview
 * and in the import itself, so the preview never promises what the import refuses.
 */

/** The columns of a data file, in the order of the template. `required`: the header must be present. */
export const IMPORT_COLUMNS = [
  { name: 'indicator_code', required: true, label: 'Indicator code' },
  { name: 'period', required: true, label: 'Period' },
  { name: 'value', required: true, label: 'Value' },
  { name: 'unit', required: false, label: 'Unit' },
  { name: 'sex', required: false, label: 'Sex' },
  { name: 'age_group', required: false, label: 'Age group' },
  { name: 'country', required: false, label: 'Country' },
  { name: 'organisation', required: false, label: 'Organisation' },
  { name: 'source_type', required: true, label: 'Source type' },
  { name: 'source_name', required: true, label: 'Source name' },
  { name: 'national_definition', required: false, label: 'National definition' },
  { name: 'comparability', required: true, label: 'Comparability' },
  { name: 'comparability_note', required: false, label: 'Comparability note' },
  { name: 'data_gap', required: false, label: 'Data gap' },
  { name: 'note', required: false, label: 'Note' },
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

/** Limits of one file: past them the whole file is refused before any row is read. */
export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 2 * 1024 * 1024,
  /** Data rows (the header not counted). */
  maxRows: 20_000,
  /** Problems listed in a report; the count says how many there were in all. */
  maxProblemsListed: 500,
} as const;

/** One cell as the file reader hands it over: text, a number, a boolean, empty, or a formula it refused to evaluate. */
export type ImportCell = string | number | boolean | null | { formula: string };

export interface ImportProblem {
  /** The spreadsheet row: the header is row 1, the first figure row 2. 1 for problems of the header itself. */
  row: number;
  /** The column's header name, or null for a problem of the whole row. */
  column: string | null;
  message: string;
}

export interface ImportContext {
  indicators: ReadonlyMap<string, { id: string; unit: string }>;
  organizations: ReadonlyArray<{ id: string; name: string; acronym: string | null }>;
  /** The organisation whose figures the importer may supply; null: any (coordinators). */
  onlyOrganizationId: string | null;
  /** The importer's own organisation, used when a row names none. */
  defaultOrganizationId: string | null;
}

export interface ImportedFigure {
  row: number;
  indicatorId: string;
  indicatorCode: string;
  organizationId: string;
  value: number | null;
  dataGap: boolean;
  unit: string;
  period: string;
  sex: Sex;
  ageGroup: string | null;
  countryCode: string | null;
  sourceType: DataSourceType;
  sourceName: string;
  nationalDefinition: string | null;
  comparability: Comparability;
  comparabilityNote: string | null;
  note: string | null;
}

const normalHeader = (value: string) =>
  value
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^organization$/, 'organisation')
    .replace(/^code$/, 'indicator_code')
    .replace(/^indicator$/, 'indicator_code');

const word = (value: string) => value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const SEX_WORDS: Record<string, Sex> = { '': 'TOTAL', total: 'TOTAL', t: 'TOTAL', all: 'TOTAL', female: 'FEMALE', f: 'FEMALE', women: 'FEMALE', male: 'MALE', m: 'MALE', men: 'MALE' };
const SOURCE_WORDS: Record<string, DataSourceType> = {
  census: 'CENSUS',
  survey: 'SURVEY',
  'administrative register': 'ADMINISTRATIVE_REGISTER',
  administrative: 'ADMINISTRATIVE_REGISTER',
  register: 'ADMINISTRATIVE_REGISTER',
  other: 'OTHER',
};
const COMPARABILITY_WORDS: Record<string, Comparability> = {
  comparable: 'COMPARABLE',
  yes: 'COMPARABLE',
  'partly comparable': 'PARTLY_COMPARABLE',
  partly: 'PARTLY_COMPARABLE',
  'not comparable': 'NOT_COMPARABLE',
  no: 'NOT_COMPARABLE',
};
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** Which column holds which field, or the problems of the header (missing or repeated columns). */
export function mapHeader(header: readonly ImportCell[]): { columns: Map<ImportColumn, number>; problems: ImportProblem[] } {
  const columns = new Map<ImportColumn, number>();
  const problems: ImportProblem[] = [];
  const known = new Set<string>(IMPORT_COLUMNS.map((c) => c.name));
  header.forEach((cell, index) => {
    const name = normalHeader(typeof cell === 'string' ? cell : cell === null ? '' : String(typeof cell === 'object' ? '' : cell));
    if (!known.has(name)) return;
    if (columns.has(name as ImportColumn)) {
      problems.push({ row: 1, column: name, message: `The column ${name} appears twice: keep one.` });
      return;
    }
    columns.set(name as ImportColumn, index);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.has(c.name)).map((c) => c.name);
  if (missing.length) {
    problems.push({
      row: 1,
      column: null,
      message: `The first row must name the columns; missing: ${missing.join(', ')}. Start from the template to get every column.`,
    });
  }
  return { columns, problems };
}

const cellText = (cell: ImportCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return '';
  return String(cell).trim();
};

/** "12 500", "12,500.5" and "1.5e3" are numbers; "12,5" is ambiguous and refused. */
function parseNumber(cell: ImportCell | undefined): number | null | 'invalid' {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  if (typeof cell === 'boolean' || typeof cell === 'object') return 'invalid';
  const text = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!text) return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return 'invalid';
  const value = Number(plain);
  return Number.isFinite(value) ? value : 'invalid';
}

const FIELD_COLUMNS: Record<string, ImportColumn> = {
  value: 'value',
  dataGap: 'data_gap',
  unit: 'unit',
  period: 'period',
  sex: 'sex',
  ageGroup: 'age_group',
  countryCode: 'country',
  sourceType: 'source_type',
  sourceName: 'source_name',
  nationalDefinition: 'national_definition',
  comparability: 'comparability',
  comparabilityNote: 'comparability_note',
  note: 'note',
};
const FIELD_LABELS: Record<string, string> = {
  value: 'the value',
  unit: 'the unit',
  period: 'the period',
  sex: 'the sex',
  ageGroup: 'the age group',
  countryCode: 'the country',
  sourceType: 'the source type',
  sourceName: 'the source name',
  nationalDefinition: 'the national definition',
  comparability: 'the comparability',
  comparabilityNote: 'the comparability note',
  note: 'the note',
};

/**
 * Checks every data row and answers the figures of the valid ones and the problems of the others. A figure repeated
 * in the file (same indicator, period, disaggregation and organisation) is a problem on its second row.
 */
export function readImportRows(
  header: readonly ImportCell[],
  rows: ReadonlyArray<readonly ImportCell[]>,
  context: ImportContext,
): { figures: ImportedFigure[]; problems: ImportProblem[]; rowCount: number } {
  const { columns, problems } = mapHeader(header);
  if (problems.length) return { figures: [], problems, rowCount: rows.length };
  const figures: ImportedFigure[] = [];
  const seen = new Map<string, number>();
  const byName = new Map<string, string>();
  for (const org of context.organizations) {
    byName.set(org.name.trim().toLowerCase(), org.id);
    if (org.acronym) byName.set(org.acronym.trim().toLowerCase(), org.id);
  }
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => cellText(c) === '' && !(c && typeof c === 'object'))) return; // blank lines are skipped
    const at = (column: ImportColumn) => {
      const i = columns.get(column);
      return i === undefined ? undefined : cells[i];
    };
    const rowProblems: ImportProblem[] = [];
    const problem = (column: ImportColumn | null, message: string) => rowProblems.push({ row, column, message });
    columns.forEach((i, column) => {
      const cell = cells[i];
      if (cell && typeof cell === 'object') {
        problem(column, `This cell holds a formula (=${cell.formula.slice(0, 40)}): formulas are not imported; type the value itself.`);
      }
    });
    if (rowProblems.length) return void problems.push(...rowProblems);

    const code = indicatorCodeSchema.safeParse(cellText(at('indicator_code')));
    const indicator = code.success ? context.indicators.get(code.data) : undefined;
    if (!cellText(at('indicator_code'))) problem('indicator_code', 'Enter the indicator code, like IMM.STOCK.');
    else if (!indicator) problem('indicator_code', `${cellText(at('indicator_code')).slice(0, 40)} is not in the catalogue: use a code from the catalogue.`);

    let organizationId: string | null = null;
    const orgText = cellText(at('organisation'));
    if (!orgText) {
      organizationId = context.onlyOrganizationId ?? context.defaultOrganizationId;
      if (!organizationId) problem('organisation', 'Name the organisation that supplied the figure (its acronym or name).');
    } else {
      organizationId = byName.get(orgText.toLowerCase()) ?? null;
      if (!organizationId) problem('organisation', `${orgText.slice(0, 60)} is not an organisation of this workspace: use its acronym or name.`);
      else if (context.onlyOrganizationId && organizationId !== context.onlyOrganizationId) {
        problem('organisation', `You may supply figures for your own organisation only, not ${orgText.slice(0, 60)}.`);
      }
    }

    const sexWord = word(cellText(at('sex')));
    const sex = SEX_WORDS[sexWord];
    if (!sex) problem('sex', 'Use Total, Female or Male for the sex (or leave it empty for the total).');
    const sourceWord = word(cellText(at('source_type')));
    const sourceType = SOURCE_WORDS[sourceWord];
    if (!sourceType) problem('source_type', 'Use census, survey, administrative register or other for the source type.');
    const comparabilityWord = word(cellText(at('comparability')));
    const comparability = COMPARABILITY_WORDS[comparabilityWord];
    if (!comparability) problem('comparability', 'Use comparable, partly comparable or not comparable.');
    const gapWord = word(cellText(at('data_gap')));
    const dataGap = YES.has(gapWord) ? true : NO.has(gapWord) ? false : null;
    if (dataGap === null) problem('data_gap', 'Use yes or no for the data gap (or leave it empty for no).');
    const value = parseNumber(at('value'));
    if (value === 'invalid') problem('value', 'Enter the value as a number, like 12500 or 3.75 (no units or words).');

    if (rowProblems.length === 0) {
      const parsed = dataPointSchema.safeParse({
        value,
        dataGap: dataGap ?? false,
        unit: cellText(at('unit')) || indicator!.unit,
        period: cellText(at('period')),
        sex,
        ageGroup: cellText(at('age_group')),
        countryCode: cellText(at('country')),
        sourceType,
        sourceName: cellText(at('source_name')),
        nationalDefinition: cellText(at('national_definition')),
        comparability,
        comparabilityNote: cellText(at('comparability_note')),
        note: cellText(at('note')),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          problem(FIELD_COLUMNS[field] ?? null, validationMessageEn(issue.message, FIELD_LABELS[field] ?? 'the value'));
        }
      } else {
        const figure: ImportedFigure = {
          row,
          indicatorId: indicator!.id,
          indicatorCode: code.success ? code.data : '',
          organizationId: organizationId!,
          ...parsed.data,
        };
        const key = [figure.indicatorId, figure.period, figure.sex, figure.ageGroup ?? '', figure.countryCode ?? '', figure.organizationId].join('|');
        const first = seen.get(key);
        if (first !== undefined) problem(null, `Row ${first} already gives this figure (same indicator, period, disaggregation and organisation): keep one of the two rows.`);
        else {
          seen.set(key, row);
          figures.push(figure);
        }
      }
    }
    problems.push(...rowProblems);
  });
  return { figures, problems, rowCount: rows.length };
}
