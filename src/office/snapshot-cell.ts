/** One cell of a loaded range turned into the engine's SnapshotCell. */
import type { CellScalar, SnapshotCell } from "../engine/snapshot";
import { isDateFormat, serialToDate } from "./date-formats";

/**
 * The error values Excel puts in `values` as text. A person can type one of these only behind an
 * apostrophe, so a cell holding exactly this text is read as the error.
 */
const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!",
]);

/**
 * Builds a snapshot cell from the same position in `values`, `numberFormat` and `formulas`; undefined
 * for an empty cell. An empty cell that only has a format is empty too.
 */
export function toSnapshotCell(value: unknown, numberFormat: unknown, formula: unknown): SnapshotCell | undefined {
  const format = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  const formulaText = formulaOf(value, formula);
  if ((value === "" || value === null || value === undefined) && formulaText === undefined) return undefined;

  const cell: SnapshotCell = { value: toScalar(value, format) };
  if (format !== undefined) cell.numberFormat = format;
  if (formulaText !== undefined) cell.formula = formulaText;
  return cell;
}

function toScalar(value: unknown, format: string | undefined): CellScalar {
  if (typeof value === "string") return ERROR_VALUES.has(value) ? { error: value } : value;
  // NOTE: dates are read in the 1900 date system; Office.js does not say when a workbook uses 1904.
  if (typeof value === "number") return Number.isFinite(value) && isDateFormat(format) ? serialToDate(value) : value;
  if (typeof value === "boolean") return value;
  return value === null || value === undefined ? null : String(value);
}

/**
 * `formulas` repeats a constant's value, so only text starting with "=" is a formula. Text typed as
 * '=abc shows the same text in both arrays, which no real formula does, so that stays a constant.
 */
function formulaOf(value: unknown, formula: unknown): string | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  if (typeof value === "string" && value === formula) return undefined;
  return formula.slice(1);
}
