/**
 * The task pane's entry point. The pane and the ribbon command share one runtime, so this bundle
 * also registers the ribbon's function command.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { registerCommands } from "../commands/commands";
import { refreshWorkbook, selectCell } from "../office/refresh";
import { setFindingReview } from "../office/review";
import { undoLastRefresh } from "../office/undo";
import { App } from "./components/App";
import { pickTheme } from "./theme/pickTheme";

registerCommands();

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error('The task pane page has no element with id "root" to render into.');

  // The theme is read once, so the pane follows a change of Office theme only when it is reopened.
  const theme = pickTheme(Office.context.officeTheme);
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App refresh={refreshWorkbook} selectCell={selectCell} setReview={setFindingReview} undo={() => undoLastRefresh()} />
    </FluentProvider>,
  );
});
