/**
 * "Undo last refresh" in Excel. Excel clears its own undo history when an add-in writes, so the refresh
 * keeps what it overwrote in the workbook's stored state; this reads it back and writes it, with the
 * same read and write steps as the refresh.
 */
import { undoLastRefresh as planUndo } from "../engine/undo";
import { type RefreshOutcome, type RefreshProgress, type RefreshStage, UserFacingError } from "./contract";
import { applyPlan } from "./apply-plan";
import { getExcel } from "./host";
import { readSnapshot } from "./read-snapshot";
import { MINIMUM_EXCEL_API, isExcelApiSupported } from "./requirements";
import { excelTooOldError, toUserFacingError } from "./user-facing-errors";

export interface UndoOptions {
  /** Largest request or response to plan for, in bytes. */
  payloadBudgetBytes?: number;
}

/**
 * Puts back the cells, colour rules, notes and stored state as they were before the last refresh that
 * changed anything. Throws a UserFacingError when there is nothing to undo or the workbook cannot be written.
 */
export async function undoLastRefresh(onProgress?: (progress: RefreshProgress) => void, options: UndoOptions = {}): Promise<RefreshOutcome> {
  const started = Date.now();
  const report = (stage: RefreshStage, message: string) => onProgress?.({ stage, message });
  if (!isExcelApiSupported(MINIMUM_EXCEL_API)) throw excelTooOldError();

  try {
    return await getExcel().run(async (context) => {
      report("reading", "Reading the workbook…");
      const read = await readSnapshot(context, options);

      const undo = planUndo(read.snapshot);
      if ("problem" in undo) throw new UserFacingError(undo.problem, "NothingToUndo");

      report("writing", "Putting back the cells, colour rules and notes from before the last refresh…");
      const applied = await applyPlan(context, read, undo.plan, options);

      report("done", "The last refresh has been undone.");
      return {
        plan: undo.plan,
        syncs: read.syncs + applied.syncs,
        durationMs: Date.now() - started,
        finishedAt: new Date().toISOString(),
        limitations: read.limitations,
      };
    });
  } catch (error) {
    throw toUserFacingError(error);
  }
}
