/** What each indicator's DOT and RAG cells show, and what changed since the previous refresh. */
import type { IndicatorResult, MarkChange } from "./plan";
import type { IndicatorMarks } from "./state";
import { ARROW } from "./direction";

const COLUMNS = [
  ["dotMonth", "DOT (Month)"],
  ["ragMonth", "RAG (Month)"],
  ["dotYear", "DOT (Yr on Yr)"],
  ["ragYearEnd", "RAG (Yr End)"],
] as const;

export function marksOf(indicator: IndicatorResult): IndicatorMarks {
  return {
    sheet: indicator.sheet,
    ref: indicator.ref,
    measure: indicator.measure,
    row: indicator.row,
    dotMonth: ARROW[indicator.dotMonth.direction],
    ragMonth: indicator.ragMonth.status,
    dotYear: ARROW[indicator.dotYear.direction],
    ragYearEnd: indicator.ragYearEnd.status,
  };
}

/** Lists the marks that differ from the previous refresh's; an indicator new since then is not a change. */
export function listChanges(previous: Record<string, IndicatorMarks>, current: Record<string, IndicatorMarks>, cells: Map<string, IndicatorResult>): MarkChange[] {
  const changes: MarkChange[] = [];
  for (const [id, now] of Object.entries(current)) {
    const before = previous[id];
    if (!before) continue;
    for (const [key, column] of COLUMNS) {
      if (before[key] === now[key]) continue;
      const from = shown(before[key]);
      const to = shown(now[key]);
      const label = now.measure ? `${now.ref} ${now.measure}` : now.ref;
      // An arrow between two DOT arrows would read as one of them, so DOT changes are written in words.
      const change = key.startsWith("dot") ? `from ${from} to ${to}` : `${from} → ${to}`;
      changes.push({ sheet: now.sheet, ref: now.ref, measure: now.measure, cell: cells.get(id)?.[key].cell ?? "", column, from, to, text: `${label} ${column}: ${change}` });
    }
  }
  return changes;
}

function shown(mark: string): string {
  return mark === "" || mark === "none" ? "(blank)" : mark;
}
