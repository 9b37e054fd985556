/**
 * Applies a refresh plan to an exceljs workbook: DOT/RAG cell values, the refresh's own conditional-format
 * rules (earlier ones removed, a person's rules kept), and notes. Writes nothing else.
 */
import type ExcelJS from "exceljs";
import type { RefreshPlan, RuleSpec, SheetPlan } from "../engine/plan";
import { isOwnedRuleFormula } from "../engine/ownership";
import { encodeState, STATE_SHEET_NAME } from "../engine/state";
import { writeReviewSheet } from "./review-sheet";

export function applyPlan(workbook: ExcelJS.Workbook, plan: RefreshPlan): void {
  for (const sheetPlan of plan.sheets) {
    const worksheet = workbook.getWorksheet(sheetPlan.name);
    if (!worksheet) throw new Error(`Sheet "${sheetPlan.name}" is in the plan but not in the workbook.`);
    applySheetPlan(worksheet, sheetPlan);
  }
  if (plan.stateChanged) writeState(workbook, plan);
  else hideState(workbook);
  writeReviewSheet(workbook, plan);
}

/** Hides the state sheet again when another application saved it as merely hidden (LibreOffice Calc does). */
function hideState(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (sheet && sheet.state !== "veryHidden") sheet.state = "veryHidden";
}

/** Rewrites the very hidden state sheet whole, or removes it when the plan's state is null. */
function writeState(workbook: ExcelJS.Workbook, plan: RefreshPlan): void {
  const existing = workbook.getWorksheet(STATE_SHEET_NAME);
  if (existing) workbook.removeWorksheet(existing.id);
  if (plan.state === null) return;

  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  encodeState(plan.state).forEach((chunk, index) => {
    sheet.getCell(index + 1, 1).value = chunk;
  });
}

function applySheetPlan(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const write of plan.cellWrites) {
    // exceljs stores a string as a shared string, never as a formula, so "=x" stays text.
    worksheet.getCell(write.row, write.col).value = write.value === "" ? null : write.value;
  }

  replaceOwnedRules(worksheet, plan.rules);

  for (const note of plan.notes) {
    const cell = worksheet.getCell(note.row, note.col);
    if (note.text === null) removeNote(cell);
    else cell.note = note.text;
  }
}

type ConditionalFormatting = ExcelJS.ConditionalFormattingOptions;

/** exceljs keeps a sheet's conditional formats in this array; its type declarations leave it out. */
type WithFormattings = { conditionalFormattings: ConditionalFormatting[] };

function replaceOwnedRules(worksheet: ExcelJS.Worksheet, rules: readonly RuleSpec[]): void {
  const sheet = worksheet as unknown as WithFormattings;
  const kept: ConditionalFormatting[] = [];
  for (const formatting of sheet.conditionalFormattings) {
    const others = formatting.rules.filter((rule) => !isOwned(rule));
    if (others.length > 0) kept.push({ ...formatting, rules: others });
  }
  const highestPriority = Math.max(0, ...kept.flatMap((f) => f.rules.map((r) => r.priority ?? 0)));
  const owned = rules.map((rule, index) => ownedFormatting(rule, highestPriority + index + 1));
  sheet.conditionalFormattings = [...kept, ...owned];
}

function isOwned(rule: ExcelJS.ConditionalFormattingRule): boolean {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  return rule.type === "expression" && Array.isArray(formulae) && formulae.some((f) => typeof f === "string" && isOwnedRuleFormula(f));
}

function ownedFormatting(rule: RuleSpec, priority: number): ConditionalFormatting {
  const style: Partial<ExcelJS.Style> = {};
  if (rule.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: `FF${rule.style.fill}` } };
  if (rule.style.fontColor || rule.style.bold) {
    style.font = { ...(rule.style.fontColor ? { color: { argb: `FF${rule.style.fontColor}` } } : {}), ...(rule.style.bold ? { bold: true } : {}) };
  }
  return { ref: rule.range, rules: [{ type: "expression", formulae: [rule.formula], style, priority }] };
}

/**
 * Deletes a cell's note. exceljs 4.4 has no public call for it. It also keeps a loaded note twice, on the
 * cell and in the cell value's model, and saves the second copy when the first is gone, so both are cleared.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}
