/**
 * Types shared by the Office.js adapter, the ribbon command and the task pane. The adapter implements the
 * calls in refresh.ts, undo.ts and review.ts, and the pane and the command only call them.
 */
import type { RefreshPlan } from "../engine/plan";

export type RefreshStage = "reading" | "calculating" | "writing" | "done";

export interface RefreshProgress {
  stage: RefreshStage;
  /** British English text for the pane, such as "Reading 2 scorecard sheets…". */
  message: string;
}

export interface RefreshOutcome {
  plan: RefreshPlan;
  /** Number of context.sync() calls the refresh made. */
  syncs: number;
  durationMs: number;
  finishedAt: string;
  /**
   * Sentences for the pane, in British English, on what this Excel could not do and how the refresh
   * worked around it, such as findings written as comments because notes need a newer Excel. Empty or
   * absent when nothing was missing.
   */
  limitations?: string[];
}

/**
 * An error whose message is written for the user (British English, ending with what to do next).
 * Anything else that reaches the pane is shown with a generic message and its details.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
