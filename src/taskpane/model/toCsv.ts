/**
 * CSV text for the pane's exports, quoted as RFC 4180 asks, so Excel and other tools read every field whole.
 */

export type CsvValue = string | number | undefined | null;

/** Excel runs a field that starts with one of these as a formula, so such text gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Joins rows into CSV with CRLF line ends; a field with a comma, quote or line break is quoted. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

function field(value: CsvValue): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);

  const text = FORMULA_START.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
