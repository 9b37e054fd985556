/**
 * The engine's view of a workbook: plain data read once by an adapter (Office.js or exceljs).
 * Rows and columns are 1-based, as in Excel.
 */

/** An Excel error value such as "#N/A" or "#DIV/0!". */
export interface CellErrorValue {
  error: string;
}

/** A cell value. A formula cell carries its cached result here; rich text is flattened to plain text. */
export type CellScalar = number | string | boolean | Date | CellErrorValue | null;

export interface SnapshotCell {
  value: CellScalar;
  /** Excel number format code; absent means "General". */
  numberFormat?: string;
  /** Formula text without the leading "=", present only when the cell contains a formula. */
  formula?: string;
}

/** A rectangular block of cells, inclusive, 1-based. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A note (the legacy "comment" in Excel's file format) on a cell. */
export interface SnapshotNote {
  row: number;
  col: number;
  text: string;
}

export interface SheetSnapshot {
  name: string;
  /** rows[r - 1][c - 1] is the cell at row r, column c; a missing entry is an empty cell. */
  rows: (SnapshotCell | undefined)[][];
  merges: CellBox[];
  hiddenRows: number[];
  hiddenColumns: number[];
  notes: SnapshotNote[];
}

export interface WorkbookSnapshot {
  /** File name or workbook title, used in messages only. */
  name: string;
  /** Every sheet except the refresh's own state sheet. */
  sheets: SheetSnapshot[];
  /** Column A of the refresh's very hidden state sheet (see state.ts), top to bottom; absent when there is none. */
  stateChunks?: string[];
}

export function isCellError(value: CellScalar): value is CellErrorValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Returns the cell at (row, col), or undefined when it is empty. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): SnapshotCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** Returns the number of rows in the snapshot (the last row that has any cell). */
export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const row of sheet.rows) {
    if (row && row.length > max) max = row.length;
  }
  return max;
}
