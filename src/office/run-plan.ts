/**
 * The one shape every workbook change takes in Excel: read the workbook, let the engine build a plan,
 * write the plan, all inside one Excel.run, with progress for the pane. The refresh and the undo differ
 * only in how they build the plan and what they tell the user.
 */
import type { RefreshPlan } from "../engine/plan";
import type { RefreshOutcome, RefreshProgress, RefreshStage } from "./contract";
import { applyPlan, type ApplyResult } from "./apply-plan";
import { getExcel } from "./host";
import { readSnapshot, type SnapshotRead } from "./read-snapshot";
import { MINIMUM_EXCEL_API, isExcelApiSupported } from "./requirements";
import { excelTooOldError, toUserFacingError } from "./user-facing-errors";

export interface PlannedChange {
  /** Builds the plan from what was read; throws a UserFacingError when there is nothing to do. */
  plan(read: SnapshotRead): RefreshPlan;
  /** Progress text while the plan is built; no progress step when absent. */
  calculating?(read: SnapshotRead): string;
  writing(plan: RefreshPlan): string;
  done(plan: RefreshPlan, applied: ApplyResult): string;
}

export async function runPlannedChange(
  change: PlannedChange,
  onProgress: ((progress: RefreshProgress) => void) | undefined,
  options: { payloadBudgetBytes?: number },
): Promise<RefreshOutcome> {
  const started = Date.now();
  const report = (stage: RefreshStage, message: string) => onProgress?.({ stage, message });
  if (!isExcelApiSupported(MINIMUM_EXCEL_API)) throw excelTooOldError();

  try {
    return await getExcel().run(async (context) => {
      report("reading", "Reading the workbook…");
      const read = await readSnapshot(context, options);

      if (change.calculating) report("calculating", change.calculating(read));
      const plan = change.plan(read);

      report("writing", change.writing(plan));
      const applied = await applyPlan(context, read, plan, options);

      report("done", change.done(plan, applied));
      return {
        plan,
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
