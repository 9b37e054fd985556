/**
 * The words the pane shows for a finding's review state, so the state never rests on a colour.
 */
import type { ReviewEntry, ReviewStatus } from "../../engine/state";

export const REVIEW_STATUS_WORDS: Record<ReviewStatus, string> = { open: "Open", accepted: "Accepted", resolved: "Resolved" };

/** Returns "Open", "Accepted by Priya Shah on 11 April 2025" or "Resolved on 12 May 2025". */
export function describeReview(entry: ReviewEntry | undefined, timeZone?: string): string {
  const status = entry?.status ?? "open";
  const on = entry?.at ? formatDay(entry.at, timeZone) : "";
  if (status === "accepted") return `Accepted${entry?.reviewer ? ` by ${entry.reviewer}` : ""}${on ? ` on ${on}` : ""}`;
  if (status === "resolved") return `Resolved${on ? ` on ${on}` : ""}`;
  return REVIEW_STATUS_WORDS.open;
}

function formatDay(at: string, timeZone: string | undefined): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleDateString("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" });
}

/** Counts the shown findings per review state, and the resolved ones beside them. */
export function countByReview(findings: readonly { review?: ReviewEntry }[], resolved: Readonly<Record<string, ReviewEntry>>): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { open: 0, accepted: 0, resolved: Object.keys(resolved).length };
  for (const finding of findings) {
    const status = finding.review?.status ?? "open";
    counts[status === "accepted" ? "accepted" : "open"] += 1;
  }
  return counts;
}
