/** What a check needs to know about one indicator row, read once by the refresh. */
import type { IndicatorRow } from "../rows";
import type { ReadValue } from "../values";
import type { FindingCode } from "../catalogue";

export interface ValueCell {
  col: number;
  read: ReadValue;
}

export interface RowValues {
  indicator: IndicatorRow;
  percentRow: boolean;
  /** Period columns left to right, hidden ones included. */
  periods: ValueCell[];
  quarter?: ValueCell & { quarter: number };
  yearFigure?: ValueCell;
  previousYear?: ValueCell;
  benchmarks: (ValueCell & { name: string })[];
}

/** A finding before the refresh adds the sheet, address and severity. */
export interface RowFinding {
  col: number;
  code: FindingCode;
  message: string;
}

export function numberOf(cell: ValueCell | undefined): number | undefined {
  return cell?.read.kind === "number" ? cell.read.value : undefined;
}

/** Formats a value on the row's scale as the sheet would show it ("91.4%", "221.2"). */
export function showValue(value: number, decimals: number | null, percentRow: boolean): string {
  const digits = decimals === null ? String(Number(value.toPrecision(10))) : value.toFixed(decimals);
  return percentRow ? `${digits}%` : digits;
}

export function showCell(cell: ValueCell, percentRow: boolean): string {
  return cell.read.kind === "number" ? showValue(cell.read.value, cell.read.decimals, percentRow) : "";
}
