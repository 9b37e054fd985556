/**
 * "scorecard-rag undo": puts back what the last refresh overwrote, from the record the refresh keeps in
 * the workbook, and writes the result the same way the refresh does.
 */
import path from "node:path";
import { undoLastRefresh } from "../engine/undo";
import type { RefreshPlan } from "../engine/plan";
import { readWorkbookSnapshot } from "../xlsx/read-snapshot";
import { applyPlan } from "../xlsx/apply-plan";
import { saveWorkbookBytes } from "../xlsx/workbook-bytes";
import { UnusableInputError, UsageError } from "./errors";
import { openWorkbook } from "./open-workbook";
import { checkWriteTargets } from "./workbook-checks";
import { samePathGuard, writeAtomically } from "./write-atomically";

export interface UndoFileOptions {
  input: string;
  output: string;
  inPlace?: boolean;
}

export interface UndoFileResult {
  plan: RefreshPlan;
  elapsedMs: number;
}

export async function undoFile(options: UndoFileOptions): Promise<UndoFileResult> {
  const started = Date.now();
  const samePath = samePathGuard(options.input, options.output, options.inPlace);
  if (samePath) throw new UsageError(samePath);

  const workbook = await openWorkbook(options.input);
  const undo = undoLastRefresh(readWorkbookSnapshot(workbook, path.basename(options.input)));
  // The engine's sentence starts with a capital for the pane; after "file: " it continues a sentence.
  if ("problem" in undo) throw new UnusableInputError(`${options.input}: ${undo.problem[0].toLowerCase()}${undo.problem.slice(1)}`);
  checkWriteTargets(workbook, undo.plan, options.input);

  applyPlan(workbook, undo.plan);
  await writeAtomically(path.resolve(options.output), await saveWorkbookBytes(workbook));
  return { plan: undo.plan, elapsedMs: Date.now() - started };
}
