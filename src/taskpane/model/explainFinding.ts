/**
 * The "why" line of a finding on an indicator: the RAG reason the engine gave for that indicator.
 */
import type { FindingCode } from "../../engine/catalogue";
import type { Finding, IndicatorResult, RagResult } from "../../engine/plan";

export type RagKind = "month" | "yearEnd";

export interface FindingExplanation {
  kind: RagKind;
  rag: RagResult;
}

/**
 * Whether the indicator's RAG reason helps to understand a finding of this kind. Benchmark, period
 * and quarter findings are about other columns, so a RAG reason under them would mislead.
 */
const EXPLAINED_BY_RAG: Record<FindingCode, boolean> = {
  HEADER_DUPLICATE: false,
  THRESHOLD_UNREADABLE: true,
  THRESHOLD_AMBIGUOUS: true,
  THRESHOLD_NON_STANDARD: true,
  THRESHOLD_TEXT_TARGET: true,
  BANDS_GAP: true,
  BANDS_OVERLAP: true,
  BANDS_CONTRADICT_POLARITY: true,
  UNIT_MISMATCH: true,
  DISPLAY_BAND_MISMATCH: true,
  VALUE_OUTSIDE_BANDS: true,
  VALUE_ERROR: true,
  VALUE_UNREADABLE: true,
  POLARITY_UNKNOWN: true,
  BENCHMARK_BEST_WORSE_THAN_AVERAGE: false,
  BENCHMARK_TOP_QUARTILE_WORSE_THAN_NATIONAL: false,
  BENCHMARK_PERCENT_OUT_OF_RANGE: false,
  PERIOD_LABEL_STALE: false,
  PERIOD_LABEL_IMPOSSIBLE: false,
  QUARTER_COUNT_MISMATCH: false,
  QUARTER_OUT_OF_RANGE: false,
  CELL_KEPT_FORMULA: true,
  CELL_KEPT_MANUAL: true,
};

/**
 * Returns the RAG result that explains the finding, or undefined when the finding belongs to no
 * indicator, is of a kind the RAG does not explain, sits in a DOT cell, or the reasons are empty. A finding on the RAG (Yr End) cell is explained
 * by the year-end RAG. Any other cell is explained by the month RAG, or the year-end one when the
 * month reason is empty.
 */
export function explainFinding(finding: Finding, indicators: readonly IndicatorResult[]): FindingExplanation | undefined {
  if (!finding.ref || !EXPLAINED_BY_RAG[finding.code]) return undefined;

  const indicator = findIndicator(finding, indicators);
  if (!indicator) return undefined;
  if (finding.cell === indicator.dotMonth.cell || finding.cell === indicator.dotYear.cell) return undefined;

  const { ragMonth, ragYearEnd } = indicator;
  if (ragYearEnd.cell !== "" && ragYearEnd.cell === finding.cell && ragYearEnd.reason) {
    return { kind: "yearEnd", rag: ragYearEnd };
  }
  if (ragMonth.reason) return { kind: "month", rag: ragMonth };
  if (ragYearEnd.reason) return { kind: "yearEnd", rag: ragYearEnd };
  return undefined;
}

/** Several measures of one indicator can share a REF NO., so the finding's row picks among them. */
function findIndicator(finding: Finding, indicators: readonly IndicatorResult[]): IndicatorResult | undefined {
  const matches = indicators.filter((indicator) => indicator.sheet === finding.sheet && indicator.ref === finding.ref);
  return matches.find((indicator) => indicator.row === finding.row) ?? matches[0];
}
