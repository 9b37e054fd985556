/** Checks the period labels written after numbers ("179 (Oct23-Sep24)") against the report's year. */
import type { RowFinding, RowValues, ValueCell } from "./context";
import { isImpossibleSpan } from "../periods";

/** A label that ended this many years or more before the report year is stale. */
const STALE_AFTER_YEARS = 2;

interface StaleLabel {
  cell: ValueCell;
  name: string;
  text: string;
  endYear: number;
}

/**
 * Flags impossible labels on their own cells, and stale ones once per row: a row's benchmarks usually
 * share one period, and three notes saying the same thing bury the other findings.
 */
export function checkPeriodLabels(values: RowValues, reportYear: number | undefined): RowFinding[] {
  // Most rows carry no period label, so the cells are checked in place rather than listed first.
  const findings: RowFinding[] = [];
  const stale: StaleLabel[] = [];
  for (const cell of values.periods) checkLabel(cell, "Value", 0, reportYear, findings, stale);
  if (values.quarter) checkLabel(values.quarter, "Quarter value", 0, reportYear, findings, stale);
  if (values.yearFigure) checkLabel(values.yearFigure, "Year figure", 0, reportYear, findings, stale);
  if (values.previousYear) checkLabel(values.previousYear, "Previous year", 1, reportYear, findings, stale);
  for (const cell of values.benchmarks) checkLabel(cell, cell.name, 0, reportYear, findings, stale);
  if (stale.length > 0 && reportYear !== undefined) findings.push(staleFinding(stale, reportYear));
  return findings;
}

function staleFinding(stale: StaleLabel[], reportYear: number): RowFinding {
  if (stale.length === 1) {
    const [{ cell, name, text, endYear }] = stale;
    return {
      col: cell.col,
      code: "PERIOD_LABEL_STALE",
      message: `${name} period "${text}" ended in ${endYear}, ${reportYear - endYear} years before this ${reportYear} report. Check whether newer figures are published.`,
    };
  }
  const listed = stale.map((s) => `${s.name} "${s.text}"`).join(", ");
  const oldest = Math.min(...stale.map((s) => s.endYear));
  return {
    col: stale[0].cell.col,
    code: "PERIOD_LABEL_STALE",
    message: `${stale.length} figures on this row have periods that ended two or more years before this ${reportYear} report (the oldest in ${oldest}): ${listed}. Check whether newer figures are published.`,
  };
}

function checkLabel(cell: ValueCell, name: string, allowance: number, reportYear: number | undefined, findings: RowFinding[], stale: StaleLabel[]): void {
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
  if (age >= STALE_AFTER_YEARS + allowance) stale.push({ cell, name, text: span.text, endYear: span.endYear });
}
