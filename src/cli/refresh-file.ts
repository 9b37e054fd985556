/** Refreshes one .xlsx file into another: read once, check, plan, write once to a temporary file, then rename. */
import path from "node:path";
import { refresh } from "../engine/refresh";
import type { RefreshPlan } from "../engine/plan";
import { readWorkbookSnapshot } from "../xlsx/read-snapshot";
import { applyPlan } from "../xlsx/apply-plan";
import { saveWorkbookBytes } from "../xlsx/workbook-bytes";
import { UnusableInputError, UsageError } from "./errors";
import { openWorkbook } from "./open-workbook";
import { buildReport } from "./report";
import { checkHasIndicators, checkHeaders, checkNotEmpty, checkWriteTargetsInSnapshot } from "./workbook-checks";
import { samePathGuard, writeAtomically } from "./write-atomically";

export interface RefreshFileOptions {
  input: string;
  output: string;
  report?: string;
  inPlace?: boolean;
  now?: () => Date;
}

export interface RefreshFileResult {
  plan: RefreshPlan;
  elapsedMs: number;
}

export async function refreshFile(options: RefreshFileOptions): Promise<RefreshFileResult> {
  const started = Date.now();
  const samePath = samePathGuard(options.input, options.output, options.inPlace);
  if (samePath) throw new UsageError(samePath);

  const workbook = await openWorkbook(options.input);
  const snapshot = readWorkbookSnapshot(workbook, path.basename(options.input));
  checkNotEmpty(snapshot, options.input);
  checkHeaders(snapshot, options.input);
  const plan = refresh(snapshot);
  if (plan.sheets.length === 0) {
    throw new UnusableInputError(`${options.input}: no scorecard sheet found (a scorecard sheet needs a header row with REF NO., INDICATOR, Good perf is, Red, Amber, Green and period columns such as Jan-25).`);
  }
  checkHasIndicators(plan, options.input);
  checkWriteTargetsInSnapshot(snapshot, plan, options.input);

  applyPlan(workbook, plan);
  await writeAtomically(path.resolve(options.output), await saveWorkbookBytes(workbook));
  if (options.report) {
    const report = buildReport(plan, path.basename(options.input), (options.now ?? (() => new Date()))());
    await writeAtomically(path.resolve(options.report), Buffer.from(`${JSON.stringify(report, null, 2)}\n`));
  }
  return { plan, elapsedMs: Date.now() - started };
}
