/**
 * Registers the ribbon's function commands. The task pane's entry point calls it, because with the
 * shared runtime the ribbon and the pane run in the same page and report to the same store.
 */
import { refreshWorkbook } from "../office/refresh";
import { refreshStore } from "../taskpane/state/refresh-store";
import { createRefreshRagHandler } from "./refresh-rag";

export type CommandActions = Pick<typeof Office.actions, "associate">;

export function registerCommands(actions: CommandActions = Office.actions): void {
  const refreshRag = createRefreshRagHandler({
    refresh: refreshWorkbook,
    store: refreshStore,
    showPane: () => Office.addin.showAsTaskpane(),
  });
  // The name must match <FunctionName> in manifest.xml; `npm run validate` checks that it does.
  actions.associate("refreshRag", refreshRag);
}
