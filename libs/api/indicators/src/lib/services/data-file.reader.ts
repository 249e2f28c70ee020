import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import { BadUserInputError } from '@mps/api-core';
import { IMPORT_LIMITS, type ImportCell } from '@mps/shared-domain';

/** A data file read into cells: the header row and the data rows. */
export interface DataFileCells {
  format: 'CSV' | 'XLSX';
  header: ImportCell[];
  rows: ImportCell[][];
}

/** What the XLSX inside may unpack to at most: a small zip can hold gigabytes of XML (a "zip bomb"). */
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;

const refuse = (message: string) => new BadUserInputError(message, 'file');

/**
 * Reads an uploaded data file. Every way a file can be wrong becomes one clear BAD_USER_INPUT on the field `file`
 * before any row is checked: not base64, empty, too large, an old .xls or another binary, a CSV that is not UTF-8,
 * a workbook that does not open, more rows than allowed. Formulas are never evaluated: their cells come back as
 * { formula } and the row check refuses them (a cached result may be stale, and a person should see the value).
 */
export async function readDataFile(fileName: string, contentBase64: string): Promise<DataFileCells> {
  const encoded = contentBase64.replace(/\s+/g, '');
  if (encoded.length > Math.ceil((IMPORT_LIMITS.maxBytes * 4) / 3) + 4) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw refuse('The file did not arrive intact: choose it again.');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw refuse('The file is empty: choose a CSV or Excel (.xlsx) file with a header row and figures.');
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw tooLarge();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse('This is an old Excel file (.xls): in Excel choose File > Save As > Excel Workbook (.xlsx), or CSV UTF-8, and import that.');
  }
  if (/\.xlsx?$/i.test(fileName)) throw refuse('This file is not an Excel workbook that can be opened: save it again as .xlsx or as CSV UTF-8.');
  return readCsv(bytes);
}

function tooLarge(): BadUserInputError {
  return refuse(
    `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB: split it into several files of at most ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows.`,
  );
}

function tooManyRows(count: number): BadUserInputError {
  return refuse(`The file has ${count.toLocaleString('en')} rows; at most ${IMPORT_LIMITS.maxRows.toLocaleString('en')} can be imported at once: split it.`);
}

function readCsv(bytes: Buffer): DataFileCells {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw refuse('The file is saved as UTF-16 ("Unicode text"): in Excel choose Save As > CSV UTF-8 (comma delimited), and import that.');
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw refuse('This is not a CSV or Excel (.xlsx) file: choose the data file itself, saved as CSV UTF-8 or .xlsx.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('The file is not UTF-8 text (accented letters would be garbled): in Excel choose Save As > CSV UTF-8 (comma delimited), and import that.');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Spreadsheets in many locales write CSV with semicolons; a header tells which one this file uses.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      to_line: IMPORT_LIMITS.maxRows + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw refuse(`The CSV cannot be read${line ? ` near line ${line}` : ''}: check that quotes are closed, or save it again from the spreadsheet as CSV UTF-8.`);
  }
  if (records.length === 0) throw refuse('The file is empty: choose a CSV or Excel (.xlsx) file with a header row and figures.');
  if (records.length - 1 > IMPORT_LIMITS.maxRows) throw tooManyRows(countLines(text) - 1);
  const [header, ...rows] = records;
  return { format: 'CSV', header: header!, rows };
}

const countLines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim()).length;

async function readXlsx(bytes: Buffer): Promise<DataFileCells> {
  const entries = zipEntries(bytes);
  if (!entries) throw refuse('This file is not an Excel workbook that can be opened: save it again as .xlsx or as CSV UTF-8.');
  if (entries.reduce((sum, e) => sum + e.unpackedBytes, 0) > MAX_UNPACKED_BYTES) throw tooLarge();
  if (!entries.some((e) => e.name === '[Content_Types].xml') || !entries.some((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    throw refuse('This file is not an Excel workbook (.xlsx): save it again as .xlsx or as CSV UTF-8.');
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('This file is not an Excel workbook that can be opened: save it again as .xlsx or as CSV UTF-8.');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw refuse('The workbook is empty: put the header row and the figures on its first sheet.');
  if (sheet.rowCount - 1 > IMPORT_LIMITS.maxRows) throw tooManyRows(sheet.rowCount - 1);
  const width = sheet.columnCount;
  const records: ImportCell[][] = [];
  // Row numbers are kept: a report's "row 7" must be row 7 in the spreadsheet, blank rows included.
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: ImportCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(toCell(row.getCell(c).value));
    records.push(cells);
  }
  const [header, ...rows] = records;
  return { format: 'XLSX', header: header ?? [], rows };
}

function toCell(value: CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as { formula?: string; sharedFormula?: string };
      return { formula: String(v.formula ?? v.sharedFormula ?? '') };
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

/**
 * The names and unpacked sizes of a zip's entries, from its central directory (read before anything is unpacked), or
 * null when the bytes are not a readable zip. A ZIP64 size (0xFFFFFFFF) counts as unbounded.
 */
export function zipEntries(bytes: Buffer): Array<{ name: string; unpackedBytes: number }> | null {
  const END_SIGNATURE = 0x06054b50;
  const ENTRY_SIGNATURE = 0x02014b50;
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: Array<{ name: string; unpackedBytes: number }> = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ENTRY_SIGNATURE) return null;
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      unpackedBytes: size === 0xffffffff ? Number.POSITIVE_INFINITY : size,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
