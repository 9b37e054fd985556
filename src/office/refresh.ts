/**
 * The refresh as the ribbon command and the task pane run it: read the workbook, let the engine build
 * the plan, write the plan, all inside one Excel.run. Also selectCell, which the pane uses to show a
 * finding's cell.
 */
import { refresh, type RefreshOptions } from "../engine";
import type { RefreshPlan } from "../engine/plan";
import type { RefreshOutcome, RefreshProgress } from "./contract";
import type { ApplyResult } from "./apply-plan";
import { getExcel } from "./host";
import { runPlannedChange } from "./run-plan";
import { codeOf, sheetNotFoundError, toUserFacingError } from "./user-facing-errors";

export interface RefreshWorkbookOptions {
  /** Largest request or response to plan for, in bytes; the default keeps under Excel on the web's 5 MB. */
  payloadBudgetBytes?: number;
  engine?: RefreshOptions;
}

export async function refreshWorkbook(onProgress?: (progress: RefreshProgress) => void, options: RefreshWorkbookOptions = {}): Promise<RefreshOutcome> {
  return runPlannedChange(
    {
      calculating: (read) => `Working out RAG status and direction of travel on ${plural(read.snapshot.sheets.length, "sheet")}…`,
      plan: (read) => refresh(read.snapshot, options.engine),
      writing: describeWrites,
      done: describeDone,
    },
    onProgress,
    options,
  );
}

/** Activates the sheet and selects the cell, so a person can see what a finding is about. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  try {
    await getExcel().run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    if (codeOf(error) === "ItemNotFound") throw sheetNotFoundError(sheet, error);
    throw toUserFacingError(error);
  }
}

function describeWrites(plan: RefreshPlan): string {
  const cells = plan.sheets.reduce((sum, sheet) => sum + sheet.cellWrites.length, 0);
  const rules = plan.sheets.reduce((sum, sheet) => sum + sheet.rules.length, 0);
  return `Writing ${plural(cells, "cell")} and ${plural(rules, "colour rule")}…`;
}

function describeDone(plan: RefreshPlan, applied: ApplyResult): string {
  const notes = applied.notesWritten > 0 ? ` and updated ${plural(applied.notesWritten, "note")}` : "";
  return `Refreshed ${plural(plan.summary.indicators, "indicator")} on ${plural(plan.sheets.length, "sheet")}${notes}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
