/**
 * Stable ids for indicators and findings, built from what a person sees (sheet, REF NO., measure, column
 * header) rather than row numbers, so they survive inserted rows and a refresh.
 */
import type { Finding, IndicatorResult } from "./plan";
import { cellAt, type SheetSnapshot } from "./snapshot";
import { cellText } from "./rows";

/** Ids for indicators: sheet|ref|measure, or sheet|ref|#n for the n-th unnamed row of a block. */
export function indicatorIds(indicators: readonly IndicatorResult[]): Map<IndicatorResult, string> {
  const ids = new Map<IndicatorResult, string>();
  const seen = new Map<string, number>();
  for (const indicator of indicators) {
    const base = `${indicator.sheet}|${indicator.ref}|${indicator.measure}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    ids.set(indicator, indicator.measure && count === 1 ? base : `${indicator.sheet}|${indicator.ref}|${indicator.measure}#${count}`);
  }
  return ids;
}

/** Gives each finding an id from its indicator's id, its column header and its code. */
export function assignFindingIds(
  findings: Finding[],
  sheets: readonly { snapshot: SheetSnapshot; headerRow: number }[],
  indicators: readonly IndicatorResult[],
  ids: Map<IndicatorResult, string>,
): void {
  const byRow = new Map(indicators.map((i) => [`${i.sheet}|${i.row}`, i]));
  for (const finding of findings) {
    const sheet = sheets.find((s) => s.snapshot.name === finding.sheet);
    const header = sheet ? cellText(cellAt(sheet.snapshot, sheet.headerRow, finding.col)) : "";
    const indicator = byRow.get(`${finding.sheet}|${finding.row}`);
    const owner = indicator ? ids.get(indicator) : `${finding.sheet}|${finding.cell}`;
    finding.id = `${owner}|${header || finding.cell}|${finding.code}`;
  }
}
