/**
 * A small refresh plan for the pane's tests: two sheets, findings of each severity and the
 * indicators they belong to. The rows echo the March 2025 report.
 */
import type { Finding, IndicatorResult, RefreshPlan } from "../../src/engine/plan";
import type { RefreshOutcome } from "../../src/office/contract";

export const BENCHMARK = "CYPS Benchmark Indicators";
export const ACTIVITY = "CYPS Activity Indicators";

/** The RagResult fields a test does not look at. */
export const NO_WHY = { value: "", compared: "", thresholds: { red: "", amber: "", green: "" } };

export function finding(overrides: Partial<Finding> & Pick<Finding, "cell" | "row" | "col">): Finding {
  return {
    sheet: BENCHMARK,
    severity: "warning",
    code: "THRESHOLD_AMBIGUOUS",
    message: "The Amber threshold is a bare number.",
    ...overrides,
  };
}

export function indicator(overrides: Partial<IndicatorResult> & Pick<IndicatorResult, "ref" | "row">): IndicatorResult {
  return {
    sheet: BENCHMARK,
    indicator: "% of assessments completed in 45 working days",
    measure: "",
    polarity: "high",
    dotMonth: { direction: "up", assessment: "improved", cell: `N${overrides.row}`, reason: "" },
    dotYear: { direction: "up", assessment: "improved", cell: `P${overrides.row}`, reason: "" },
    ragMonth: { status: "G", cell: `O${overrides.row}`, reason: "94.8% is in the green band (90%+) and good performance is high.", ...NO_WHY },
    ragYearEnd: { status: "G", cell: `Q${overrides.row}`, reason: "92.5% is in the green band (90%+) and good performance is high.", ...NO_WHY },
    ...overrides,
  };
}

export function samplePlan(): RefreshPlan {
  const findings: Finding[] = [
    finding({ sheet: ACTIVITY, cell: "R9", row: 9, col: 18, severity: "info", code: "CELL_KEPT_MANUAL", message: "Manual entry kept." }),
    finding({ cell: "S12", row: 12, col: 19, ref: "B.4" }),
    finding({ cell: "R7", row: 7, col: 18, severity: "error", code: "THRESHOLD_UNREADABLE", message: "Red threshold cannot be read.", ref: "B.1" }),
    finding({ cell: "Q7", row: 7, col: 17, ref: "B.1", code: "DISPLAY_BAND_MISMATCH", message: "Displayed value is in another band." }),
  ];

  return {
    workbook: "cyps-scorecard-2025-03.xlsx",
    sheets: [
      { name: BENCHMARK, headerRow: 5, cellWrites: [], rules: [], notes: [] },
      { name: ACTIVITY, headerRow: 5, cellWrites: [], rules: [], notes: [] },
    ],
    indicators: [indicator({ ref: "B.1", row: 7 }), indicator({ ref: "B.4", row: 12 })],
    findings,
    summary: {
      sheets: [
        { name: BENCHMARK, indicators: 2, rag: { R: 0, A: 1, G: 1, none: 0 }, improved: 2, declined: 0 },
        { name: ACTIVITY, indicators: 1, rag: { R: 1, A: 0, G: 0, none: 3 }, improved: 0, declined: 1 },
      ],
      indicators: 3,
      rag: { R: 1, A: 1, G: 1, none: 3 },
      findings: { error: 1, warning: 2, info: 1 },
    },
    changes: [],
    resolved: {},
    state: null,
    stateChanged: false,
    notices: [],
  };
}

export function sampleOutcome(): RefreshOutcome {
  return { plan: samplePlan(), syncs: 2, durationMs: 420, finishedAt: "2025-04-07T13:32:05.000Z" };
}
