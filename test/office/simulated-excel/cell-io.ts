/**
 * Cells as Office.js sees them: `values` holds formula results, dates as serial numbers and errors
 * as strings such as "#N/A"; writes are read the way Excel reads typing.
 */
import type ExcelJS from "exceljs";

export type OfficeScalar = string | number | boolean;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system, from 1900-03-01 on (Excel counts a 29 February 1900). */
const UNIX_EPOCH_SERIAL = 25569;
/** The format exceljs gives a Date it wrote itself (built-in format 14). */
const DEFAULT_DATE_FORMAT = "mm-dd-yy";

export function readValue(sheet: ExcelJS.Worksheet, row: number, col: number): OfficeScalar {
  const cell = sheet.findCell(row, col);
  if (!cell || isMergedAway(cell)) return "";
  return toOffice(cell.value);
}

export function readFormula(sheet: ExcelJS.Worksheet, row: number, col: number): OfficeScalar {
  const cell = sheet.findCell(row, col);
  if (!cell || isMergedAway(cell)) return "";
  const formula = formulaOf(cell);
  return formula === undefined ? toOffice(cell.value) : `=${formula}`;
}

export function readNumberFormat(sheet: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = sheet.findCell(row, col);
  if (!cell) return "General";
  if (cell.numFmt) return cell.numFmt;
  return cell.value instanceof Date ? DEFAULT_DATE_FORMAT : "General";
}

export function hasValue(cell: ExcelJS.Cell): boolean {
  return cell.value !== null && cell.value !== undefined && !isMergedAway(cell);
}

/**
 * Stores an Office.js value write. Excel reads a string as typing: a leading apostrophe keeps the rest
 * as text, "=" (or "+"/"-" before something that is not a number) makes a formula, and numeric or
 * TRUE/FALSE text becomes a number or a boolean. Null leaves the cell as it is.
 */
export function writeTypedInput(sheet: ExcelJS.Worksheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const cell = sheet.getCell(row, col);
  cell.value = typedValue(input);
}

function typedValue(input: unknown): ExcelJS.CellValue {
  if (typeof input === "number" || typeof input === "boolean") return input;
  const text = String(input);
  if (text === "") return null;
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith("=") && text.length > 1) return { formula: text.slice(1) } as ExcelJS.CellFormulaValue;
  const number = numberFromText(text);
  if (number !== undefined) return number;
  if (/^[+-]./.test(text)) return { formula: text } as ExcelJS.CellFormulaValue;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === "TRUE";
  return text;
}

function numberFromText(text: string): number | undefined {
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (!match) return undefined;
  const number = Number(match[1]);
  return match[2] ? number / 100 : number;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value as unknown;
  if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
  if (!("formula" in value) && !("sharedFormula" in value)) return undefined;
  return cell.formula || undefined;
}

function toOffice(value: unknown): OfficeScalar {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);

  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return object.error;
  if (Array.isArray(object.richText)) return object.richText.map((run: { text?: string }) => run.text ?? "").join("");
  if ("formula" in object || "sharedFormula" in object) {
    // NOTE: the host cannot calculate, so a formula without a cached result reads as "".
    return toOffice(object.result);
  }
  if (typeof object.text === "string") return object.text;
  return String(value);
}

function isMergedAway(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}
