/**
 * A reviewer's Accept or Reopen in Excel: the finding's review entry changes in the workbook's stored
 * state, so the decision travels with the file and the next refresh keeps it.
 */
import { setReviewStatus } from "../engine/review";
import type { ReviewEntry } from "../engine/state";
import { UserFacingError } from "./contract";
import { getExcel } from "./host";
import { readStoredState, queueStoredStateWrite } from "./state-sheet";
import { toUserFacingError } from "./user-facing-errors";

/** Sets one finding's review status in two syncs (read the state, write it back) and returns the new entry. */
export async function setFindingReview(
  findingId: string,
  status: "accepted" | "open",
  reviewer: string,
  comment: string,
  now: Date = new Date(),
): Promise<ReviewEntry> {
  const name = reviewer.trim();
  if (name === "") throw new UserFacingError("Enter your name as the reviewer, so others can see who reviewed the finding.", "ReviewerMissing");

  try {
    return await getExcel().run(async (context) => {
      const state = await readStoredState(context);
      if (!state) {
        throw new UserFacingError("This workbook has no review record yet. Select Refresh RAG, then review the finding again.", "NoReviewState");
      }
      if (!state.review[findingId]) {
        throw new UserFacingError(
          "This finding is not in the workbook's review record, so the workbook may have changed since the last refresh. Select Refresh RAG and try again.",
          "FindingNotFound",
        );
      }

      const review = setReviewStatus(state.review, findingId, status, name, comment.trim(), now.toISOString());
      queueStoredStateWrite(context, { ...state, review }, true);
      await context.sync();
      return review[findingId];
    });
  } catch (error) {
    throw toUserFacingError(error);
  }
}
