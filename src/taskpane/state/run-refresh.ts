/**
 * Runs one refresh and reports its progress, outcome or error through the store.
 */
import type { RefreshOutcome, RefreshProgress } from "../../office/contract";
import { refreshStore, type RefreshStore } from "./refresh-store";

export type RefreshFunction = (onProgress: (progress: RefreshProgress) => void) => Promise<RefreshOutcome>;

const STARTING: RefreshProgress = { stage: "reading", message: "Starting the refresh…" };

/** Starts a refresh unless one is already running, and resolves when the store has the result. */
export async function runRefresh(refresh: RefreshFunction, store: RefreshStore = refreshStore): Promise<void> {
  if (store.getState().status === "busy") return;

  store.setBusy(STARTING);
  try {
    const outcome = await refresh((progress) => store.setBusy(progress));
    store.publish(outcome);
  } catch (error) {
    store.publishError(error);
  }
}
