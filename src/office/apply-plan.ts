/**
 * Writes a refresh plan through Office.js: the DOT and RAG cells, the refresh's own conditional
 * formats (the earlier ones deleted, a person's kept) and notes. Everything goes in one sync unless
 * the request would pass the payload budget. The stored state goes in the same request. Nothing else in the
 * workbook is touched.
 */
import type { CellWrite, RefreshPlan, RuleSpec } from "../engine/plan";
import { rangeAddress } from "../engine/address";
import { queueNoteWrites } from "./apply-notes";
import type { SnapshotRead } from "./read-snapshot";
import { RequestBatch } from "./request-batch";
import { stateActions } from "./state-sheet";
import { asTextInput } from "./text-input";
import { protectedSheetsError } from "./user-facing-errors";

export interface ApplyOptions {
  payloadBudgetBytes?: number;
}

export interface ApplyResult {
  cellsWritten: number;
  rulesWritten: number;
  notesWritten: number;
  syncs: number;
}

/** Excel moves a rule given a priority past the end to the last place, below a person's own rules. */
const LAST_PRIORITY = 1_000_000;

export async function applyPlan(context: Excel.RequestContext, read: SnapshotRead, plan: RefreshPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const blocked = plan.sheets.filter((sheet) => read.protectedSheets.includes(sheet.name)).map((sheet) => sheet.name);
  if (blocked.length > 0) throw protectedSheetsError(blocked);

  const batch = new RequestBatch(context, options.payloadBudgetBytes);
  const result: ApplyResult = { cellsWritten: 0, rulesWritten: 0, notesWritten: 0, syncs: 0 };
  for (const sheetPlan of plan.sheets) {
    const worksheet = context.workbook.worksheets.getItem(sheetPlan.name);
    result.cellsWritten += await queueCellWrites(batch, worksheet, sheetPlan.cellWrites);
    result.rulesWritten += await queueRules(batch, worksheet, read.ownedFormats.get(sheetPlan.name) ?? [], sheetPlan.rules);
    const existingNotes = read.snapshot.sheets.find((sheet) => sheet.name === sheetPlan.name)?.notes ?? [];
    result.notesWritten += await queueNoteWrites(batch, sheetPlan.name, sheetPlan.notes, existingNotes, read.capabilities.notes);
  }
  if (plan.stateChanged) {
    for (const action of stateActions(context, plan.state, read.stateSheetExists)) await batch.write(action.payload, action.queue);
  }
  await batch.flush();

  result.syncs = batch.syncs;
  return result;
}

/** Writes each run of consecutive rows in one column as one range, to keep the request small. */
async function queueCellWrites(batch: RequestBatch, worksheet: Excel.Worksheet, writes: readonly CellWrite[]): Promise<number> {
  for (const run of verticalRuns(writes)) {
    const top = run[0].row;
    const col = run[0].col;
    const values = run.map((write) => [asTextInput(write.value)]);
    const address = rangeAddress(top, col, top + run.length - 1, col);
    await batch.write([address, values], () => {
      worksheet.getRange(address).values = values;
    });
  }
  return writes.length;
}

/** Deletes the refresh's earlier rules, then adds the plan's, each moved below the rules already there. */
async function queueRules(batch: RequestBatch, worksheet: Excel.Worksheet, owned: readonly Excel.ConditionalFormat[], rules: readonly RuleSpec[]): Promise<number> {
  for (const format of owned) await batch.write(null, () => format.delete());

  for (const rule of rules) {
    await batch.write(rule, () => {
      const format = worksheet.getRange(rule.range).conditionalFormats.add("Custom");
      format.custom.rule.formula = `=${rule.formula}`;
      if (rule.style.fill) format.custom.format.fill.color = `#${rule.style.fill}`;
      if (rule.style.fontColor) format.custom.format.font.color = `#${rule.style.fontColor}`;
      if (rule.style.bold) format.custom.format.font.bold = true;
      // Last, because after a priority change Excel needs a fresh proxy for any further change.
      format.priority = LAST_PRIORITY;
    });
  }
  return rules.length;
}

function verticalRuns(writes: readonly CellWrite[]): CellWrite[][] {
  const sorted = [...writes].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellWrite[][] = [];
  for (const write of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.col === write.col && last.row + 1 === write.row) run.push(write);
    else runs.push([write]);
  }
  return runs;
}
