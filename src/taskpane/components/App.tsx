import { Body1 } from "@fluentui/react-components";
import { refreshStore, type RefreshState, type RefreshStore } from "../state/refresh-store";
import type { RefreshOutcome } from "../../office/contract";
import { runRefresh, type RefreshFunction } from "../state/run-refresh";
import { runReview, type SetReviewFunction } from "../state/run-review";
import { useRefreshStore } from "../state/useRefreshStore";
import { countSeverity } from "../model/severityWords";
import { useAppStaticStyles, useAppStyles } from "./App.styles";
import { ChangesList } from "./ChangesList";
import { FindingsList } from "./FindingsList";
import { IndicatorsList } from "./IndicatorsList";
import { LimitationsMessage } from "./LimitationsMessage";
import { NoticesMessage } from "./NoticesMessage";
import { RefreshErrorMessage } from "./RefreshErrorMessage";
import { RefreshHeader } from "./RefreshHeader";
import { Summary } from "./Summary";
import { UndoRefresh } from "./UndoRefresh";

/** The entry point passes the Office.js adapter's functions, and tests pass their own. */
export interface AppProps {
  refresh: RefreshFunction;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Stores a reviewer's Accept or Reopen in the workbook and returns the stored entry. */
  setReview: SetReviewFunction;
  undo(): Promise<RefreshOutcome>;
  /** The shared store unless a test gives its own. */
  store?: RefreshStore;
}

export const EMPTY_TEXT = "No refresh yet. Select Refresh RAG to recalculate the arrows, RAG letters and colours.";

/** Renders the task pane: the refresh button and progress, then the empty, failed or finished state. */
export function App({ refresh, selectCell, setReview, undo, store = refreshStore }: AppProps) {
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
      <UndoRefresh busy={state.status === "busy"} undo={undo} onUndone={() => store.clear()} />
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
            <NoticesMessage notices={state.outcome.plan.notices} />
            <Summary outcome={state.outcome} />
            <ChangesList plan={state.outcome.plan} onSelectCell={selectCell} />
            <FindingsList
              plan={state.outcome.plan}
              onSelectCell={selectCell}
              onReview={async (finding, status, reviewer, comment) => {
                await runReview(setReview, finding.id ?? "", status, reviewer, comment, store);
              }}
            />
            <IndicatorsList indicators={state.outcome.plan.indicators} />
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
