/** Used range, merged areas, hidden rows and columns, and protection of an exceljs worksheet. */
import type ExcelJS from "exceljs";
import { accessDenied } from "./errors";
import { type Box, intersects } from "./a1";
import { hasValue } from "./cell-io";

/** Returns the smallest box containing every value (and, unless valuesOnly, every note, format or merge), or null. */
export function usedBox(sheet: ExcelJS.Worksheet, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  const include = (row: number, col: number): void => {
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  };

  sheet.eachRow({ includeEmpty: !valuesOnly }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: !valuesOnly }, (cell, colNumber) => {
      const counts = valuesOnly ? hasValue(cell) : cell.value !== null || cell.note !== undefined || Boolean(cell.numFmt);
      if (counts) include(rowNumber, colNumber);
    });
  });
  return box;
}

/** Merged areas that overlap the box, whole. exceljs keeps them in a private index keyed by the top-left cell. */
export function mergedBoxes(sheet: ExcelJS.Worksheet, within: Box): Box[] {
  const merges = (sheet as unknown as { _merges: Record<string, Box> })._merges;
  return Object.values(merges)
    .map((merge) => ({ top: merge.top, left: merge.left, bottom: merge.bottom, right: merge.right }))
    .filter((merge) => intersects(merge, within))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

export function isRowHidden(sheet: ExcelJS.Worksheet, row: number): boolean {
  return sheet.findRow(row)?.hidden ?? false;
}

export function isColumnHidden(sheet: ExcelJS.Worksheet, col: number): boolean {
  return col <= sheet.columnCount && sheet.getColumn(col).hidden;
}

/** Splits the visible cells of the box into rectangles: each run of visible rows crossed with each run of visible columns. */
export function visibleBoxes(sheet: ExcelJS.Worksheet, box: Box): Box[] {
  const rowRuns = visibleRuns(box.top, box.bottom, sheet.rowCount, (row) => isRowHidden(sheet, row));
  const columnRuns = visibleRuns(box.left, box.right, sheet.columnCount, (col) => isColumnHidden(sheet, col));
  return rowRuns.flatMap(([top, bottom]) => columnRuns.map(([left, right]) => ({ top, left, bottom, right })));
}

/** True, false, or null when some are hidden and some are not, as Range.rowHidden and columnHidden report. */
export function hiddenState(from: number, to: number, isHidden: (index: number) => boolean): boolean | null {
  let hidden = 0;
  for (let index = from; index <= to; index++) if (isHidden(index)) hidden++;
  if (hidden === 0) return false;
  return hidden === to - from + 1 ? true : null;
}

export function isProtected(sheet: ExcelJS.Worksheet): boolean {
  // exceljs sets sheetProtection in protect() and from the file, but leaves it out of its type declarations.
  return Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);
}

export function assertUnprotected(sheet: ExcelJS.Worksheet, location: string): void {
  if (isProtected(sheet)) throw accessDenied(location);
}

/** Runs of visible indexes; past `lastDefined` exceljs has no row or column, so nothing there is hidden. */
function visibleRuns(from: number, to: number, lastDefined: number, isHidden: (index: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start: number | undefined;
  for (let index = from; index <= to + 1; index++) {
    if (index > lastDefined && index <= to) {
      start ??= index;
      index = to;
      continue;
    }
    const visible = index <= to && !isHidden(index);
    if (visible && start === undefined) start = index;
    if (!visible && start !== undefined) {
      runs.push([start, index - 1]);
      start = undefined;
    }
  }
  return runs;
}
