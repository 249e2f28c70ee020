import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { NotFoundError } from '@mps/api-core';
import { ReleaseEntity, ReleaseFrameEntity, ReleasesService } from '@mps/api-releases';
import { spreadsheetSafeText } from '@mps/shared-domain';
import { ReleaseIndicatorValueEntity } from '../entities/release-indicator-value.entity';

/** The columns of the open-data files, in order, with what each holds (the JSON lists these as its metadata). */
export const OPEN_DATA_COLUMNS = [
  { name: 'indicator_code', description: 'Stable code of the indicator in the catalogue' },
  { name: 'indicator_name', description: 'Name of the indicator' },
  { name: 'value', description: 'The figure (empty for a data gap)' },
  { name: 'unit', description: 'Unit of the figure' },
  { name: 'period', description: 'Reference period: a year, a range of years, a quarter or a month' },
  { name: 'sex', description: 'TOTAL, FEMALE or MALE' },
  { name: 'age_group', description: 'Age group (empty: all ages)' },
  { name: 'country', description: 'Country of origin or destination, ISO 3166 alpha-2 (empty: all)' },
  { name: 'organisation', description: 'The organisation that supplied the figure' },
  { name: 'source_type', description: 'CENSUS, SURVEY, ADMINISTRATIVE_REGISTER or OTHER' },
  { name: 'source', description: 'Name of the source' },
  { name: 'definition', description: 'Definition of the indicator in the catalogue' },
  { name: 'international_reference', description: 'The UN Recommendations on Statistics of International Migration concept it maps to' },
  { name: 'national_definition', description: 'The national definition used for this figure' },
  { name: 'comparability', description: 'COMPARABLE, PARTLY_COMPARABLE or NOT_COMPARABLE with the international standards' },
  { name: 'comparability_note', description: 'Why the figure is not fully comparable' },
  { name: 'data_gap', description: 'true when no figure exists for this slice' },
  { name: 'selection', description: 'SINGLE; CHOSEN or NOT_CHOSEN where organisations differed and one figure was chosen; DIFFERING where none was' },
  { name: 'footnote', description: 'Explanation of differing figures' },
  { name: 'note', description: 'Note on the figure' },
] as const;

export interface OpenDataFile {
  release: ReleaseEntity;
  /** The profile's title and edition as the release froze them. */
  frame: Pick<ReleaseFrameEntity, 'title' | 'edition'>;
  figures: ReleaseIndicatorValueEntity[];
}

const cellsOf = (f: ReleaseIndicatorValueEntity): Array<string | number> => [
  f.indicatorCode,
  f.indicatorName,
  f.value ?? '',
  f.unit,
  f.period,
  f.sex,
  f.ageGroup,
  f.countryCode,
  f.organizationName,
  f.sourceType,
  f.sourceName,
  f.definition,
  f.internationalReference ?? '',
  f.nationalDefinition ?? '',
  f.comparability,
  f.comparabilityNote ?? '',
  f.dataGap ? 'true' : 'false',
  f.selection,
  f.footnote ?? '',
  f.note ?? '',
];

/**
 * Open data (GET /open-data/releases/:id/indicators.csv|.json): a published release's frozen figures, to anyone.
 * Anything but a published release is NOT_FOUND, exactly as if it did not exist (candidates are workspace content;
 * a withdrawn release is no longer offered as data).
 */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: ReleasesService,
  ) {}

  async load(releaseId: string): Promise<OpenDataFile> {
    const release = await this.releases.find(releaseId);
    if (release.status !== 'PUBLISHED') throw new NotFoundError('Release');
    const [[frame], figures] = await Promise.all([
      this.releases.framesOf([release.id]),
      this.dataSource.getRepository(ReleaseIndicatorValueEntity).find({ where: { releaseId: release.id }, order: { position: 'ASC' } }),
    ]);
    if (!frame) throw new NotFoundError('Release');
    return { release, frame, figures };
  }

  /** The header line, then a line per figure. Text that a spreadsheet would run as a formula is made plain text. */
  csv(file: OpenDataFile): string {
    const header = OPEN_DATA_COLUMNS.map((c) => c.name);
    const rows = file.figures.map((f) => cellsOf(f).map((cell) => (typeof cell === 'number' ? cell : spreadsheetSafeText(cell))));
    return stringify([header, ...rows], { record_delimiter: 'unix' });
  }

  json(file: OpenDataFile): unknown {
    const { release, frame } = file;
    return {
      release: {
        id: release.id,
        version: release.version,
        profileTitle: frame.title,
        edition: frame.edition,
        publishedAt: release.publishedAt,
      },
      columns: OPEN_DATA_COLUMNS,
      figures: file.figures.map((f) => ({
        indicatorCode: f.indicatorCode,
        indicatorName: f.indicatorName,
        value: f.value,
        unit: f.unit,
        period: f.period,
        sex: f.sex,
        ageGroup: f.ageGroup || null,
        country: f.countryCode || null,
        organisation: f.organizationName,
        sourceType: f.sourceType,
        source: f.sourceName,
        definition: f.definition,
        internationalReference: f.internationalReference,
        nationalDefinition: f.nationalDefinition,
        comparability: f.comparability,
        comparabilityNote: f.comparabilityNote,
        dataGap: f.dataGap,
        selection: f.selection,
        footnote: f.footnote,
        note: f.note,
      })),
    };
  }

  fileName(file: OpenDataFile, extension: 'csv' | 'json'): string {
    const slug = `${file.frame.title}-${file.release.version}`
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .toLowerCase();
    return `indicators-${slug || 'release'}.${extension}`;
  }
}
