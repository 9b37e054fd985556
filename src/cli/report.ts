/** The --report JSON: the refresh plan's indicators and findings in a stable, documented shape. */
import type { RefreshPlan } from "../engine/plan";

export function buildReport(plan: RefreshPlan, workbook: string, generatedAt: Date) {
  return {
    workbook,
    generatedAt: generatedAt.toISOString(),
    sheets: plan.sheets.map((s) => ({ name: s.name, headerRow: s.headerRow })),
    summary: plan.summary,
    indicators: plan.indicators.map((i) => ({
      sheet: i.sheet,
      row: i.row,
      ref: i.ref,
      indicator: i.indicator,
      measure: i.measure,
      polarity: i.polarity,
      dotMonth: i.dotMonth,
      dotYear: i.dotYear,
      ragMonth: i.ragMonth,
      ragYearEnd: i.ragYearEnd,
    })),
    findings: plan.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, code: f.code, message: f.message, ref: f.ref, id: f.id, review: f.review })),
    resolved: Object.entries(plan.resolved).map(([id, entry]) => ({ id, ...entry })),
    changes: plan.changes,
    notices: plan.notices,
  };
}
