/** "Undo last refresh": a plan that puts back what the last changing refresh overwrote. */
import type { WorkbookSnapshot } from "./snapshot";
import type { RefreshPlan, SheetPlan } from "./plan";
import { cellAddress } from "./address";
import { decodeState, type StoredState } from "./state";

export type UndoResult = { plan: RefreshPlan } | { problem: string };

export function undoLastRefresh(snapshot: WorkbookSnapshot): UndoResult {
  const decoded = decodeState(snapshot.stateChunks);
  if (!decoded.state) return { problem: decoded.problem ?? "There is no refresh to undo: this workbook has no Scorecard RAG state, because it was never refreshed or its last refresh was already undone." };
  const undo = decoded.state.undo;
  if (!undo) return { problem: "There is no refresh to undo: the last refresh changed nothing, or it has already been undone." };

  const sheets = new Map<string, SheetPlan>();
  const sheetPlan = (name: string): SheetPlan => {
    let plan = sheets.get(name);
    if (!plan) {
      plan = { name, headerRow: 0, cellWrites: [], rules: undo.rules[name] ?? [], notes: [] };
      sheets.set(name, plan);
    }
    return plan;
  };
  for (const name of Object.keys(undo.rules)) sheetPlan(name);
  for (const run of undo.cells) {
    run.values.forEach((value, offset) => {
      const row = run.top + offset;
      sheetPlan(run.sheet).cellWrites.push({ row, col: run.col, address: cellAddress(row, run.col), value: value === null ? "" : String(value) });
    });
  }
  for (const note of undo.notes) {
    sheetPlan(note.sheet).notes.push({ row: note.row, col: note.col, address: cellAddress(note.row, note.col), text: note.text });
  }

  const missing = [...sheets.keys()].filter((name) => !snapshot.sheets.some((s) => s.name === name));
  if (missing.length > 0) return { problem: `The last refresh cannot be undone because the sheet "${missing[0]}" is no longer in the workbook.` };

  const restored: StoredState | null = undo.previousState ? { ...undo.previousState } : null;
  return {
    plan: {
      workbook: snapshot.name,
      sheets: [...sheets.values()],
      indicators: [],
      findings: [],
      summary: { sheets: [], indicators: 0, rag: { R: 0, A: 0, G: 0, none: 0 }, findings: { error: 0, warning: 0, info: 0 } },
      changes: [],
      resolved: {},
      state: restored,
      stateChanged: true,
      notices: [],
    },
  };
}
