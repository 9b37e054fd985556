/**
 * The exceljs round trip the command line makes, in memory: snapshot → refresh → applyPlan → .xlsx bytes →
 * a freshly loaded workbook, so each test checks the file a person would open.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { refresh } from "../../src/engine";
import type { RefreshPlan } from "../../src/engine/plan";
import { readWorkbookSnapshot } from "../../src/xlsx/read-snapshot";
import { applyPlan } from "../../src/xlsx/apply-plan";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");
export const BENCHMARK = "CYPS Benchmark Indicators";
export const ACTIVITY = "CYPS Activity Indicators";

export async function loadSample(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  return workbook;
}

/** Saves and reloads a workbook, as a person's edits reach the refresh through a saved file. */
export async function saveAndLoad(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return reloaded;
}

/** Refreshes a saved copy of the workbook; the argument is left as it was, so tests can compare runs. */
export async function refreshWorkbook(workbook: ExcelJS.Workbook): Promise<{ workbook: ExcelJS.Workbook; plan: RefreshPlan }> {
  const copy = await saveAndLoad(workbook);
  const plan = refresh(readWorkbookSnapshot(copy, "cyps-scorecard-2025-03.xlsx"));
  applyPlan(copy, plan);
  return { workbook: await saveAndLoad(copy), plan };
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`Sheet "${name}" is missing.`);
  return worksheet;
}

/** exceljs keeps a sheet's conditional formats here; its type declarations leave the property out. */
export function formatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/**
 * Returns the sheet's conditional formats as plain data. Writing a workbook makes exceljs add dxfId and ref
 * to each rule object, so those are left out of the comparison.
 */
export function formatModels(worksheet: ExcelJS.Worksheet): { ref: string; rules: unknown[] }[] {
  return formatsOf(worksheet).map((formatting) => ({ ref: formatting.ref, rules: formatting.rules.map(ruleModel) }));
}

export function ruleModel(rule: ExcelJS.ConditionalFormattingRule): unknown {
  const { dxfId: _dxfId, ref: _ref, ...rest } = rule as ExcelJS.ConditionalFormattingRule & { dxfId?: number; ref?: string };
  return JSON.parse(JSON.stringify(rest));
}

export function ruleCount(worksheet: ExcelJS.Worksheet): number {
  return formatsOf(worksheet).reduce((sum, formatting) => sum + formatting.rules.length, 0);
}

/** Returns the note's plain text, whether exceljs stores it as a string or as rich-text runs. */
export function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts ?? [];
  return texts.map((run) => run.text ?? "").join("");
}

/** Returns every note on the sheet, keyed by address. */
export function notesOf(worksheet: ExcelJS.Worksheet): Record<string, string> {
  const notes: Record<string, string> = {};
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      const text = noteText(cell);
      if (text !== undefined) notes[cell.address] = text;
    }),
  );
  return notes;
}

/** Returns each cell's value (as JSON) and number format over the given area, keyed by address. */
export function cellsOf(worksheet: ExcelJS.Worksheet, rows: number, cols: number): Map<string, string> {
  const cells = new Map<string, string>();
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= cols; col++) {
      const cell = worksheet.getCell(row, col);
      cells.set(cell.address, JSON.stringify({ value: cell.value ?? null, numFmt: cell.numFmt ?? "" }));
    }
  }
  return cells;
}

/** Returns the DOT and RAG cells of every indicator in the plan, as "Sheet!A1". */
export function outputCells(plan: RefreshPlan): Set<string> {
  const cells = new Set<string>();
  for (const i of plan.indicators) {
    for (const cell of [i.dotMonth.cell, i.dotYear.cell, i.ragMonth.cell, i.ragYearEnd.cell]) {
      if (cell) cells.add(`${i.sheet}!${cell}`);
    }
  }
  return cells;
}

export function hiddenColumns(worksheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  for (let col = 1; col <= worksheet.columnCount; col++) if (worksheet.getColumn(col).hidden) hidden.push(col);
  return hidden;
}

export function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  return [...((worksheet.model as { merges?: string[] }).merges ?? [])].sort();
}
