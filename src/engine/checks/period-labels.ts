/** Checks the period labels written after numbers ("179 (Oct23-Sep24)") against the report's year. */
import type { RowFinding, RowValues, ValueCell } from "./context";
import { isImpossibleSpan } from "../periods";

/** A label that ended this many years or more before the report year is stale. */
const STALE_AFTER_YEARS = 2;

export function checkPeriodLabels(values: RowValues, reportYear: number | undefined): RowFinding[] {
  const findings: RowFinding[] = [];
  const labelled: { cell: ValueCell; name: string; allowance: number }[] = [
    ...values.periods.map((cell) => ({ cell, name: "Value", allowance: 0 })),
    ...(values.quarter ? [{ cell: values.quarter, name: "Quarter value", allowance: 0 }] : []),
    ...(values.yearFigure ? [{ cell: values.yearFigure, name: "Year figure", allowance: 0 }] : []),
    ...(values.previousYear ? [{ cell: values.previousYear, name: "Previous year", allowance: 1 }] : []),
    ...values.benchmarks.map((cell) => ({ cell, name: cell.name, allowance: 0 })),
  ];

  for (const { cell, name, allowance } of labelled) {
    if (cell.read.kind !== "number" || !cell.read.period) continue;
    const span = cell.read.period;
    if (isImpossibleSpan(span)) {
      findings.push({
        col: cell.col,
        code: "PERIOD_LABEL_IMPOSSIBLE",
        message: `${name} period "${span.text}" ends before it starts (or is not one year long). Check the period the figure covers.`,
      });
      continue;
    }
    if (reportYear === undefined) continue;
    const age = reportYear - span.endYear;
    if (age >= STALE_AFTER_YEARS + allowance) {
      findings.push({
        col: cell.col,
        code: "PERIOD_LABEL_STALE",
        message: `${name} period "${span.text}" ended in ${span.endYear}, ${age} years before this ${reportYear} report. Check whether newer figures are published.`,
      });
    }
  }
  return findings;
}
