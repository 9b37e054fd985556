/**
 * The rows of the pane's two CSV exports: the findings with their review state (resolved ones last),
 * and the DOT and RAG changes since the last refresh.
 */
import type { RefreshPlan } from "../../engine/plan";
import type { ReviewEntry } from "../../engine/state";
import { toCsv } from "./toCsv";
import { REVIEW_STATUS_WORDS } from "./describeReview";

const FINDING_HEADER = ["Sheet", "Cell", "Severity", "Code", "Message", "Review status", "Reviewer", "When", "Comment", "Finding id"];
const CHANGE_HEADER = ["Sheet", "Cell", "REF NO.", "Measure", "Column", "From", "To", "Change"];

export function findingsCsv(plan: RefreshPlan): string {
  const rows = plan.findings.map((f) => [f.sheet, f.cell, f.severity, f.code, f.message, ...reviewFields(f.review), f.id]);
  const resolved = Object.entries(plan.resolved).map(([id, entry]) => [entry.sheet, entry.cell, "", entry.code, entry.message, ...reviewFields(entry), id]);
  return toCsv([FINDING_HEADER, ...rows, ...resolved]);
}

export function changesCsv(plan: RefreshPlan): string {
  return toCsv([CHANGE_HEADER, ...plan.changes.map((c) => [c.sheet, c.cell, c.ref, c.measure, c.column, c.from, c.to, c.text])]);
}

function reviewFields(entry: ReviewEntry | undefined): string[] {
  return [REVIEW_STATUS_WORDS[entry?.status ?? "open"], entry?.reviewer ?? "", entry?.at ?? "", entry?.comment ?? ""];
}

/** "cyps-scorecard-2025-03-findings.csv" from the workbook's name. */
export function exportFileName(workbook: string, kind: "findings" | "changes"): string {
  const stem = workbook.replace(/\.[^.]+$/, "").replace(/[\\/:*?"<>|]+/g, "-") || "scorecard";
  return `${stem}-${kind}.csv`;
}
