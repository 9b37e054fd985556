/** The engine's entry point: a workbook snapshot in, a refresh plan out. Pure and deterministic. */
import type { WorkbookSnapshot } from "./snapshot";
import type { RefreshPlan, RefreshSummary, RagCounts, IndicatorResult, Finding } from "./plan";
import { detectLayout } from "./layout";
import { refreshSheet } from "./refresh-sheet";

export interface RefreshOptions {
  /** Restricts the refresh to these sheet names; all scorecard sheets when absent. */
  sheets?: readonly string[];
}

export function refresh(snapshot: WorkbookSnapshot, options: RefreshOptions = {}): RefreshPlan {
  const plan: RefreshPlan = { workbook: snapshot.name, sheets: [], indicators: [], findings: [], summary: emptySummary() };

  for (const sheet of snapshot.sheets) {
    if (options.sheets && !options.sheets.includes(sheet.name)) continue;
    const layout = detectLayout(sheet);
    if (!layout) continue;
    const result = refreshSheet(sheet, layout);
    plan.sheets.push(result.plan);
    plan.indicators.push(...result.indicators);
    plan.findings.push(...result.findings);
  }

  plan.summary = summarise(plan.sheets.map((s) => s.name), plan.indicators, plan.findings);
  return plan;
}

function emptySummary(): RefreshSummary {
  return { sheets: [], indicators: 0, rag: emptyCounts(), findings: { error: 0, warning: 0, info: 0 } };
}

function emptyCounts(): RagCounts {
  return { R: 0, A: 0, G: 0, none: 0 };
}

function summarise(sheetNames: string[], indicators: IndicatorResult[], findings: Finding[]): RefreshSummary {
  const summary = emptySummary();
  for (const name of sheetNames) {
    const own = indicators.filter((i) => i.sheet === name);
    const rag = emptyCounts();
    for (const i of own) rag[i.ragMonth.status]++;
    summary.sheets.push({
      name,
      indicators: own.length,
      rag,
      improved: own.filter((i) => i.dotMonth.assessment === "improved").length,
      declined: own.filter((i) => i.dotMonth.assessment === "declined").length,
    });
  }
  summary.indicators = indicators.length;
  for (const i of indicators) summary.rag[i.ragMonth.status]++;
  for (const f of findings) summary.findings[f.severity]++;
  return summary;
}
