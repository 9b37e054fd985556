import { useSyncExternalStore } from "react";
import { refreshStore, type RefreshState, type RefreshStore } from "./refresh-store";

/** Returns the refresh state and re-renders the component whenever it changes. */
export function useRefreshStore(store: RefreshStore = refreshStore): RefreshState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
