/** Checks the period labels written after numbers ("179 (Oct23-Sep24)") against the report's year. */
import type { RowFinding, RowValues, ValueCell } from "./context";
import { isImpossibleSpan } from "../periods";

/** A label that ended this many years or more before the report year is stale. */
const STALE_AFTER_YEARS = 2;

export function checkPeriodLabels(values: RowValues, reportYear: number | undefined): RowFinding[] {
  // Most rows carry no period label, so the cells are checked in place rather than listed first.
  const findings: RowFinding[] = [];
  for (const cell of values.periods) checkLabel(cell, "Value", 0, reportYear, findings);
  if (values.quarter) checkLabel(values.quarter, "Quarter value", 0, reportYear, findings);
  if (values.yearFigure) checkLabel(values.yearFigure, "Year figure", 0, reportYear, findings);
  if (values.previousYear) checkLabel(values.previousYear, "Previous year", 1, reportYear, findings);
  for (const cell of values.benchmarks) checkLabel(cell, cell.name, 0, reportYear, findings);
  return findings;
}

function checkLabel(cell: ValueCell, name: string, allowance: number, reportYear: number | undefined, findings: RowFinding[]): void {
  if (cell.read.kind !== "number" || !cell.read.period) return;
  const span = cell.read.period;
  if (isImpossibleSpan(span)) {
    findings.push({
      col: cell.col,
      code: "PERIOD_LABEL_IMPOSSIBLE",
      message: `${name} period "${span.text}" ends before it starts (or is not one year long). Check the period the figure covers.`,
    });
    return;
  }
  if (reportYear === undefined) return;
  const age = reportYear - span.endYear;
  if (age >= STALE_AFTER_YEARS + allowance) {
    findings.push({
      col: cell.col,
      code: "PERIOD_LABEL_STALE",
      message: `${name} period "${span.text}" ended in ${span.endYear}, ${age} years before this ${reportYear} report. Check whether newer figures are published.`,
    });
  }
}
