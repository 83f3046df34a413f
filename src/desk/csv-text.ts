/**
 * CSV that Excel opens correctly with Hangul and that cannot run formulas: RFC 4180 quoting, CRLF line
 * ends, a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code page), and any text
 * cell that a spreadsheet would read as a formula (= + - @, tab, CR, also after spaces or in their
 * full-width forms) prefixed with an apostrophe (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers (a negative gain stays a number); only text can carry a formula.
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: BOM, rows joined by CRLF, a final CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map(csvRow).join('\r\n') + '\r\n';
}
