/**
 * The refresh state shared by the ribbon command and the task pane. Both run in one shared runtime,
 * so a refresh started from the ribbon shows up in an open pane. Framework-free on purpose: the
 * ribbon command imports it without React.
 */
import type { ReviewEntry } from "../../engine/state";
import type { RefreshOutcome, RefreshProgress } from "../../office/contract";
import { describeError } from "./describe-error";

export type RefreshState =
  | { status: "idle" }
  | { status: "busy"; progress: RefreshProgress }
  | { status: "done"; outcome: RefreshOutcome }
  | { status: "failed"; message: string; details: string };

export type RefreshListener = (state: RefreshState) => void;

export interface RefreshStore {
  /** Returns the current state: the same object until the next change, as useSyncExternalStore expects. */
  getState(): RefreshState;
  /** Calls the listener after every change, and returns the function that stops the calls. */
  subscribe(listener: RefreshListener): () => void;
  setBusy(progress: RefreshProgress): void;
  publish(outcome: RefreshOutcome): void;
  /** Publishes a failure. A UserFacingError keeps its message, and anything else gets a generic one. */
  publishError(error: unknown): void;
  /** Shows a reviewer's new decision on the finding with this id; does nothing unless a refresh is shown. */
  updateReview(findingId: string, entry: ReviewEntry): void;
  /** Goes back to the empty state, as after an undo, when the shown findings no longer hold. */
  clear(): void;
}

export function createRefreshStore(): RefreshStore {
  let state: RefreshState = { status: "idle" };
  const listeners = new Set<RefreshListener>();

  function setState(next: RefreshState): void {
    state = next;
    // A copy, so a listener that unsubscribes while being called does not skip the next one.
    for (const listener of [...listeners]) listener(state);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setBusy: (progress) => setState({ status: "busy", progress }),
    publish: (outcome) => setState({ status: "done", outcome }),
    publishError: (error) => setState({ status: "failed", ...describeError(error) }),
    updateReview(findingId, entry) {
      if (state.status !== "done") return;
      const { outcome } = state;
      const findings = outcome.plan.findings.map((finding) => (finding.id === findingId ? { ...finding, review: entry } : finding));
      setState({ status: "done", outcome: { ...outcome, plan: { ...outcome.plan, findings } } });
    },
    clear: () => setState({ status: "idle" }),
  };
}

/** The one store of the add-in's shared runtime. */
export const refreshStore: RefreshStore = createRefreshStore();
