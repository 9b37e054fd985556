/**
 * The "Refresh RAG" ribbon command. It runs the same refresh as the pane's button, through the shared
 * store, so an open pane shows its progress and result.
 */
import type { RefreshStore } from "../taskpane/state/refresh-store";
import { runRefresh, type RefreshFunction } from "../taskpane/state/run-refresh";

/** The event Excel passes to a function command. Only completed() is used. */
export interface CommandEvent {
  completed(): void;
}

export interface RefreshRagDeps {
  refresh: RefreshFunction;
  store: RefreshStore;
  /** Opens the pane, so that a refresh started from the ribbon does not fail silently. */
  showPane?: () => Promise<void>;
}

export function createRefreshRagHandler(deps: RefreshRagDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await runRefresh(deps.refresh, deps.store);
      if (deps.store.getState().status === "failed" && deps.showPane) await openPane(deps.showPane);
    } finally {
      // Excel treats the command as still running until completed() is called.
      event.completed();
    }
  };
}

async function openPane(showPane: () => Promise<void>): Promise<void> {
  try {
    await showPane();
  } catch {
    // The failure is already in the store, so the pane shows it whenever it is opened.
  }
}
