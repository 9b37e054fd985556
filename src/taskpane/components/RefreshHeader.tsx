import { Body1, Button, makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { RefreshProgress, RefreshStage } from "../../office/contract";

export interface RefreshHeaderProps {
  busy: boolean;
  progress?: RefreshProgress;
  /** Text for screen readers when nothing is in progress, such as "Refresh finished." */
  announcement?: string;
  onRefresh(): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** How far through a refresh each stage is, for the progress bar. */
const STAGE_FRACTION: Record<RefreshStage, number> = { reading: 0.2, calculating: 0.5, writing: 0.8, done: 1 };

/** Renders the Refresh RAG button and, while a refresh runs, its stage as a bar and a sentence. */
export function RefreshHeader({ busy, progress, announcement, onRefresh }: RefreshHeaderProps) {
  const styles = useStyles();
  const statusText = busy ? (progress?.message ?? "Refreshing…") : (announcement ?? "");

  return (
    <header className={styles.root}>
      <Button
        appearance="primary"
        icon={busy ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
        // disabledFocusable rather than disabled, so keyboard focus stays on the button during a refresh.
        disabledFocusable={busy}
        onClick={onRefresh}
      >
        {busy ? "Refreshing…" : "Refresh RAG"}
      </Button>
      {busy && (
        <ProgressBar
          aria-label="Refresh progress"
          value={progress ? STAGE_FRACTION[progress.stage] : undefined}
          thickness="large"
        />
      )}
      <Body1 as="p" role="status" aria-live="polite" className={styles.message}>
        {statusText}
      </Body1>
    </header>
  );
}
