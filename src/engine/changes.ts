/**
 * Changes since the last refresh: the DOT and RAG cells this refresh rewrites, with what they showed before.
 * The cells themselves record what the last refresh (or a person) left there, so nothing extra is stored.
 */
import type { CellWrite, IndicatorResult, MarkChange, SheetPlan } from "./plan";
import { cellAt, type WorkbookSnapshot } from "./snapshot";
import { cellText } from "./rows";

const COLUMNS = [
  ["dotMonth", "DOT (Month)"],
  ["ragMonth", "RAG (Month)"],
  ["dotYear", "DOT (Yr on Yr)"],
  ["ragYearEnd", "RAG (Yr End)"],
] as const;

export function listChanges(snapshot: WorkbookSnapshot, sheets: readonly SheetPlan[], indicators: readonly IndicatorResult[]): MarkChange[] {
  // Keyed by sheet, then by address: a key joined from both would be a new string to hash for every cell.
  const writesBySheet = new Map<string, Map<string, CellWrite>>();
  for (const sheet of sheets) {
    let writes = writesBySheet.get(sheet.name);
    if (!writes) writesBySheet.set(sheet.name, (writes = new Map()));
    for (const write of sheet.cellWrites) writes.set(write.address, write);
  }

  const changes: MarkChange[] = [];
  for (const indicator of indicators) {
    const sheet = snapshot.sheets.find((s) => s.name === indicator.sheet);
    const writes = writesBySheet.get(indicator.sheet);
    for (const [key, column] of COLUMNS) {
      const cell = indicator[key].cell;
      const write = writes?.get(cell);
      if (!sheet || write === undefined) continue;
      const from = shown(cellText(cellAt(sheet, write.row, write.col)));
      const after = shown(write.value);
      const label = indicator.measure ? `${indicator.ref} ${indicator.measure}` : indicator.ref;
      // An arrow between two DOT arrows would read as one of them, so DOT changes are written in words.
      const change = key.startsWith("dot") ? `from ${from} to ${after}` : `${from} → ${after}`;
      changes.push({ sheet: indicator.sheet, ref: indicator.ref, measure: indicator.measure, cell, column, from, to: after, text: `${label} ${column}: ${change}` });
    }
  }
  return changes;
}

/** Text that stands for a blank DOT or RAG cell in a change. */
export const BLANK_MARK = "(blank)";

function shown(mark: string): string {
  return mark === "" ? BLANK_MARK : mark;
}
