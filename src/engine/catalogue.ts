/**
 * The one catalogue of finding kinds. Each code is stable: notes, reports and the task pane key on it.
 */
export type Severity = "error" | "warning" | "info";

export const FINDING_KINDS = {
  HEADER_DUPLICATE: { severity: "error", title: "Header appears twice, so the sheet was not refreshed" },
  THRESHOLD_UNREADABLE: { severity: "error", title: "Threshold cannot be read" },
  THRESHOLD_AMBIGUOUS: { severity: "warning", title: "Threshold is a bare number" },
  THRESHOLD_NON_STANDARD: { severity: "info", title: "Threshold uses a non-standard notation" },
  THRESHOLD_TEXT_TARGET: { severity: "info", title: "Target is text, so no RAG is set" },
  BANDS_GAP: { severity: "warning", title: "Bands leave a gap" },
  BANDS_OVERLAP: { severity: "warning", title: "Bands overlap" },
  BANDS_CONTRADICT_POLARITY: { severity: "error", title: "Bands contradict the polarity" },
  UNIT_MISMATCH: { severity: "warning", title: "Threshold and values use different units" },
  DISPLAY_BAND_MISMATCH: { severity: "warning", title: "Displayed value falls in another band" },
  VALUE_OUTSIDE_BANDS: { severity: "info", title: "Value falls in no band" },
  VALUE_ERROR: { severity: "warning", title: "Value cell holds an error" },
  VALUE_UNREADABLE: { severity: "warning", title: "Value cannot be read as a number" },
  POLARITY_UNKNOWN: { severity: "warning", title: "Good perf is not high, low or info" },
  BENCHMARK_BEST_WORSE_THAN_AVERAGE: { severity: "warning", title: "Best statistical neighbour is worse than the average" },
  BENCHMARK_TOP_QUARTILE_WORSE_THAN_NATIONAL: { severity: "warning", title: "Top-quartile threshold is worse than the national average" },
  BENCHMARK_PERCENT_OUT_OF_RANGE: { severity: "error", title: "Percentage benchmark outside 0–100%" },
  PERIOD_LABEL_STALE: { severity: "warning", title: "Period label is two or more years old" },
  PERIOD_LABEL_IMPOSSIBLE: { severity: "error", title: "Period label ends before it starts" },
  QUARTER_COUNT_MISMATCH: { severity: "warning", title: "Quarter count matches neither the sum nor the latest month" },
  QUARTER_OUT_OF_RANGE: { severity: "warning", title: "Quarter value outside the range of its months" },
  CELL_KEPT_FORMULA: { severity: "info", title: "Formula kept in a DOT or RAG cell" },
  CELL_KEPT_MANUAL: { severity: "info", title: "Manual entry kept in a DOT or RAG cell" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type FindingCode = keyof typeof FINDING_KINDS;

export function severityOf(code: FindingCode): Severity {
  return FINDING_KINDS[code].severity;
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
