/**
 * "Undo last refresh" in Excel. Excel clears its own undo history when an add-in writes, so the refresh
 * keeps what it overwrote in the workbook's stored state; this reads it back and writes it, with the
 * same read and write steps as the refresh.
 */
import { undoLastRefresh as planUndo } from "../engine/undo";
import { type RefreshOutcome, type RefreshProgress, UserFacingError } from "./contract";
import { runPlannedChange } from "./run-plan";

export interface UndoOptions {
  /** Largest request or response to plan for, in bytes. */
  payloadBudgetBytes?: number;
}

/**
 * Puts back the cells, colour rules, notes and stored state as they were before the last refresh that
 * changed anything. Throws a UserFacingError when there is nothing to undo or the workbook cannot be written.
 */
export async function undoLastRefresh(onProgress?: (progress: RefreshProgress) => void, options: UndoOptions = {}): Promise<RefreshOutcome> {
  return runPlannedChange(
    {
      plan: (read) => {
        const undo = planUndo(read.snapshot);
        if ("problem" in undo) throw new UserFacingError(undo.problem, "NothingToUndo");
        return undo.plan;
      },
      writing: () => "Putting back the cells, colour rules and notes from before the last refresh…",
      done: () => "The last refresh has been undone.",
    },
    onProgress,
    options,
  );
}
