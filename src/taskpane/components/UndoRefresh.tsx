import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { RefreshOutcome } from "../../office/contract";
import { describeError } from "../state/describe-error";

export interface UndoRefreshProps {
  /** True while a refresh runs, when an undo must wait. */
  busy: boolean;
  undo(): Promise<RefreshOutcome>;
  /** Called after a successful undo, when the findings shown belong to a refresh that no longer holds. */
  onUndone(): void;
}

type Outcome = { intent: "success" | "error"; text: string } | undefined;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** "Undo last refresh", asked to be confirmed first because it also takes back later review decisions. */
export function UndoRefresh({ busy, undo, onUndone }: UndoRefreshProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);

  const run = async () => {
    setConfirming(false);
    setRunning(true);
    setOutcome(undefined);
    try {
      const result = await undo();
      const cells = result.plan.sheets.reduce((sum, sheet) => sum + sheet.cellWrites.length, 0);
      setOutcome({ intent: "success", text: `The last refresh has been undone: ${cells === 1 ? "1 cell" : `${cells} cells`}, the colour rules and the notes are as they were before it.` });
      onUndone();
    } catch (error) {
      setOutcome({ intent: "error", text: describeError(error).message });
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className={styles.root}>
      {!confirming && (
        <Button size="small" icon={<ArrowUndoRegular />} disabledFocusable={busy || running} onClick={() => setConfirming(true)}>
          {running ? "Undoing…" : "Undo last refresh"}
        </Button>
      )}
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Undo the last refresh?</MessageBarTitle>
            The arrows, RAG letters, colour rules and notes go back to how they were before it, and so do review decisions made since.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void run()}>
              Undo
            </Button>
            <Button size="small" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
