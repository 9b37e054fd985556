/**
 * Changes since the last refresh: the DOT and RAG cells this refresh rewrites, with what they showed before.
 * The cells themselves record what the last refresh (or a person) left there, so nothing extra is stored.
 */
import type { IndicatorResult, MarkChange, SheetPlan } from "./plan";
import { cellAt, type WorkbookSnapshot } from "./snapshot";
import { cellText } from "./rows";

const COLUMNS = [
  ["dotMonth", "DOT (Month)"],
  ["ragMonth", "RAG (Month)"],
  ["dotYear", "DOT (Yr on Yr)"],
  ["ragYearEnd", "RAG (Yr End)"],
] as const;

export function listChanges(snapshot: WorkbookSnapshot, sheets: readonly SheetPlan[], indicators: readonly IndicatorResult[]): MarkChange[] {
  // Walks the writes, which are few once a workbook has been refreshed, and finds each one's indicator by row.
  const bySheet = new Map<string, Map<number, IndicatorResult>>();
  for (const indicator of indicators) {
    let byRow = bySheet.get(indicator.sheet);
    if (!byRow) bySheet.set(indicator.sheet, (byRow = new Map()));
    byRow.set(indicator.row, indicator);
  }

  const changes: MarkChange[] = [];
  for (const sheetPlan of sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === sheetPlan.name);
    const byRow = bySheet.get(sheetPlan.name);
    if (!sheet || !byRow) continue;
    for (const write of sheetPlan.cellWrites) {
      const indicator = byRow.get(write.row);
      const column = indicator && COLUMNS.find(([key]) => indicator[key].cell === write.address);
      if (!indicator || !column) continue;
      const [key, name] = column;
      const from = shown(cellText(cellAt(sheet, write.row, write.col)));
      const after = shown(write.value);
      const label = indicator.measure ? `${indicator.ref} ${indicator.measure}` : indicator.ref;
      // An arrow between two DOT arrows would read as one of them, so DOT changes are written in words.
      const change = key.startsWith("dot") ? `from ${from} to ${after}` : `${from} → ${after}`;
      changes.push({ sheet: sheet.name, ref: indicator.ref, measure: indicator.measure, cell: write.address, column: name, from, to: after, text: `${label} ${name}: ${change}` });
    }
  }
  return changes;
}

/** Text that stands for a blank DOT or RAG cell in a change. */
export const BLANK_MARK = "(blank)";

function shown(mark: string): string {
  return mark === "" ? BLANK_MARK : mark;
}
