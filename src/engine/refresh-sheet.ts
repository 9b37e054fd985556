/** Refreshes one scorecard sheet: indicator results, cell writes, owned rules, notes and findings. */
import type { SheetSnapshot } from "./snapshot";
import type { SheetLayout } from "./layout";
import type { CellWrite, Finding, IndicatorResult, SheetPlan, DotResult, RagResult, Direction, RagStatus } from "./plan";
import { cellAddress } from "./address";
import { severityOf, type FindingCode } from "./catalogue";
import { indicatorRows, MergeIndex } from "./rows";
import { readRowValues, evaluateRow } from "./refresh-row";
import { checkBenchmarks } from "./checks/benchmarks";
import { checkPeriodLabels } from "./checks/period-labels";
import { checkQuarter } from "./checks/quarter";
import { assessmentOf, ARROW } from "./direction";
import { decideOutput, type OutputKind } from "./output-cells";
import { buildRules } from "./rules";
import { planNotes } from "./notes";

export interface SheetResult {
  plan: SheetPlan;
  indicators: IndicatorResult[];
  findings: Finding[];
}

export function refreshSheet(sheet: SheetSnapshot, layout: SheetLayout): SheetResult {
  const merges = new MergeIndex(sheet.merges);
  const rows = indicatorRows(sheet, layout, merges);
  const reportYear = layout.periods.at(-1)?.year ?? layout.yearFigure?.endYear;
  const quarterMonths = monthsOfQuarter(layout);
  const { columns } = layout;

  const findings: Finding[] = [];
  const cellWrites: CellWrite[] = [];
  const indicators: IndicatorResult[] = [];
  const addFinding = (row: number, col: number, code: FindingCode, message: string, ref: string) =>
    findings.push({ sheet: sheet.name, cell: cellAddress(row, col), row, col, severity: severityOf(code), code, message, ref: ref || undefined });

  for (const indicator of rows) {
    const values = readRowValues(sheet, layout, indicator);
    const outcome = evaluateRow(sheet, layout, values);
    const rowFindings = [...outcome.findings, ...checkBenchmarks(values), ...checkPeriodLabels(values, reportYear), ...checkQuarter(values, quarterMonths)];
    if (indicator.polarity === "unknown" && columns.polarity !== undefined) {
      rowFindings.push({ col: columns.polarity, code: "POLARITY_UNKNOWN", message: `Good perf is "${indicator.polarityText}"; expected high, low or info. No RAG is set and arrows are not coloured until it is one of those.` });
    }

    const output = (kind: OutputKind, col: number | undefined, text: string): string => {
      if (col === undefined) return "";
      const decision = decideOutput(sheet, indicator.row, col, kind);
      if (decision.write) {
        cellWrites.push({ row: indicator.row, col, address: cellAddress(indicator.row, col), value: text });
      } else if (decision.reason === "formula") {
        rowFindings.push({ col, code: "CELL_KEPT_FORMULA", message: `This cell holds the formula ${decision.text}, so it was kept; the refresh would write "${text || "(empty)"}". Remove the formula to let the refresh set it.` });
      } else {
        rowFindings.push({ col, code: "CELL_KEPT_MANUAL", message: `"${decision.text}" was typed here, so it was kept; the refresh would write "${text || "(empty)"}". Clear the cell to let the refresh set it.` });
      }
      return cellAddress(indicator.row, col);
    };
    const dot = (direction: Direction, col: number | undefined): DotResult => ({
      direction,
      assessment: assessmentOf(direction, indicator.polarity),
      cell: output("dot", col, ARROW[direction]),
    });
    const rag = (status: RagStatus, reason: string, col: number | undefined): RagResult => ({
      status,
      reason,
      cell: output("rag", col, status === "none" ? "" : status),
    });

    indicators.push({
      sheet: sheet.name,
      row: indicator.row,
      ref: indicator.ref,
      indicator: indicator.indicator,
      measure: indicator.measure,
      polarity: indicator.polarity,
      dotMonth: dot(outcome.dotMonth, columns.dotMonth),
      ragMonth: rag(outcome.ragMonth.status, outcome.ragMonth.reason, columns.ragMonth),
      dotYear: dot(outcome.dotYear, columns.dotYear),
      ragYearEnd: rag(outcome.ragYearEnd.status, outcome.ragYearEnd.reason, columns.ragYearEnd),
    });
    for (const f of rowFindings) addFinding(indicator.row, f.col, f.code, f.message, indicator.ref);
  }

  const rules = buildRules(
    {
      dot: [columns.dotMonth, columns.dotYear].filter((c): c is number => c !== undefined),
      rag: [columns.ragMonth, columns.ragYearEnd].filter((c): c is number => c !== undefined),
      polarity: columns.polarity,
    },
    rows,
  );
  const notes = planNotes(findings, sheet.notes);
  return { plan: { name: sheet.name, headerRow: layout.headerRow, cellWrites, rules, notes }, indicators, findings };
}

/** The period columns a quarter column sums or averages: the (up to) three period columns just left of it. */
function monthsOfQuarter(layout: SheetLayout): number[] {
  if (!layout.quarter) return [];
  const quarterCol = layout.quarter.col;
  return layout.periods.filter((p) => p.col < quarterCol).slice(-3).map((p) => p.col);
}
