import { Body1 } from "@fluentui/react-components";
import { refreshStore, type RefreshState, type RefreshStore } from "../state/refresh-store";
import { runRefresh, type RefreshFunction } from "../state/run-refresh";
import { useRefreshStore } from "../state/useRefreshStore";
import { countSeverity } from "../model/severityWords";
import { useAppStaticStyles, useAppStyles } from "./App.styles";
import { FindingsList } from "./FindingsList";
import { LimitationsMessage } from "./LimitationsMessage";
import { RefreshErrorMessage } from "./RefreshErrorMessage";
import { RefreshHeader } from "./RefreshHeader";
import { Summary } from "./Summary";

/** The entry point passes the Office.js adapter's functions, and tests pass their own. */
export interface AppProps {
  refresh: RefreshFunction;
  selectCell(sheet: string, address: string): Promise<void>;
  /** The shared store unless a test gives its own. */
  store?: RefreshStore;
}

export const EMPTY_TEXT = "No refresh yet. Select Refresh RAG to recalculate the arrows, RAG letters and colours.";

/** Renders the task pane: the refresh button and progress, then the empty, failed or finished state. */
export function App({ refresh, selectCell, store = refreshStore }: AppProps) {
  useAppStaticStyles();
  const styles = useAppStyles();
  const state = useRefreshStore(store);

  return (
    <div className={styles.root}>
      <RefreshHeader
        busy={state.status === "busy"}
        progress={state.status === "busy" ? state.progress : undefined}
        announcement={announce(state)}
        onRefresh={() => void runRefresh(refresh, store)}
      />
      <main className={styles.main}>
        {state.status === "idle" && (
          <Body1 as="p" className={styles.empty}>
            {EMPTY_TEXT}
          </Body1>
        )}
        {state.status === "failed" && <RefreshErrorMessage message={state.message} details={state.details} />}
        {state.status === "done" && (
          <>
            <LimitationsMessage limitations={state.outcome.limitations ?? []} />
            <Summary outcome={state.outcome} />
            <FindingsList plan={state.outcome.plan} onSelectCell={selectCell} />
          </>
        )}
      </main>
    </div>
  );
}

/** Returns the sentence the status region reads out when a refresh has finished. */
function announce(state: RefreshState): string | undefined {
  if (state.status !== "done") return undefined;

  const { findings } = state.outcome.plan.summary;
  return `Refresh finished with ${countSeverity("error", findings.error)}, ${countSeverity("warning", findings.warning)} and ${countSeverity("info", findings.info)}.`;
}
