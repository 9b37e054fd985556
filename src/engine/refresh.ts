/** The engine's entry point: a workbook snapshot in, a refresh plan out. Pure and deterministic. */
import type { WorkbookSnapshot } from "./snapshot";
import { cellAt } from "./snapshot";
import type { RefreshPlan, RefreshSummary, RagCounts, IndicatorResult, Finding, SheetPlan } from "./plan";
import { detectLayout, duplicatedHeaderColumns } from "./layout";
import { cellAddress } from "./address";
import { severityOf } from "./catalogue";
import { refreshSheet, type MarkOwner } from "./refresh-sheet";
import { cellText } from "./rows";
import { decodeState, STATE_VERSION, type StoredState, type UndoRecord, type UndoRun } from "./state";
import { assignFindingIds, indicatorIds } from "./identity";
import { reconcileReview } from "./review";
import { BLANK_MARK, listChanges } from "./changes";

export interface RefreshOptions {
  /** Restricts the refresh to these sheet names; all scorecard sheets when absent. */
  sheets?: readonly string[];
  /** The time stamped on the stored state and review changes; the current time when absent. */
  now?: Date;
}

export function refresh(snapshot: WorkbookSnapshot, options: RefreshOptions = {}): RefreshPlan {
  const now = (options.now ?? new Date()).toISOString();
  const decoded = decodeState(snapshot.stateChunks);
  const previous = decoded.state;
  const plan: RefreshPlan = {
    workbook: snapshot.name,
    sheets: [],
    indicators: [],
    findings: [],
    summary: emptySummary(),
    changes: [],
    resolved: {},
    state: null,
    stateChanged: false,
    notices: decoded.state === undefined && decoded.problem ? [decoded.problem] : [],
  };
  const refreshed: { snapshot: WorkbookSnapshot["sheets"][number]; headerRow: number }[] = [];
  const skipped: string[] = [];
  const marks: NonNullable<StoredState["marks"]> = {};

  for (const sheet of snapshot.sheets) {
    if (options.sheets && !options.sheets.includes(sheet.name)) continue;
    const layout = detectLayout(sheet);
    if (!layout) continue;
    const duplicate = duplicatedHeaderColumns(layout);
    if (duplicate) {
      plan.findings.push(duplicateHeaderFinding(sheet, layout.headerRow, duplicate));
      refreshed.push({ snapshot: sheet, headerRow: layout.headerRow });
      skipped.push(sheet.name);
      continue;
    }
    const result = refreshSheet(sheet, layout, markOwner(previous, sheet.name));
    // Writes that would put the same text back are dropped, so a refresh that changes nothing writes nothing.
    result.plan.cellWrites = result.plan.cellWrites.filter((w) => cellText(cellAt(sheet, w.row, w.col)) !== w.value);
    plan.sheets.push(result.plan);
    plan.indicators.push(...result.indicators);
    plan.findings.push(...result.findings);
    marks[sheet.name] = markSpans(result.marks);
    refreshed.push({ snapshot: sheet, headerRow: layout.headerRow });
  }

  assignFindingIds(plan.findings, refreshed, plan.indicators, indicatorIds(plan.indicators));
  // A first refresh lists only the hand-set arrows and letters it replaced: that it filled blank cells is no news.
  const changes = listChanges(snapshot, plan.sheets, plan.indicators);
  plan.changes = previous ? changes : changes.filter((change) => change.from !== BLANK_MARK);
  const { review, resolved } = reconcileReview(previous?.review ?? {}, plan.findings, now);
  plan.resolved = resolved;
  plan.summary = summarise(plan.sheets.map((s) => s.name), plan.indicators, plan.findings);

  const rules = Object.fromEntries(plan.sheets.map((s) => [s.name, s.rules]));
  // A skipped sheet keeps its rules from the last refresh, so the stored state still describes them.
  for (const name of skipped) {
    if (previous?.rules[name]) rules[name] = previous.rules[name];
    if (previous?.marks?.[name]) marks[name] = previous.marks[name];
  }
  const workbookChanged = plan.sheets.some((s) => s.cellWrites.length > 0 || s.notes.length > 0) || JSON.stringify(rules) !== JSON.stringify(previous?.rules ?? {});
  const undo = workbookChanged ? undoRecord(snapshot, plan.sheets, previous, now) : previous?.undo;
  const next: StoredState = { version: STATE_VERSION, refreshedAt: now, review, rules, marks, undo };
  const sameAsBefore = previous !== undefined && JSON.stringify({ ...next, refreshedAt: "" }) === JSON.stringify({ ...previous, refreshedAt: "" });
  plan.state = sameAsBefore ? previous : next;
  plan.stateChanged = !sameAsBefore;
  return plan;
}

/**
 * Tells which arrows of a sheet an earlier refresh set. Before any refresh, every arrow was typed. A state
 * from before marks were stored comes from a refresh that set every arrow in the DOT cells it owned.
 */
function markOwner(previous: StoredState | undefined, sheetName: string): MarkOwner {
  if (!previous) return () => false;
  if (!previous.marks) return () => true;
  const byCol = previous.marks[sheetName] ?? {};
  return (row, col) => inSpans(byCol[col] ?? [], row);
}

/** Tells whether a row falls in one of the sorted, disjoint spans, by binary search. */
function inSpans(spans: readonly [number, number][], row: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [top, bottom] = spans[middle];
    if (row < top) high = middle - 1;
    else if (row > bottom) low = middle + 1;
    else return true;
  }
  return false;
}

/** Groups cells into [top, bottom] row spans per column, which keeps the state small. */
function markSpans(cells: readonly { row: number; col: number }[]): Record<string, [number, number][]> {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const spans: Record<string, [number, number][]> = {};
  for (const { row, col } of sorted) {
    const column = (spans[col] ??= []);
    const last = column[column.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else column.push([row, row]);
  }
  return spans;
}

function duplicateHeaderFinding(sheet: WorkbookSnapshot["sheets"][number], headerRow: number, cols: number[]): Finding {
  const text = cellText(cellAt(sheet, headerRow, cols[0])) || "(blank)";
  const cells = cols.map((col) => cellAddress(headerRow, col)).join(" and ");
  const col = cols[1];
  return {
    sheet: sheet.name,
    cell: cellAddress(headerRow, col),
    row: headerRow,
    col,
    severity: severityOf("HEADER_DUPLICATE"),
    code: "HEADER_DUPLICATE",
    message: `The header "${text}" is in ${cells}, so it is unclear which column to read, and this sheet was not refreshed. Rename or remove one, then refresh again.`,
  };
}

/** Records what the refresh is about to overwrite: cell values, notes, its own earlier rules and state. */
function undoRecord(snapshot: WorkbookSnapshot, sheets: SheetPlan[], previous: StoredState | undefined, now: string): UndoRecord {
  const record: UndoRecord = { refreshedAt: now, cells: [], notes: [], rules: {}, previousState: null };
  for (const sheetPlan of sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === sheetPlan.name)!;
    const sorted = [...sheetPlan.cellWrites].sort((a, b) => a.col - b.col || a.row - b.row);
    let run: UndoRun | undefined;
    for (const write of sorted) {
      const value = cellAt(sheet, write.row, write.col)?.value ?? null;
      if (run && run.col === write.col && run.top + run.values.length === write.row) {
        run.values.push(value);
      } else {
        run = { sheet: sheet.name, col: write.col, top: write.row, values: [value] };
        record.cells.push(run);
      }
    }
    for (const note of sheetPlan.notes) {
      const before = sheet.notes.find((n) => n.row === note.row && n.col === note.col);
      record.notes.push({ sheet: sheet.name, row: note.row, col: note.col, text: before?.text ?? null });
    }
    record.rules[sheet.name] = previous?.rules[sheet.name] ?? [];
  }
  if (previous) {
    const { undo: _undo, ...rest } = previous;
    record.previousState = rest;
  }
  return record;
}

function emptySummary(): RefreshSummary {
  return { sheets: [], indicators: 0, rag: emptyCounts(), findings: { error: 0, warning: 0, info: 0 } };
}

function emptyCounts(): RagCounts {
  return { R: 0, A: 0, G: 0, none: 0 };
}

function summarise(sheetNames: string[], indicators: IndicatorResult[], findings: Finding[]): RefreshSummary {
  const summary = emptySummary();
  for (const name of sheetNames) {
    const own = indicators.filter((i) => i.sheet === name);
    const rag = emptyCounts();
    for (const i of own) rag[i.ragMonth.status]++;
    summary.sheets.push({
      name,
      indicators: own.length,
      rag,
      improved: own.filter((i) => i.dotMonth.assessment === "improved").length,
      declined: own.filter((i) => i.dotMonth.assessment === "declined").length,
    });
  }
  summary.indicators = indicators.length;
  for (const i of indicators) summary.rag[i.ragMonth.status]++;
  for (const f of findings) summary.findings[f.severity]++;
  return summary;
}
