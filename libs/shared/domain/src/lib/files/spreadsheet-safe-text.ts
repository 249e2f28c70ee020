/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula: a text such as
 * `=HYPERLINK(...)` (in a comment, an organisation name, a source) would run when the file is opened. A leading apostrophe makes it text, as spreadsheets themselves
 * do (OWASP "CSV injection"). Numbers are written as numbers, never through this.
 */
export function spreadsheetSafeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
