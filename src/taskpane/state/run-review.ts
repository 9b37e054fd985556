/**
 * Runs a reviewer's Accept or Reopen and shows the stored decision in the pane.
 */
import type { ReviewEntry } from "../../engine/state";
import { refreshStore, type RefreshStore } from "./refresh-store";

export type SetReviewFunction = (findingId: string, status: "accepted" | "open", reviewer: string, comment: string) => Promise<ReviewEntry>;

/** Stores the decision in the workbook, then in the pane; a failure is thrown for the form to show. */
export async function runReview(
  setReview: SetReviewFunction,
  findingId: string,
  status: "accepted" | "open",
  reviewer: string,
  comment: string,
  store: RefreshStore = refreshStore,
): Promise<ReviewEntry> {
  const entry = await setReview(findingId, status, reviewer, comment);
  store.updateReview(findingId, entry);
  return entry;
}
