/**
 * Checks the command line makes before it writes, each ending the run with one plain sentence (exit 2):
 * an empty workbook, a scorecard with no indicator rows, duplicated headers, and a planned write that
 * would land on a formula.
 */
import type ExcelJS from "exceljs";
import type { RefreshPlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { cellAt } from "../engine/snapshot";
import { cellAddress } from "../engine/address";
import { detectLayout, duplicatedHeaderColumns } from "../engine/layout";
import { UnusableInputError } from "./errors";

export function checkNotEmpty(snapshot: WorkbookSnapshot, file: string): void {
  if (snapshot.sheets.every((sheet) => sheet.rows.length === 0)) {
    throw new UnusableInputError(`${file}: the workbook is empty (no sheet has any cells), so there is no scorecard to refresh.`);
  }
}

/**
 * Stops on a header that appears twice. The engine raises this as a finding and skips the sheet, and the
 * add-in shows it in the pane. The command line has no pane, so it stops with one sentence naming both cells.
 */
export function checkHeaders(snapshot: WorkbookSnapshot, file: string): void {
  for (const sheet of snapshot.sheets) {
    const layout = detectLayout(sheet);
    const duplicate = layout && duplicatedHeaderColumns(layout);
    if (!layout || !duplicate) continue;
    const text = String(cellAt(sheet, layout.headerRow, duplicate[0])?.value ?? "").trim() || "(blank)";
    const cells = duplicate.map((col) => cellAddress(layout.headerRow, col)).join(" and ");
    throw new UnusableInputError(`${file}: the sheet "${sheet.name}" has the header "${text}" twice (${cells}); rename or remove one, then refresh again.`);
  }
}

export function checkHasIndicators(plan: RefreshPlan, file: string): void {
  if (plan.sheets.length === 0 || plan.summary.indicators > 0) return;
  const sheet = plan.sheets[0];
  throw new UnusableInputError(`${file}: the sheet "${sheet.name}" has a scorecard header in row ${sheet.headerRow} but no indicator rows below it, so there is nothing to refresh.`);
}

/** The engine writes only empty cells or its own marks; a formula there means the file is not as it was read. */
export function checkWriteTargets(workbook: ExcelJS.Workbook, plan: RefreshPlan, file: string): void {
  for (const sheetPlan of plan.sheets) {
    const worksheet = workbook.getWorksheet(sheetPlan.name);
    for (const write of sheetPlan.cellWrites) {
      const cell = worksheet?.findCell(write.row, write.col);
      if (cell && cell.type === 6 /* ExcelJS.ValueType.Formula */) throw overwritesFormula(file, sheetPlan.name, write.address);
    }
  }
}

/**
 * The same check against the snapshot the plan was made from, which contains each cell's formula already:
 * looking every planned cell up in exceljs again cost a first refresh of 10,000 rows over 100 ms.
 */
export function checkWriteTargetsInSnapshot(snapshot: WorkbookSnapshot, plan: RefreshPlan, file: string): void {
  for (const sheetPlan of plan.sheets) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetPlan.name);
    if (!sheet) continue;
    for (const write of sheetPlan.cellWrites) {
      if (cellAt(sheet, write.row, write.col)?.formula !== undefined) throw overwritesFormula(file, sheetPlan.name, write.address);
    }
  }
}

function overwritesFormula(file: string, sheetName: string, address: string): UnusableInputError {
  return new UnusableInputError(`${file}: the refresh would overwrite the formula in "${sheetName}"!${address}, so nothing was written; refresh this workbook with the Excel add-in.`);
}
