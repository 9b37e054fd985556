/** Reads an exceljs workbook into the engine's snapshot: values, formats, formulas, merges, hidden state, notes. */
import type ExcelJS from "exceljs";
import type { CellBox, CellScalar, SheetSnapshot, SnapshotCell, SnapshotNote, WorkbookSnapshot } from "../engine/snapshot";
import { parseCellAddress } from "../engine/address";
import { STATE_SHEET_NAME } from "../engine/state";

export function readWorkbookSnapshot(workbook: ExcelJS.Workbook, name: string): WorkbookSnapshot {
  const stateSheet = workbook.getWorksheet(STATE_SHEET_NAME);
  return {
    name,
    sheets: workbook.worksheets.filter((sheet) => sheet !== stateSheet).map(readSheetSnapshot),
    stateChunks: stateSheet ? readStateChunks(stateSheet) : undefined,
  };
}

/** Column A of the state sheet, top to bottom, as text. */
function readStateChunks(worksheet: ExcelJS.Worksheet): string[] {
  const chunks: string[] = [];
  for (let row = 1; row <= worksheet.rowCount; row++) {
    const value = worksheet.getCell(row, 1).value;
    if (typeof value === "string") chunks.push(value);
  }
  return chunks;
}

export function readSheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: (SnapshotCell | undefined)[][] = [];
  const notes: SnapshotNote[] = [];
  const hiddenRows: number[] = [];

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    rows[rowNumber - 1] = readRowCells(row, rowNumber, notes);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];

  return {
    name: worksheet.name,
    rows,
    merges: readMerges(worksheet),
    hiddenRows,
    hiddenColumns: hiddenColumnsOf(worksheet),
    notes,
  };
}

/** exceljs keeps a row's cells in this array; its type declarations leave the field out. */
type WithCells = { _cells: (ExcelJS.Cell | undefined)[] };

/** exceljs's value type of a cell inside a merged area other than its top-left one. */
const MERGE_TYPE = 1;

/**
 * Reads one row's cells in a plain loop over exceljs's cell array, which costs less than a callback per cell.
 * Every column up to the last is visited, as eachCell with includeEmpty did: a note on an empty cell must be
 * read too, or the refresh could not keep or clear it. A gap gets a cell from getCell, as there.
 */
function readRowCells(row: ExcelJS.Row, rowNumber: number, notes: SnapshotNote[]): (SnapshotCell | undefined)[] {
  const stored = (row as unknown as WithCells)._cells;
  const count = stored.length;
  const cells: (SnapshotCell | undefined)[] = new Array(count);
  for (let col = 1; col <= count; col++) {
    const cell = stored[col - 1] ?? row.getCell(col);
    // exceljs repeats the master's value in every merged cell; Excel keeps it in the top-left only.
    cells[col - 1] = cell.type === MERGE_TYPE ? undefined : snapshotCell(cell);
    const note = noteText(cell.note);
    if (note !== undefined) notes.push({ row: rowNumber, col, text: note });
  }
  return cells;
}

function snapshotCell(cell: ExcelJS.Cell): SnapshotCell | undefined {
  const numberFormat = cell.numFmt || undefined;
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return numberFormat ? { value: null, numberFormat } : undefined;

  if (typeof raw === "object" && !(raw instanceof Date)) {
    const object = raw as Record<string, unknown>;
    if ("formula" in object || "sharedFormula" in object) {
      const formula = String(object.formula ?? cell.formula ?? object.sharedFormula ?? "");
      return { value: scalarOf(object.result), numberFormat, formula };
    }
  }
  return { value: scalarOf(raw), numberFormat };
}

/** Flattens exceljs's value shapes (rich text, hyperlinks, errors) to a plain scalar. */
function scalarOf(raw: unknown): CellScalar {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean" || raw instanceof Date) return raw;
  if (typeof raw === "object") {
    const object = raw as Record<string, unknown>;
    if (typeof object.error === "string") return { error: object.error };
    if (Array.isArray(object.richText)) return object.richText.map((run: { text?: string }) => run.text ?? "").join("");
    if (typeof object.text === "string") return object.text;
    if ("result" in object) return scalarOf(object.result);
  }
  return String(raw);
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return texts ? texts.map((t) => t.text ?? "").join("") : undefined;
}

/** The merge boxes exceljs keeps per sheet; its type declarations leave the field out. */
type WithMerges = { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> };

function readMerges(worksheet: ExcelJS.Worksheet): CellBox[] {
  // worksheet.model would list the merges too, but it first builds a model of every row and cell.
  const merges = (worksheet as unknown as WithMerges)._merges;
  if (merges) return Object.values(merges).map((box) => ({ top: box.top, left: box.left, bottom: box.bottom, right: box.right }));

  const ranges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return ranges.map((range) => {
    const [start, end = start] = range.split(":");
    const a = parseCellAddress(start);
    const b = parseCellAddress(end);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

function hiddenColumnsOf(worksheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  const count = worksheet.columnCount;
  for (let col = 1; col <= count; col++) {
    if (worksheet.getColumn(col).hidden) hidden.push(col);
  }
  return hidden;
}
