/**
 * Carries the reviewers' work across refreshes: an accepted finding stays accepted while its message (and
 * so its values) is unchanged, is reopened when they change, and is marked resolved when its cause is gone.
 */
import type { Finding } from "./plan";
import type { ReviewEntry } from "./state";

export interface ReviewReconciliation {
  review: Record<string, ReviewEntry>;
  resolved: Record<string, ReviewEntry>;
}

export function reconcileReview(previous: Record<string, ReviewEntry>, findings: Finding[], now: string): ReviewReconciliation {
  const review: Record<string, ReviewEntry> = {};
  const resolved: Record<string, ReviewEntry> = {};

  for (const finding of findings) {
    if (!finding.id) continue;
    const before = previous[finding.id];
    const where = { message: finding.message, sheet: finding.sheet, cell: finding.cell, code: finding.code };
    let entry: ReviewEntry;
    if (before?.status === "accepted" && before.message === finding.message) {
      entry = { ...before, ...where };
    } else if (before?.status === "accepted") {
      entry = { ...before, ...where, status: "open", at: now, comment: `Reopened because the values changed. Earlier comment: ${before.comment ?? "(none)"}` };
    } else if (before?.status === "resolved") {
      entry = { ...where, status: "open", at: now };
    } else {
      entry = before ? { ...before, ...where } : { ...where, status: "open" };
    }
    review[finding.id] = entry;
    finding.review = entry;
  }

  for (const [id, before] of Object.entries(previous)) {
    if (review[id]) continue;
    const entry: ReviewEntry = before.status === "resolved" ? before : { ...before, status: "resolved", at: now };
    review[id] = entry;
    resolved[id] = entry;
  }
  return { review, resolved };
}

/** Applies a reviewer's action to the stored review entries; returns the new entries. */
export function setReviewStatus(
  review: Record<string, ReviewEntry>,
  findingId: string,
  status: "accepted" | "open",
  reviewer: string,
  comment: string,
  now: string,
): Record<string, ReviewEntry> {
  const before = review[findingId];
  if (!before) throw new Error(`No finding with id "${findingId}" in the stored review state; refresh first.`);
  return { ...review, [findingId]: { ...before, status, reviewer, comment, at: now } };
}
