/** The short text summary the command line prints after a refresh. */
import type { RefreshPlan } from "../engine/plan";
import { REVIEW_SHEET_NAME } from "../xlsx/review-sheet";

export function formatSummary(plan: RefreshPlan, output: string, elapsedMs: number): string {
  const lines: string[] = [];
  const { summary } = plan;
  lines.push(`Scorecard sheets: ${summary.sheets.length} (${summary.sheets.map((s) => s.name).join(", ")})`);
  for (const sheet of summary.sheets) {
    lines.push(
      `  ${sheet.name}: ${sheet.indicators} indicator rows; RAG (Month) R ${sheet.rag.R}, A ${sheet.rag.A}, G ${sheet.rag.G}, none ${sheet.rag.none}; DOT (Month) ${sheet.improved} improved, ${sheet.declined} declined`,
    );
  }
  lines.push(`Indicator rows: ${summary.indicators}; RAG (Month) R ${summary.rag.R}, A ${summary.rag.A}, G ${summary.rag.G}, none ${summary.rag.none}`);
  const { error, warning, info } = summary.findings;
  lines.push(`Findings: ${error} ${error === 1 ? "error" : "errors"}, ${warning} ${warning === 1 ? "warning" : "warnings"}, ${info} info`);
  if (summary.sheets.length > 0) {
    const changes = plan.changes.length;
    lines.push(`Review: the "${REVIEW_SHEET_NAME}" sheet lists the findings and ${changes} ${changes === 1 ? "change" : "changes"} since the last refresh, each linked to its cell`);
  }
  lines.push(`Wrote ${output} in ${(elapsedMs / 1000).toFixed(2)} s`);
  return lines.join("\n");
}

/** The line the command line prints after "undo". */
export function formatUndoSummary(plan: RefreshPlan, output: string): string {
  const cells = plan.sheets.reduce((sum, sheet) => sum + sheet.cellWrites.length, 0);
  const notes = plan.sheets.reduce((sum, sheet) => sum + sheet.notes.length, 0);
  const sheets = plan.sheets.map((sheet) => sheet.name).join(", ");
  return `Undid the last refresh on ${sheets || "no sheet"}: put back ${cells} cell${cells === 1 ? "" : "s"}, ${notes} note${notes === 1 ? "" : "s"} and the colour rules. Wrote ${output}`;
}
